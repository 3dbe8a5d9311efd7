import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../scripts/draft/article.ts';
import { existingContent } from '../../scripts/draft/draft.ts';
import { formatReview, reviewList } from '../../scripts/draft/review.ts';
import { foldText } from '../../src/content/text.ts';
import { checkContent } from '../../src/integrity/index.ts';
import { ROOT } from '../support/sites.ts';

// The review list of the Nara seed's draft, against what the editors of content/ made of the same article by hand.
const { corpus } = checkContent(join(ROOT, 'content'), ROOT);
const existing = existingContent(join(ROOT, 'content'));
const draft = draftStory(readFileSync(join(ROOT, 'content/articles/lee-takaichi-nara-summit.source.txt'), 'utf8'), existing);
const items = reviewList(draft, existing);
const of = (kind: string) => items.filter((i) => i.kind === kind);

describe('the review list of a draft', () => {
  it('names the sentence of every paraphrase content/ holds, and guesses 9 in 10 of their speakers', () => {
    const paraphrases = corpus.statements.filter((s) => s.data.kind === 'paraphrase');
    expect(paraphrases.length).toBeGreaterThan(0);
    let right = 0;
    for (const s of paraphrases) {
      const item = of('paraphrase').find((i) => foldText(i.words).includes(foldText(s.data.words).slice(0, 40)));
      expect(item, s.id).toBeDefined();
      if (item?.who === s.data.speaker) right += 1;
    }
    expect(right / paraphrases.length).toBeGreaterThanOrEqual(0.9);
  });

  it('names each outlet content/ gives as reporting a statement, where the article says so ("NHK reported", "according to", "told")', () => {
    const outlets = new Map(corpus.outlets.map((o) => [o.id, o.data.name]));
    const vias = new Set(corpus.statements.flatMap((s) => (s.data.via ? [outlets.get(s.data.via)!] : [])));
    const text = draft.blocks.map((b) => b.text).join('\n');
    const cited = [...vias].filter((name) => new RegExp(`(?:according to|told) (?:the )?${name}|${name} reported`, 'i').test(text));
    expect(cited.length).toBeGreaterThan(0);
    for (const name of cited) expect(of('outlet').map((i) => i.words).join('\n'), name).toContain(name);
  });

  it('names the dating words of every event content/ takes from the article that name a day or month', () => {
    const days = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December/;
    const words = corpus.events.flatMap((e) => (e.data.origin === 'article' ? e.data.datedBy : [])).filter((w) => days.test(w));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(of('date').some((i) => foldText(w).includes(i.words) || i.words.includes(foldText(w))), w).toBe(true);
  });

  it('is written as a list by kind, each item with its paragraph', () => {
    const text = formatReview('lee-takaichi-nara-summit', items);
    expect(text).toContain('## Reported speech outside quotation marks');
    for (const i of items) expect(text).toContain(`- paragraph ${i.paragraph}`);
  });
});
