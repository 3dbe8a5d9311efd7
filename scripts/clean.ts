/**
 * `npm run clean`: empties every cache the build uses and its output, so that the next `npm run build` is cold: Astro's
 * cache folder (`ASTRO_CACHE_DIR`; it holds the content store, the incremental build's manifest and copies of the
 * pages, and the engine's kept search index and output-check readings), the generated `.astro/` folder, the share images' cache (`SHARE_IMAGE_CACHE`) and `dist/` (`OUT_DIR`).
 * The folders are those `astro.config.mjs` and the share-image module name, so they are never written twice.
 */
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../astro.config.mjs';
import { shareImageCacheDir } from '../src/publish/share-image.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = [config.cacheDir!, '.astro', shareImageCacheDir(), config.outDir!].map((dir) => resolve(root, String(dir)));
for (const dir of folders) rmSync(dir, { recursive: true, force: true });
console.log(`emptied: ${folders.map((dir) => relative(root, dir).startsWith('..') ? dir : relative(root, dir)).join(', ')}`);
