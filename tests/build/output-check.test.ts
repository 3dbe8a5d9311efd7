/** The check of the built site (src/integrity/output.ts), which the build runs after it writes the pages. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputIssues, type PageMemo } from '../../src/integrity/output.ts';
import { SITES, outDir, siteCorpus } from '../support/sites.ts';

const dist = outDir(SITES.root);
const corpus = siteCorpus(SITES.root);
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the built site whose story page is changed by `edit`. */
function changedStory(edit: (html: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'output-check-'));
  temp.push(dir);
  cpSync(dist, dir, { recursive: true });
  const file = join(dir, 'stories', corpus.articles[0].id, 'index.html');
  const html = readFileSync(file, 'utf8');
  const changed = edit(html);
  expect(changed).not.toBe(html);
  writeFileSync(file, changed);
  return dir;
}

describe('the output check', () => {
  it('finds every statement once around its words, and every ledger anchor, in the real build', () => {
    expect(corpus.statements.length).toBeGreaterThan(0);
    expect(outputIssues(dist, corpus)).toEqual([]);
  });

  const s = corpus.statements.find((x) => x.data.article === corpus.articles[0].id)!;
  const anchor = `id="q-${s.id}"`;

  it('reports an anchor published twice (another speaker\'s words under it)', () => {
    const dir = changedStory((html) => html.replace('</main>', `<span ${anchor}>other words</span></main>`));
    expect(outputIssues(dir, corpus).map((i) => [i.code, i.entry])).toContainEqual(['output-anchor-count', s.id]);
  });

  it("reports an anchor around other words than the statement's", () => {
    const dir = changedStory((html) => html.replace(new RegExp(`(${anchor}[^>]*>)`), '$1not the words '));
    expect(outputIssues(dir, corpus).map((i) => [i.code, i.entry])).toContainEqual(['output-words-differ', s.id]);
  });

  it('reports a statement anchor, and a ledger anchor, missing from the built page', () => {
    const dir = changedStory((html) => html.replace(anchor, 'id="q-renamed"'));
    const codes = outputIssues(dir, corpus).map((i) => i.code);
    expect(codes).toContain('output-anchor-count');
    expect(codes).toContain('output-anchor-lost');
  });

  describe('with the readings of the build before (the build keeps them in its cache folder)', () => {
    it('keeps a reading of exactly the pages it read, and uses it for a page whose bytes are unchanged', () => {
      const memo: PageMemo = new Map();
      expect(outputIssues(dist, corpus, memo)).toEqual([]);
      // The story pages and the pages of the ledger's anchors, each read once.
      const read = new Set([...corpus.statements.map((x) => `/stories/${x.data.article}/`), ...corpus.ledger.map((a) => a.path)]);
      expect(memo.size).toBe([...read].filter((path) => existsSync(join(dist, path, 'index.html'))).length);
      // A kept reading is trusted for the same bytes: one that disagrees with the page proves it was used instead of the page.
      const reading = [...memo.values()].find((ids) => ids.words.has(`q-${s.id}`))!;
      reading.words.set(`q-${s.id}`, 'words the page does not hold');
      expect(outputIssues(dist, corpus, memo).map((i) => [i.code, i.entry])).toContainEqual(['output-words-differ', s.id]);
    });

    it('reads a page again when its bytes changed since', () => {
      const memo: PageMemo = new Map();
      expect(outputIssues(dist, corpus, memo)).toEqual([]);
      const dir = changedStory((html) => html.replace(anchor, 'id="q-renamed"'));
      const codes = outputIssues(dir, corpus, memo).map((i) => i.code);
      expect(codes).toContain('output-anchor-count');
      expect(codes).toContain('output-anchor-lost');
    });
  });
});
