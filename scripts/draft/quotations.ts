/** Finding the quotations of a plain-text article: exactly the words between the marks, by the site's rule for trailing punctuation. */
import { stripTrailingPunctuation } from '../../src/content/quotes.ts';

/** One passage in quotation marks at the top level of a paragraph (quotes nested inside it belong to it). */
export interface Quotation {
  /** Paragraph index (0-based, among the article's non-empty lines). */
  paragraph: number;
  /** Offsets of the marked words in the paragraph as written. */
  start: number;
  end: number;
  /** The marked words, as written. */
  words: string;
  /** `direct` for a whole sentence, `partial` for a fragment; `label` for a quoted name or term nobody said. */
  kind: 'direct' | 'partial' | 'label';
  /** The index (in the article's list) of the quotation this one continues: split by narration, or run on from the paragraph before. */
  continues?: number;
  /** True when the paragraph ends with the quotation still open (it runs on into the next paragraph). */
  open: boolean;
  /** Offset of the opening mark, and of the closing mark (the paragraph's length when it runs on). */
  openAt: number;
  closeAt: number;
}

type Side = 'open' | 'close' | 'either';
interface Mark { at: number; type: 'double' | 'single'; side: Side }

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013/-]/;
const AFTER_CLOSE = /[\s,.;:!?)\]\u2014\u2013/-]/;

/** Classifies each quotation-mark character of a paragraph; apostrophes, primes and marks inside words are left out. */
function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const opensHere = before === '' || SPACE_BEFORE.test(before) || '"\u201C\u2018'.includes(before);
    const closesHere = after === '' || AFTER_CLOSE.test(after) || '"\u201D\u2019\''.includes(after);
    if (c === '\u201C') marks.push({ at: i, type: 'double', side: 'open' });
    else if (c === '\u201D') marks.push({ at: i, type: 'double', side: 'close' });
    else if (c === '"') {
      if (/\d/.test(before)) continue; // a prime: 12", 5'10"
      if (LETTER.test(before) && LETTER.test(after)) continue; // inside a word
      marks.push({ at: i, type: 'double', side: opensHere && !closesHere ? 'open' : closesHere && !opensHere ? 'close' : 'either' });
    } else if (c === '\u2018' || c === "'" || c === '\u2019') {
      if (LETTER.test(before) && LETTER.test(after)) continue; // don't, the leader's, rock'n'roll
      if (/\d/.test(before)) continue; // a prime
      if (opensHere && /\d\ds\b/.test(text.slice(i + 1, i + 4))) continue; // the '90s
      if (c === '\u2018') marks.push({ at: i, type: 'single', side: 'open' });
      else if (opensHere && !closesHere && c === "'") marks.push({ at: i, type: 'single', side: 'open' });
      else if (closesHere && !opensHere) marks.push({ at: i, type: 'single', side: 'close' });
    }
  }
  return marks;
}

/** A closing single mark after "s" that may be a plural possessive (the leaders' meeting) rather than the end of a quote. */
function maybePossessive(text: string, at: number): boolean {
  return text[at - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(at + 1, at + 3));
}

/** Pairs the marks of one paragraph into top-level quoted spans; `open` is set on a span the paragraph ends inside. */
export function quotedSpans(text: string): { openAt: number; closeAt: number; open: boolean }[] {
  const marks = marksOf(text);
  const stack: Mark[] = [];
  const spans: { openAt: number; closeAt: number; open: boolean }[] = [];
  marks.forEach((m, k) => {
    const top = stack[stack.length - 1];
    const closes = top && top.type === m.type && m.side !== 'open';
    if (closes) {
      // A possessive "s'" does not close a single quotation if another closing single mark follows before the next opening one.
      if (m.type === 'single' && maybePossessive(text, m.at) && marks.slice(k + 1).some((n) => n.type === 'single' && n.side === 'close')) return;
      stack.pop();
      if (stack.length === 0) spans.push({ openAt: top.at, closeAt: m.at, open: false });
    } else if (m.side !== 'close') {
      stack.push(m);
    }
  });
  if (stack.length > 0) spans.push({ openAt: stack[0].at, closeAt: text.replace(/\s+$/, '').length, open: true });
  return spans.sort((a, b) => a.openAt - b.openAt);
}

