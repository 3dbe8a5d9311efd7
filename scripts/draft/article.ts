/** Drafting one story from a plain-text article: which passages to mark, with what ids, kinds and speakers. */
import { normaliseFile, foldText } from '../../src/content/text.ts';
import { findQuotations, type Quotation } from './quotations.ts';
import { guessSpeakers, type Known, type SpeakerGuess, type Who } from './speakers.ts';

/** What the content folder already holds, so the draft reuses people and outlets and never takes an id in use. */
export interface Existing {
  people: Known[];
  outlets: Known[];
  /** Ids already used by statements. */
  statementIds: Set<string>;
}

/** One block of the article: a paragraph or a photo caption, as written on its line of the source text. */
export interface DraftBlock { text: string; caption: boolean }

/** One quotation as the draft marks it (or, for a quotation repeated in a caption, leaves unmarked). */
export interface DraftQuote extends Quotation {
  /** The statement id of the mark; undefined for a label (a non-statement) or a repeat left unmarked. */
  id?: string;
  guess: SpeakerGuess;
  /** Set for a quotation that repeats, in a caption, words quoted in a paragraph: marked once, in the paragraph. */
  repeat?: boolean;
}

export interface StoryDraft {
  blocks: DraftBlock[];
  quotes: DraftQuote[];
  /** People and outlets the draft names that the content folder does not have, by the id it gives them. */
  newPeople: Map<string, string>;
  newOutlets: Map<string, string>;
}

const CAPTION = /\b(?:Photo|Photograph|Picture|Image)(?: credit)?:\s|\((?:Photo|Picture)\b/;

/** A lowercase slug of some words, at most `words` of them. */
export function slug(text: string, words = 5): string {
  return foldText(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'is', 'are', 'was', 'we', 'i', 'it', 'this', 'that', 'with', 'as', 'be', 'by']);

/** The paragraphs and captions of a source text: its non-empty lines, a caption being a line that credits a photo. */
export function blocksOf(source: string): DraftBlock[] {
  return normaliseFile(source)
    .split('\n')
    .filter((line) => foldText(line).length > 0)
    .map((text) => ({ text, caption: CAPTION.test(text) }));
}

/** Drafts a story: finds its quotations, guesses their speakers and gives each mark a new statement id. */
export function draftStory(source: string, existing: Existing): StoryDraft {
  const blocks = blocksOf(source);
  const quotations = findQuotations(blocks.map((b) => b.text));
  const guesses = guessSpeakers(blocks.map((b) => b.text), quotations, existing.people, existing.outlets);
  const newPeople = new Map<string, string>();
  const newOutlets = new Map<string, string>();
  const taken = new Set([...existing.statementIds, ...existing.people.map((p) => p.id), ...existing.outlets.map((o) => o.id)]);
  const idFor = (who: Who, into: Map<string, string>) => {
    if ('id' in who) return who.id;
    const found = [...into].find(([, name]) => name === who.name);
    if (found) return found[0];
    let id = slug(who.name);
    for (let n = 2; taken.has(id); n++) id = `${slug(who.name)}-${n}`;
    taken.add(id);
    into.set(id, who.name);
    return id;
  };
  const inParagraphs = new Set(quotations.filter((q) => !blocks[q.paragraph].caption).map((q) => foldText(q.words)));
  const quotes: DraftQuote[] = quotations.map((q, i) => {
    const guess = guesses[i];
    const quote: DraftQuote = { ...q, guess };
    if (guess.speaker && !('id' in guess.speaker)) guess.speaker = { id: idFor(guess.speaker, newPeople) };
    if (guess.via && !('id' in guess.via)) guess.via = { id: idFor(guess.via, newOutlets) };
    if (q.kind === 'label') return quote;
    if (blocks[q.paragraph].caption && inParagraphs.has(foldText(q.words))) return { ...quote, repeat: true };
    const speaker = guess.speaker && 'id' in guess.speaker ? guess.speaker.id.split('-')[0] : 'quote';
    const key = slug(q.words.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase())).join(' ') || q.words, 4);
    let id = `${speaker}-${key}`;
    for (let n = 2; taken.has(id); n++) id = `${speaker}-${key}-${n}`;
    taken.add(id);
    quote.id = id;
    return quote;
  });
  return { blocks, quotes, newPeople, newOutlets };
}
