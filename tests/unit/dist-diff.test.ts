import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDifferences } from '../../tooling/dist-diff.ts';

describe('distDifferences (what the reproducibility and incremental-build tests compare)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dist-diff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const site = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, file, '..'), { recursive: true });
      writeFileSync(join(dir, name, file), text);
    }
    return join(dir, name);
  };

  it('names each file only one site has, and each file whose bytes differ, by path', () => {
    const a = site('a', { 'index.html': 'same', 'people/x/index.html': 'old', 'gone.txt': '1' });
    const b = site('b', { 'index.html': 'same', 'people/x/index.html': 'new', 'new.txt': '1' });
    expect(distDifferences(a, b)).toEqual([`gone.txt: only in ${a}`, `new.txt: only in ${b}`, 'people/x/index.html: bytes differ']);
  });

  it('finds nothing between identical sites', () => {
    expect(distDifferences(site('c', { 'a/b.html': 'x' }), site('d', { 'a/b.html': 'x' }))).toEqual([]);
  });
});
