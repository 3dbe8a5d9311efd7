import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, unaccountedQuotes } from '../../src/integrity/index.ts';
import { sourceParagraphs } from '../../src/content/text.ts';
import { quotedPassages } from '../../src/content/quotes.ts';
import { ROOT } from '../support/sites.ts';

const real = checkContent(join(ROOT, 'content'), ROOT);


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
