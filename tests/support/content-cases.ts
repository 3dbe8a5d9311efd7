/**
 * Content cases: a copy of the real content with a small, named change. Each case is a folder holding `case.yaml`
 * (what changes, and for broken content the problems the check must report) and, optionally, `files/`: files copied
 * over the content copy (new or replaced). Broken cases live in tests/fixtures/broken/, must-build ones in
 * tests/fixtures/must-build/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { ContentIssue } from '../../src/content/issue.ts';
import { PROBLEMS } from '../../src/content/problems.ts';
import { ROOT } from './sites.ts';

/** One change to a file of the content copy (paths relative to the content folder). */
export type Change =
  /** Replace `find` (which must occur exactly once, or at least once with `all`) by `replace` (`repeat` times over, for files too large or too deep to write out). */
  | { edit: string; find: string; replace: string; all?: boolean; repeat?: number }
  /** Remove a file. */
  | { delete: string }
  /** Write a file with this text. */
  | { write: string; text: string }
  /** Save a file with Windows line endings. */
  | { crlf: string }
  /** Put a byte-order mark at the start of a file. */
  | { bom: string };

/** A problem the check must report: its code, the file (relative to the content folder), entry, field, words of the message and of the hint. */
export type ExpectedIssue = ContentIssue;

export interface ContentCase {
  name: string;
  /** What the editor did, in a sentence. */
  title: string;
  change: Change[];
  /** For broken cases: every problem the check reports, no more. */
  expect: ExpectedIssue[];
  /** The case's `files/` folder, when it has one. */
  files?: string;
}

/** Reads every case in a fixtures folder, sorted by name. */
export function readCases(folder: string): ContentCase[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(folder, d.name);
      const spec = yaml.load(readFileSync(join(dir, 'case.yaml'), 'utf8')) as Partial<ContentCase>;
      if (!spec.title) throw new Error(`${dir}/case.yaml needs a title`);
      for (const wanted of spec.expect ?? []) {
        if (!Object.hasOwn(PROBLEMS, wanted.code ?? '')) throw new Error(`${dir}/case.yaml: expected problem ${JSON.stringify(wanted)} needs a code from src/content/problems.ts`);
      }
      const files = join(dir, 'files');
      return { name: d.name, title: spec.title, change: spec.change ?? [], expect: spec.expect ?? [], files: existsSync(files) ? files : undefined };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Applies a case's changes to a content folder; throws when a change no longer fits the content (so a stale case fails loudly). */
export function applyCase(contentDir: string, c: ContentCase): void {
  if (c.files) cpSync(c.files, contentDir, { recursive: true });
  for (const change of c.change) {
    if ('edit' in change) {
      const file = join(contentDir, change.edit);
      const text = readFileSync(file, 'utf8');
      const count = text.split(change.find).length - 1;
      if (count === 0 || (count > 1 && !change.all)) throw new Error(`case ${c.name}: ${JSON.stringify(change.find)} occurs ${count} times in ${change.edit}, expected ${change.all ? 'at least once' : 'once'}`);
      writeFileSync(file, text.split(change.find).join(change.replace.repeat(change.repeat ?? 1)));
    } else if ('delete' in change) {
      const file = join(contentDir, change.delete);
      if (!existsSync(file)) throw new Error(`case ${c.name}: no file ${change.delete} to delete`);
      rmSync(file);
    } else if ('write' in change) {
      const file = join(contentDir, change.write);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, change.text);
    } else if ('crlf' in change) {
      const file = join(contentDir, change.crlf);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
    } else if ('bom' in change) {
      const file = join(contentDir, change.bom);
      writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8'));
    }
  }
}

/** Copies the real content to `<parent>/content` and applies the cases, in order. Returns the content folder. */
export function contentCopy(parent: string, cases: ContentCase[]): string {
  const dir = join(parent, 'content');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const c of cases) applyCase(dir, c);
  return dir;
}

export const BROKEN_CASES = join(ROOT, 'tests/fixtures/broken');
export const MUST_BUILD_CASES = join(ROOT, 'tests/fixtures/must-build');
