import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus, loadCorpus, PASSES } from '../../src/integrity/index.ts';
import { checkContext } from '../../src/integrity/context.ts';
import { BROKEN_CASES, contentCopy, readCases } from '../support/content-cases.ts';

// Several mistakes at once, each found by a different pass, so that every pass has something to report.
const CASES = [
  'unknown-speaker', 'alias-shared', 'duplicate-theme-id', 'event-outside-its-parent', 'mark-in-a-heading', 'misquote-one-letter',
  'wrong-kind', 'statement-marked-twice', 'quote-unaccounted', 'editorial-by-someone-else', 'dating-words-not-in-article', 'second-view-of-an-analyst',
];

const root = mkdtempSync(join(tmpdir(), 'passes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cases = readCases(BROKEN_CASES).filter((c) => CASES.includes(c.name));
const { corpus } = loadCorpus(contentCopy(root, cases), root);

describe('the check as ordered passes', () => {
  it('applies every chosen case', () => expect(cases.map((c) => c.name).sort()).toEqual([...CASES].sort()));

  it('reports what its passes report, in their order', () => {
    const context = checkContext(corpus);
    expect(checkCorpus(corpus)).toEqual(PASSES.flatMap((pass) => pass(context)));
    expect(PASSES.filter((pass) => pass(context).length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('has passes that depend on no other: each, run alone on a fresh context, finds what it finds in the whole run', () => {
    // In the run, every pass gets the one context the others got (and may have changed, were one to).
    const shared = checkContext(corpus);
    const inRun = PASSES.map((pass) => pass(shared));
    PASSES.forEach((pass, k) => expect(pass(checkContext(corpus)), pass.name).toEqual(inRun[k]));
  });
});
