import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { digestOfFiles, engineCacheFolder, filesIn } from './build-cache.ts';

/**
 * Pagefind's ready-made interfaces, which the site does not use: the search page has its own small script over
 * `pagefind.js` (which loads `pagefind-worker.js`, the WebAssembly and the index), so these would ship unused.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

/**
 * The WebAssembly files no language of the index loads: Pagefind writes `wasm.unknown.pagefind` for pages without a
 * language it can stem, and its script loads it only for an index language that names no `wasm` of its own.
 */
function unusedWasmFiles(dir: string): string[] {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const used = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  return readdirSync(dir).filter((name) => /^wasm\..+\.pagefind$/.test(name) && !used.has(name));
}

/** Pagefind's version: another version may write another index from the same pages. */
function pagefindVersion(): string {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Indexes the built site in `out` with Pagefind into `out/pagefind/`, leaving out the files the site does not use. */
async function indexSite(out: string): Promise<number> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  const folder = join(out, 'pagefind');
  for (const file of [...UNUSED_PAGEFIND_FILES, ...unusedWasmFiles(folder)]) rmSync(join(folder, file), { force: true });
  return added.page_count;
}

/**
 * Builds the Pagefind full-text index of the built pages into `dist/pagefind/` once the build is done. Pagefind reads
 * only the HTML files, and writes the same index from the same files (the reproducibility test holds it): so when every
 * HTML file is byte for byte what the last build indexed, that build's index, kept in the cache folder, is copied instead
 * (a rebuild after an edit that changed no page's bytes, or after none). Pagefind has no incremental mode: any changed page
 * indexes the whole site again.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = filesIn(out, (name) => name.endsWith('.html'));
        const key = digestOfFiles(out, pages, `pagefind ${pagefindVersion()}; left out: ${UNUSED_PAGEFIND_FILES.join(' ')}`);
        const kept = cacheDir && engineCacheFolder(cacheDir, 'search-index');
        const keyFile = kept && join(kept, 'key');
        if (kept && keyFile && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
          cpSync(join(kept, 'pagefind'), join(out, 'pagefind'), { recursive: true });
          logger.info(`search index: reused (no page changed since it was made)`);
          return;
        }
        const count = await indexSite(out);
        if (kept && keyFile) {
          rmSync(kept, { recursive: true, force: true });
          mkdirSync(kept, { recursive: true });
          cpSync(join(out, 'pagefind'), join(kept, 'pagefind'), { recursive: true });
          writeFileSync(keyFile, key);
        }
        logger.info(`search index: ${count} pages`);
      },
    },
  };
}
