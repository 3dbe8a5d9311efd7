import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../tooling/pages.ts';
import { ROOT } from '../support/sites.ts';

/** Every module a TypeScript file of the project imports or re-exports (static and dynamic), as paths relative to the root. */
function importsOf(folder: string): { file: string; target: string }[] {
  return builtFiles(join(ROOT, folder), (name) => /\.(ts|mts|mjs|js)$/.test(name)).flatMap((name) => {
    const file = join(ROOT, folder, name);
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]);
    return specifiers.filter((s) => s.startsWith('.')).map((s) => ({ file: relative(ROOT, file), target: relative(ROOT, resolve(dirname(file), s)) }));
  });
}

describe('the tooling boundaries', () => {
  const tests = importsOf('tests');
  const bench = importsOf('scripts/bench');

  it('finds the imports it checks', () => {
    expect(tests.some((i) => i.target.startsWith('tooling/'))).toBe(true);
    expect(bench.some((i) => i.target.startsWith('tooling/'))).toBe(true);
  });

  it('no test imports anything from the benchmark (shared helpers live in tooling/, product rules in src/)', () => {
    // The commands in scripts/ (npm run draft) are product code their tests import; the benchmark is not.
    expect(tests.filter((i) => i.target.startsWith('scripts/bench/')).map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });

  it('the benchmark imports nothing from the tests', () => {
    expect(bench.filter((i) => i.target.startsWith('tests/')).map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });
});