const SENTENCE_END = /[.!?]$/;
const LABEL_CUE = /\b(?:known as|dubbed|so-called|named|termed|the term|the word|the phrase|nicknamed|titled|entitled)\s*$/i;
/** "a mine called …" names a thing; "Ms Voss called …" quotes a person. */
const CALLED_THING = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}called\s*$/iu;

/** Words that start a quotation with a capital because they are names, not because a sentence starts there. */
function isProperNoun(word: string, article: string): boolean {
  if (word === 'I' || !/^\p{Lu}/u.test(word)) return false;
  // A name is capitalised in the middle of the article's own sentences, outside quotations.
  const mid = new RegExp(`[\\p{Ll},;]\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  return mid.test(article);
}

/** Direct, partial or label: by the words' shape and what stands before them. */
function kindOf(inner: string, before: string, article: string): Quotation['kind'] {
  const words = stripTrailingPunctuation(inner);
  const tokens = words.split(/\s+/);
  const first = tokens[0].replace(/^[[(]/, '');
  if (LABEL_CUE.test(before) || CALLED_THING.test(before)) return 'label';
  const titleCase = tokens.length >= 2 && tokens.every((t) => /^[\p{Lu}\d]/u.test(t) || /^(?:of|the|and|de|on|in|for)$/.test(t)) && !SENTENCE_END.test(inner);
  if (titleCase && !/[,;]/.test(words)) return 'label';
  if (!/^\p{Lu}/u.test(first)) return 'partial';
  // A capital after a colon or comma, at the start of the paragraph, or words ending a sentence inside the marks: a whole sentence.
  if (/(?:^|[:,]\s*)$/.test(before) || /[.!?]\s*$/.test(inner)) return 'direct';
  return isProperNoun(first, article) ? 'partial' : 'direct';
}

/** The marked words of a quotation: no trailing comma, semicolon or colon; a full stop only where a whole sentence is quoted. */
export function markedWords(inner: string, kind: Quotation['kind']): string {
  const trimmed = inner.replace(/\s+$/, '');
  if (kind === 'direct') return trimmed.replace(/[,;:]+$/, '');
  return stripTrailingPunctuation(trimmed);
}

const SPEECH = /\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|wrote|writes|continued|continues|asked|asks|replied|explained|insisted|argued|warned|went on)\b/i;

/** Finds every quotation of an article given as its paragraphs (the non-empty lines of its text, as written). */
export function findQuotations(paragraphs: string[]): Quotation[] {
  const article = paragraphs.map((p) => p.replace(/["\u201C][^"\u201D]*["\u201D]/g, ' ')).join('\n');
  const found: Quotation[] = [];
  let runningOn: number | undefined;
  paragraphs.forEach((text, paragraph) => {
    const spans = quotedSpans(text);
    let previous: Quotation | undefined;
    for (const span of spans) {
      const innerStart = span.openAt + 1;
      const inner = text.slice(innerStart, span.closeAt);
      const before = text.slice(0, span.openAt);
      const startsParagraph = before.trim() === '';
      let kind = kindOf(inner.trim(), before, article);
      let continues: number | undefined;
      // A paragraph that opens with a mark, after one that ended inside a quotation, goes on with it.
      if (startsParagraph && runningOn !== undefined) {
        continues = runningOn;
        kind = found[runningOn].kind;
      } else if (previous && previous.paragraph === paragraph && /^\p{Ll}/u.test(inner.trim()) && /[,]\s*$/.test(text.slice(previous.openAt + 1, previous.closeAt))) {
        // "…," she said, "…": the narration between two parts is short and reports speech.
        const between = text.slice(previous.closeAt + 1, span.openAt);
        if (between.split(/\s+/).length <= 10 && SPEECH.test(between) && /,\s*$/.test(between)) {
          continues = found.indexOf(previous);
          kind = previous.kind;
        }
      }
      const words = markedWords(inner, kind);
      const lead = inner.length - inner.trimStart().length;
      const q: Quotation = { paragraph, start: innerStart + lead, end: innerStart + lead + words.length - lead, words: words.slice(lead), kind, open: span.open, openAt: span.openAt, closeAt: span.closeAt };
      if (continues !== undefined) q.continues = continues;
      q.end = q.start + q.words.length;
      found.push(q);
      previous = q;
    }
    const last = spans[spans.length - 1];
    runningOn = last?.open ? found.length - 1 : undefined;
  });
  return found;
}
