import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, unaccountedQuotes } from '../../src/lib/integrity/index.ts';
import { sourceParagraphs } from '../../src/lib/text.ts';
import { quotedPassages } from '../../src/lib/quotes.ts';
import { ROOT } from '../support/sites.ts';

const real = checkContent(join(ROOT, 'content'), ROOT);
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content with one change, checked. */
function checkWith(change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  temp.push(dir);
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  change(dir);
  return checkContent(dir, ROOT).issues;
}

describe('the real content', () => {
  it('passes every integrity check', () => {
    expect(real.issues).toEqual([]);
  });

  it('has every collection filled', () => {
    const { corpus } = real;
    expect(corpus.articles.length).toBeGreaterThan(0);
    expect(corpus.statements.length).toBeGreaterThan(30);
    expect(corpus.people.length).toBeGreaterThan(5);
    expect(corpus.events.length).toBeGreaterThan(3);
    expect(corpus.views.length).toBe(corpus.people.filter((p) => p.data.kind === 'analyst').length);
  });

  it('accounts for every passage the article puts in quotation marks', () => {
    for (const article of real.corpus.articles) {
      const text = sourceParagraphs(readFileSync(join(ROOT, article.file.replace(/\.mdx$/, '.source.txt')), 'utf8')).join('\n');
      const passages = quotedPassages(text);
      expect(passages.length).toBeGreaterThan(20);
      const statements = real.corpus.statements.filter((s) => s.data.article === article.id);
      expect(unaccountedQuotes(text, statements, article.data.nonStatements.map((n) => n.words))).toEqual([]);
      // The check has teeth: without the statements, every passage is unaccounted for.
      expect(unaccountedQuotes(text, [], []).length).toBe(passages.length);
    }
  });

  it('never credits the unnamed experts\' words to a named analyst', () => {
    const group = real.corpus.people.filter((p) => p.data.kind === 'group').map((p) => p.id);
    const analysts = real.corpus.people.filter((p) => p.data.kind === 'analyst').map((p) => p.id);
    expect(group.length).toBeGreaterThan(0);
    for (const view of real.corpus.views) {
      const cited = [...(view.body ?? '').matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]);
      expect(cited.length).toBeGreaterThan(0);
      for (const id of cited) expect(real.corpus.statements.find((s) => s.id === id)?.data.speaker).toBe(view.data.person);
    }
    expect(analysts.length).toBe(2);
  });
});

describe('the integrity check refuses broken content', () => {
  it('a statement whose words are not the marked words', () => {
    const issues = checkWith((dir) => {
      const file = join(dir, 'statements/lee-hand-in-hand.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('hand in hand, we', 'hand in hand, We'));
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: expect.stringMatching(/statements\/lee-hand-in-hand\.yaml$/), entry: 'lee-hand-in-hand', field: 'words' });
  });

  it('a body that drifted from its source text', () => {
    const issues = checkWith((dir) => {
      const file = join(dir, 'articles/lee-takaichi-nara-summit.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('issues</Q>.There', 'issues</Q>. There'));
    });
    expect(issues.map((i) => [i.field, i.message.split('\n')[0]])).toEqual([['body', 'paragraph 22 differs from the source text (markup removed, whitespace folded):']]);
  });

  it('a statement naming a speaker that does not exist', () => {
    const issues = checkWith((dir) => {
      const file = join(dir, 'statements/mao-ning-bilateral-engagement.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('speaker: mao-ning', 'speaker: mao-nin'));
    });
    expect(issues).toEqual([expect.objectContaining({ entry: 'mao-ning-bilateral-engagement', field: 'speaker', message: expect.stringContaining('"mao-nin"') })]);
  });

  it('a quotation with no statement', () => {
    const issues = checkWith((dir) => {
      rmSync(join(dir, 'statements/temperature-gap.yaml'));
    });
    expect(issues.map((i) => i.message).join('\n')).toMatch(/has no statement/);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/quotes "temperature gap" but no statement/);
  });
});
