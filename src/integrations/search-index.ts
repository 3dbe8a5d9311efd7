import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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

/** Builds the Pagefind full-text index of the built pages into `dist/pagefind/` once the build is done. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
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
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
