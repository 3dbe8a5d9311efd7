import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SITES, outDir } from '../support/sites.ts';

describe('the enhancement script', () => {
  it('is one small file (at most 2 KiB brotli), loaded as a module so it never blocks the page', () => {
    const dir = join(outDir(SITES.root), '_astro');
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBe(1);
    const size = brotliCompressSync(readFileSync(join(dir, scripts[0]))).length;
    expect(size).toBeLessThanOrEqual(2048);
  });
});
