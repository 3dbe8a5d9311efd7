/**
 * What the engine keeps between builds, beside Astro's own incremental cache: in a folder of Astro's cache folder
 * (`cacheDir`), so `npm run clean` empties it with the rest and a cold build starts without it. Each entry is keyed by a
 * digest of exactly the bytes its work reads, so reusing it gives what doing the work again would.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `name` inside Astro's cache folder. */
export function engineCacheFolder(cacheDir: URL, name: string): string {
  return join(fileURLToPath(cacheDir), 'engine', name);
}

/** Every file of a built site with a name that passes `keep`, as sorted paths relative to `dir` (with `/`). */
export function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && keep(d.name))
    .map((d) => join(d.parentPath, d.name).slice(dir.length).replace(/^[\\/]+/, '').replaceAll('\\', '/'))
    .sort();
}

/** A digest of the named files of `dir`: each one's path and bytes, in order, with `salt` first. */
export function digestOfFiles(dir: string, files: readonly string[], salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const file of files) hash.update(`\0${file}\0`).update(createHash('sha256').update(readFileSync(join(dir, file))).digest());
  return hash.digest('hex');
}
