import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/integrity/index.ts';
import { PROBLEMS, type ProblemCode } from '../../src/content/problems.ts';
import { BROKEN_CASES, MUST_BUILD_CASES, contentCopy, readCases } from '../support/content-cases.ts';

// Each case is a copy of the real content with one editor's mistake (tests/fixtures/broken/<case>/case.yaml).
// The copy sits at <tmp>/content and is checked with <tmp> as the project root, so files read "content/…" as in a real run.
const temp: string[] = [];
// One copy per case: removing them all takes a while on a busy machine.
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000);

function checkCase(...cases: ReturnType<typeof readCases>) {
  const root = mkdtempSync(join(tmpdir(), 'content-case-'));
  temp.push(root);
  const dir = contentCopy(root, cases);
  return checkContent(dir, root).issues;
}

const broken = readCases(BROKEN_CASES);
const mustBuild = readCases(MUST_BUILD_CASES);

describe('the corpus of broken content', () => {
  it('holds at least 25 cases, each expecting at least one problem', () => {
    expect(broken.length).toBeGreaterThanOrEqual(25);
    for (const c of broken) expect(c.expect.length, c.name).toBeGreaterThan(0);
  });
});

describe.each(broken.map((c) => [c.name, c] as const))('broken content: %s', (_, c) => {
  it(`is refused, with every problem named by code, file, entry and field (${c.title})`, () => {
    const issues = checkCase(c);
    // Exactly the expected problems: none missed, and no knock-on problem that would send the editor to the wrong file.
    expect(issues.map((i) => i.code).sort(), formatIssues(issues)).toEqual(c.expect.map((w) => w.code).sort());
    for (const wanted of c.expect) {
      const found = issues.find((i) => i.code === wanted.code && i.file === `content/${wanted.file}` && i.entry === wanted.entry && i.field === wanted.field
        && i.message.includes(wanted.message) && (wanted.hint === undefined || (i.hint ?? '').includes(wanted.hint)));
      expect(found, `${c.name}: expected ${JSON.stringify(wanted)} among:\n${formatIssues(issues)}`).toBeDefined();
      if (wanted.line !== undefined) expect(found!.line, `${c.name}: line of ${wanted.field}`).toBe(wanted.line);
    }
    // The printed report names each file (with its line and the problem's code), entry and field, then the hint.
    const report = formatIssues(issues);
    for (const i of issues) {
      expect(report).toContain(`✖ ${i.file}${i.line ? `:${i.line}` : ''} [${i.code}]\n  entry: ${i.entry}\n  field: ${i.field}`);
      if (i.hint) expect(report).toContain(`  hint: ${i.hint.split('\n').join('\n  ')}`);
    }
  });
});

describe('content that must build', () => {
  it('has cases', () => expect(mustBuild.length).toBeGreaterThanOrEqual(5));

  it.each(mustBuild.map((c) => [c.name, c] as const))('%s passes the check on its own', (_, c) => {
    expect(formatIssues(checkCase(c))).toBe(formatIssues([]));
  });

  it('passes the check with every case applied at once (as the build test builds it)', () => {
    expect(formatIssues(checkCase(...mustBuild))).toBe(formatIssues([]));
  });
});

describe('one run reports every problem', () => {
  it('reports the problems of several broken cases together, each as when alone', () => {
    const chosen = broken.filter((c) => ['unknown-speaker', 'misquote-one-letter', 'impossible-date', 'view-cites-missing-statement', 'yaml-syntax-error'].includes(c.name));
    expect(chosen).toHaveLength(5);
    const issues = checkCase(...chosen);
    expect(issues).toHaveLength(chosen.reduce((n, c) => n + c.expect.length, 0));
    for (const c of chosen) for (const wanted of c.expect) expect(issues.some((i) => i.code === wanted.code && i.file === `content/${wanted.file}` && i.field === wanted.field)).toBe(true);
  });
});

describe('the catalogue of problems (src/content/problems.ts)', () => {
  // anchor-lost is asserted by the anchor-ledger test; the others need a content folder that a changed copy cannot be.
  // The output-* codes are problems of a built site, asserted by tests/build/output-check.test.ts on changed built pages.
  const testedApart = new Set<string>(['anchor-lost', 'content-folder-missing', 'site-missing', 'collection-empty', 'output-anchor-count', 'output-words-differ', 'output-anchor-lost'] satisfies ProblemCode[]);

  it('has each of its codes asserted by a broken case, or by a test of its own', () => {
    const asserted = new Set(broken.flatMap((c) => c.expect.map((w) => w.code)));
    expect(Object.keys(PROBLEMS).filter((code) => !asserted.has(code as ProblemCode) && !testedApart.has(code))).toEqual([]);
  });

  it('reports a content folder that does not exist, a missing site.yaml and an empty required collection by their codes', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-case-'));
    temp.push(root);
    expect(checkContent(join(root, 'no-such-folder'), root).issues.map((i) => i.code)).toEqual(['content-folder-missing']);
    const dir = contentCopy(root, []);
    rmSync(join(dir, 'site.yaml'));
    expect(checkContent(dir, root).issues.map((i) => i.code)).toEqual(['site-missing']);
    rmSync(join(dir, 'outlets'), { recursive: true });
    expect(checkContent(dir, root).issues.map((i) => i.code)).toContain('collection-empty');
  });
});
