/** The review list: what a draft cannot mark by itself, for the editor to look at (paraphrases, outlets cited, dates). */
import type { Existing, StoryDraft } from './article.ts';
import { reporterOf } from './speakers.ts';

export interface ReviewItem {
  /** Paragraph number (1-based), as the story page numbers them. */
  paragraph: number;
  kind: 'paraphrase' | 'outlet' | 'date';
  /** The article's words. */
  words: string;
  /** The speaker or outlet guessed, where there is one. */
  who?: string;
}

const REPORTING = /\b(?:said|says|told|added|noted|stated|wrote|commented|claimed|reported|believes?|argued|stressed|emphasi[sz]ed|underscored|warned|urged|observed|insisted|explained|questioned|according to)\b/i;
const PRONOUN_START = /^\W*(?:he|she|they|it)\b|\bthe (?:expert|analyst|spokesperson)\b/i;
const OUTLET_CUE = /\b(?:(?:[Aa]ccording to|told) (?:the )?(?:\p{Lu}[\p{L}-]*\s?)+|(?:\p{Lu}[\p{L}-]*\s)+(?:reported|claimed))/gu;
const DATING = /\b(?:(?:on |last |next |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?:last|next|this) (?:week|month|year)|yesterday|today|tomorrow|(?:in |since )(?:19|20)\d\d)\b/g;

/** Lists, paragraph by paragraph, sentences that report speech outside quotation marks, outlets cited, and dating words. */
export function reviewList(draft: StoryDraft, existing: Pick<Existing, 'people' | 'outlets'>): ReviewItem[] {
  const items: ReviewItem[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let lastWho: string | undefined;
  draft.blocks.forEach((block, i) => {
    // Quotations blanked, so that a sentence counts as a paraphrase only for what it reports in the article's words.
    let narration = block.text;
    for (const q of draft.quotes.filter((x) => x.paragraph === i)) narration = narration.slice(0, q.openAt) + ' '.repeat(q.closeAt - q.openAt + 1) + narration.slice(q.closeAt + 1);
    for (const s of segmenter.segment(narration)) {
      const words = block.text.slice(s.index, s.index + s.segment.length).trim();
      // A sentence that only attributes a quotation ("…," Xiang said.) reports nothing in the article's own words.
      const ownWords = s.segment.replace(/["\u201C][^"\u201D]*["\u201D]?/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      const verb = REPORTING.exec(s.segment);
      if (verb && ownWords >= 8) {
        const named = reporterOf(s.segment, verb.index, existing.people, existing.outlets);
        // "He noted that …", "the expert noted": the one named before.
        const who = named ? ('id' in named ? named.id : `new: ${named.name}`) : PRONOUN_START.test(s.segment) ? lastWho : undefined;
        lastWho = who ?? lastWho;
        items.push({ paragraph: i + 1, kind: 'paraphrase', words, ...(who ? { who } : {}) });
      }
    }
    for (const m of narration.matchAll(OUTLET_CUE)) {
      // "Sanae Takaichi claimed" names a person, not an outlet.
      if (!existing.people.some((p) => m[0].includes(p.name))) items.push({ paragraph: i + 1, kind: 'outlet', words: m[0].trim() });
    }
    for (const m of block.text.matchAll(DATING)) items.push({ paragraph: i + 1, kind: 'date', words: m[0] });
  });
  return items;
}

const HEADINGS = { paraphrase: 'Reported speech outside quotation marks (candidate paraphrases)', outlet: 'Outlets the article cites (candidate `via` and outlets)', date: 'Dates and dating words (candidate events and their `datedBy`)' } as const;

/** The review list as a text file: one section per kind, each item with its paragraph. */
export function formatReview(id: string, items: ReviewItem[]): string {
  const lines = [`# Review list for the draft of "${id}"`, '', 'Not content: the draft could not decide these. Add statements, outlets and events for what the article supports.'];
  for (const kind of ['paraphrase', 'outlet', 'date'] as const) {
    lines.push('', `## ${HEADINGS[kind]}`, '');
    const of = items.filter((item) => item.kind === kind);
    if (of.length === 0) lines.push('None found.');
    for (const item of of) lines.push(`- paragraph ${item.paragraph}${item.who ? `, speaker guessed: ${item.who}` : ''}: ${item.words}`);
  }
  return `${lines.join('\n')}\n`;
}
