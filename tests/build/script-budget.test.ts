import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SITES, outDir } from '../support/sites.ts';
import { page, sitePages } from '../support/html.ts';

describe('the enhancement script', () => {
  it('is one small file (at most 2 KiB brotli) on every page but search, loaded as a module so it never blocks the page', () => {
    const dist = outDir(SITES.root);
    // Every script any page but /search/ loads (search loads its own, larger one).
    const used = new Set<string>();
    for (const path of sitePages(dist).filter((p) => p !== '/search/')) {
      const $ = page(dist, path);
      $('script[src]').each((_, el) => {
        expect($(el).attr('type'), path).toBe('module');
        used.add($(el).attr('src')!);
      });
    }
    expect(used.size).toBe(1);
    const [src] = used;
    const file = join(dist, src.replace(/^\//, ''));
    expect(readdirSync(join(dist, '_astro'))).toContain(file.split('/').pop());
    expect(brotliCompressSync(readFileSync(file)).length).toBeLessThanOrEqual(2048);
  });
});
