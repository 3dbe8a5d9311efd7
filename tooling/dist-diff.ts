/** Comparing two built sites byte for byte: what a reproducible or incremental build must leave identical. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './pages.ts';

/** Every difference between two built sites, by path: a file only in one of them, or the same file with other bytes. Empty when identical. */
export function distDifferences(a: string, b: string): string[] {
  const left = new Set(builtFiles(a));
  const right = new Set(builtFiles(b));
  const differences: string[] = [];
  for (const file of [...new Set([...left, ...right])].sort()) {
    if (!right.has(file)) differences.push(`${file}: only in ${a}`);
    else if (!left.has(file)) differences.push(`${file}: only in ${b}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`${file}: bytes differ`);
  }
  return differences;
}
