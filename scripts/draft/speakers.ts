/** Guessing who said each quotation, and which outlet reported it, from the attribution around it. */
import type { Quotation } from './quotations.ts';

/** A person or outlet the content folder already has. */
export interface Known { id: string; name: string; kind?: string }

/** Who a guess names: an existing entry by id, or a new one by the name the article gives. */
export type Who = { id: string } | { name: string };

export interface SpeakerGuess {
  speaker?: Who;
  /** The article's words the guess rests on. */
  basis?: string;
  via?: Who;
  viaBasis?: string;
}

interface Mention { at: number; end: number; who: Who; possessive: boolean; pronoun?: boolean }

const ATTRIBUTION = /^(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|wrote|writes|commented|comments|claimed|claims|asked|replied|explained|stressed|emphasi[sz]ed|underscored|urged|warned|believes?|insisted|argued|expressed|mentioning|mentioned|greeting|greeted|read|reads|posted|tweeted|announced|continued|according)$/i;

const PRONOUN = /\b(?:he|she|they|the expert|the analyst|the spokesperson|the spokesman|the spokeswoman|the minister|the president|the official)\b/gi;
const GENERIC_NAME_WORDS = new Set(['unnamed', 'the', 'of', 'a', 'an']);
const NOT_NAMES = new Set(['The', 'In', 'On', 'At', 'However', 'But', 'And', 'Also', 'Ahead', 'During', 'According', 'Meanwhile', 'Additionally', 'Many', 'Some', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'I', 'Photo']);
/** Titles that stand before a name ("President Ursula von der Leyen"): part of the sentence, not of the name. */
const TITLES = new Set(['President', 'Vice', 'Prime', 'Minister', 'Chancellor', 'Commissioner', 'Senator', 'Representative', 'Rep.', 'Sen.', 'Mayor', 'Governor', 'Secretary', 'Director', 'Professor', 'Prof.', 'Dr.', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Chairman', 'Chairwoman', 'Chair', 'Chief', 'Judge', 'Justice', 'General', 'Gen.', 'King', 'Queen', 'Pope', 'Councillor', 'Councilor', 'Lawmaker', 'Ambassador', 'Foreign', 'Defence', 'Defense', 'Finance', 'Health', 'Interior']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whoKey = (w: Who) => ('id' in w ? `id:${w.id}` : `name:${w.name}`);

/** Where each known entry is named in a text: by full name, by any one word of its name, or (for groups) by two of its words in a row. */
function mentionsOf(text: string, entries: Known[]): Mention[] {
  const found: Mention[] = [];
  const push = (at: number, end: number, who: Who) => {
    if (found.some((m) => at < m.end && end > m.at)) return;
    const possessive = /^['\u2019]s?\b/.test(text.slice(end, end + 2));
    found.push({ at, end, who, possessive });
  };
  // Full names first, so that "Sanae Takaichi" is one mention, not two.
  for (const e of entries) for (const m of text.matchAll(new RegExp(`\\b${escape(e.name)}\\b(?!-\\p{L})`, 'gu'))) push(m.index, m.index + e.name.length, { id: e.id });
  for (const e of entries) {
    const words = e.name.split(/\s+/).filter((w) => !GENERIC_NAME_WORDS.has(w.toLowerCase()));
    if (e.kind === 'group' || e.kind === 'public') {
      // "Chinese experts" for "Unnamed Chinese experts"; "top-rated comment" for "Top-rated YouTube commenter".
      // Two words in a row, each a name word or its stem, one of them a common noun (so "South Korea" is not "South Korean viewers").
      const stem = (w: string) => `${escape(w.toLowerCase().slice(0, Math.max(4, w.length - 2)))}[\\p{L}-]*`;
      const pattern = words.map(stem).join('|');
      const common = words.filter((w) => /^\p{Ll}/u.test(w));
      for (const m of text.matchAll(new RegExp(`\\b(?:${pattern})\\s+(?:${pattern})\\b`, 'giu'))) {
        if (common.some((w) => new RegExp(`\\b${stem(w)}`, 'iu').test(m[0]))) push(m.index, m.index + m[0].length, { id: e.id });
      }
      continue;
    }
    for (const w of words) {
      if (!/^\p{Lu}/u.test(w) || w.length < 2) continue;
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${escape(w)}(?![\\p{L}]|-\\p{L})`, 'gu'))) push(m.index, m.index + w.length, { id: e.id });
    }
  }
  return found;
}

/** Who a sentence reporting speech names as saying it: the person or outlet named last before the reporting verb, or first after it. */
export function reporterOf(sentence: string, verbAt: number, people: Known[], outlets: Known[]): Who | undefined {
  const named = [...mentionsOf(sentence, people), ...mentionsOf(sentence, outlets)].filter((m) => !m.possessive);
  const all = [...named, ...unknownNames(sentence, named)];
  return (all.filter((m) => m.end <= verbAt).sort((a, b) => b.at - a.at)[0] ?? all.filter((m) => m.at >= verbAt).sort((a, b) => a.at - b.at)[0])?.who;
}

/** Names the article gives that no entry has: two or three capitalised words next to a reporting verb ("John Smith said", "said Jane Doe"). */
function unknownNames(text: string, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  // Lowercase particles belong to a name ("Ursula von der Leyen", "Ludwig van Beethoven", "Mohammed bin Salman").
  const particles = '(?:(?:von|van|der|den|de|da|di|du|del|della|la|le|bin|al)\\s+){0,2}';
  const name = `\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+${particles}\\p{Lu}[\\p{L}'\u2019-]+){1,3}`;
  const verbs = 'said|says|told|added|noted|stated|wrote|commented|claimed|explained|argued|warned|insisted|asked|replied';
  const patterns = [new RegExp(`(${name})(?=(?:,[^,"\u201C]{1,100},)?\\s+(?:${verbs})\\b)`, 'gu'), new RegExp(`(?<=\\b(?:${verbs})\\s+)(${name})`, 'gu')];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      // Everything up to the last title or sentence word is not the name: "Commission President Ursula von der Leyen".
      const all = m[1].split(/\s+/);
      const words = all.slice(all.map((w) => NOT_NAMES.has(w) || TITLES.has(w)).lastIndexOf(true) + 1);
      if (words.length < 2) continue;
      const at = m.index + m[1].length - words.join(' ').length;
      const end = m.index + m[1].length;
      if ([...taken, ...found].some((t) => at < t.end && end > t.at)) continue;
      found.push({ at, end, who: { name: words.join(' ') }, possessive: false });
    }
  }
  return found;
}

/** Pronouns and role nouns that stand for someone named before ("He added", "the expert noted"). */
function pronounsOf(text: string): Mention[] {
  return [...text.matchAll(PRONOUN)].map((m) => ({ at: m.index, end: m.index + m[0].length, who: { name: '' }, possessive: false, pronoun: true }));
}

/** Whether a reporting verb follows a mention within a few words, before any other mention. */
function isAttributed(text: string, mention: Mention, all: Mention[]): boolean {
  if (/according to\s+$/i.test(text.slice(Math.max(0, mention.at - 14), mention.at))) return true;
  const next = all.filter((m) => m.at >= mention.end).sort((a, b) => a.at - b.at)[0];
  const stretch = text.slice(mention.end, next ? next.at : text.length);
  const words = stretch.split(/[\s,]+/).filter(Boolean).slice(0, 24);
  return words.some((w) => ATTRIBUTION.test(w.replace(/[^\p{L}]/gu, '')));
}

/** The text of a paragraph with every quotation's inside blanked, so that quoted words are never taken for attribution. */
function narration(text: string, quotes: Quotation[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.openAt + 1) + '_'.repeat(Math.max(0, q.closeAt - q.openAt - 1)) + out.slice(q.closeAt);
  return out;
}

/** The sentence of `text` around offset `at`, by Unicode sentence boundaries (Intl.Segmenter). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const s of segmenter.segment(text)) if (at >= s.index && at < s.index + s.segment.length) return { start: s.index, end: s.index + s.segment.length };
  return { start: 0, end: text.length };
}

/** The outlet an attribution names as reporting the words: "according to X", "X reported", "reported by X". */
function viaOf(text: string, outlets: Mention[]): { who: Who; basis: string } | undefined {
  for (const o of outlets) {
    const after = /^\s+(?:reported|reports|said|claimed|wrote)\b/.exec(text.slice(o.end, o.end + 20));
    const before = /(?:according to|reported by|interviewed by|told)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/iu.exec(text.slice(Math.max(0, o.at - 40), o.at));
    if (after || before) return { who: o.who, basis: `"${before?.[0] ?? ''}${text.slice(o.at, o.end)}${after?.[0] ?? ''}"` };
  }
  return undefined;
}

/** The pronoun each person takes in the article ("Samuel Okafor, 61, who began fishing with his father"): he, she, or unknown. */
function pronounsOfPeople(paragraphs: string[], people: Known[]): Map<string, 'he' | 'she'> {
  const votes = new Map<string, number>();
  for (const text of paragraphs) {
    const mentions = mentionsOf(text, people).sort((a, b) => a.at - b.at);
    mentions.forEach((m, i) => {
      const stretch = text.slice(m.end, mentions[i + 1]?.at ?? text.length).split(/\s+/).slice(0, 20).join(' ');
      const he = (stretch.match(/\b(?:he|his|him)\b/gi) ?? []).length;
      const she = (stretch.match(/\b(?:she|her|hers)\b/gi) ?? []).length;
      votes.set(whoKey(m.who), (votes.get(whoKey(m.who)) ?? 0) + he - she);
    });
  }
  const pronouns = new Map<string, 'he' | 'she'>();
  for (const [k, v] of votes) if (v !== 0) pronouns.set(k, v > 0 ? 'he' : 'she');
  return pronouns;
}

/** Guesses the speaker (and reporting outlet) of every quotation, in reading order. */
export function guessSpeakers(paragraphs: string[], quotes: Quotation[], people: Known[], outlets: Known[]): SpeakerGuess[] {
  const guesses: SpeakerGuess[] = [];
  // In questions and answers, "I" in an answer is the interviewee: the first person the article names.
  const isAnswer = (p: string) => /^A[:.]\s/.test(p);
  const qa = paragraphs.filter((p) => /^Q[:.]\s/.test(p)).length >= 2;
  const firstNamed = paragraphs.map((p) => mentionsOf(p, people).sort((a, b) => a.at - b.at)[0]).find(Boolean);
  const interviewee = qa ? firstNamed?.who : undefined;
  const genders = pronounsOfPeople(paragraphs, people);
  const recent: Who[] = [];
  /** The person a pronoun stands for: the nearest candidate whose pronouns in the article agree with it, else the nearest that does not disagree. */
  const resolve = (pronoun: string, named: Who[], before: Who[]): Who | undefined => {
    const wanted = /^(?:he)$/i.test(pronoun) ? 'he' : /^(?:she)$/i.test(pronoun) ? 'she' : undefined;
    const agrees = (c: Who) => !wanted || genders.get(whoKey(c)) === undefined || genders.get(whoKey(c)) === wanted;
    const inParagraph = named.find(agrees);
    if (inParagraph || !wanted) return inParagraph ?? before[0];
    return before.find((c) => genders.get(whoKey(c)) === wanted) ?? before.find(agrees) ?? before[0];
  };
  let last: SpeakerGuess | undefined;
  quotes.forEach((q) => {
    if (q.continues !== undefined) {
      guesses.push({ ...guesses[q.continues], basis: `continues the quotation before` });
      return;
    }
    const raw = paragraphs[q.paragraph];
    const text = narration(raw, quotes.filter((o) => o.paragraph === q.paragraph));
    const persons = mentionsOf(text, people);
    const outletMentions = mentionsOf(text, outlets);
    const unknown = unknownNames(text, [...persons, ...outletMentions]);
    const firstPerson = interviewee && isAnswer(raw) ? [...text.matchAll(/\b(?:I|we)\b/g)].map((m) => ({ at: m.index, end: m.index + m[0].length, who: interviewee, possessive: false })) : [];
    const speakers = [...persons, ...unknown, ...firstPerson].filter((m) => !m.possessive);
    const all = [...speakers, ...pronounsOf(text).filter((p) => !speakers.some((s) => p.at < s.end && p.end > s.at)), ...outletMentions].sort((a, b) => a.at - b.at);
    const sentence = sentenceAround(text, q.openAt);
    const inSentence = (m: Mention) => m.at >= sentence.start && m.end <= sentence.end;
    const attributed = all.filter((m) => !outletMentions.includes(m) && isAttributed(text, m, all));
    const before = (list: Mention[]) => list.filter((m) => m.end <= q.openAt).sort((a, b) => b.at - a.at)[0];
    const after = (list: Mention[]) => list.filter((m) => m.at >= q.closeAt).sort((a, b) => a.at - b.at)[0];
    const pick =
      before(attributed.filter(inSentence)) ??
      after(attributed.filter(inSentence)) ??
      before(speakers.filter(inSentence)) ??
      before(attributed) ??
      after(speakers.filter(inSentence));
    let guess: SpeakerGuess = {};
    const words = (at: number, end: number) => `"${raw.slice(at, end).trim()}…"`;
    // "she said": the person named last before it in the paragraph, or else a speaker before, whose pronouns agree.
    if (pick?.pronoun) {
      // Named before it in this paragraph, then in the paragraph before (last first).
      const previous = q.paragraph > 0 ? mentionsOf(paragraphs[q.paragraph - 1], people).filter((m) => !m.possessive).sort((a, b) => b.at - a.at) : [];
      const named = [...speakers.filter((m) => m.end <= pick.at).sort((a, b) => b.at - a.at), ...previous].map((m) => m.who);
      guess = { speaker: resolve(text.slice(pick.at, pick.end), named, recent), basis: `${words(pick.at, pick.end + 8)}, the person named before` };
    }
    else if (pick) guess = { speaker: pick.who, basis: words(pick.at, pick.end + 24) };
    else {
      // An outlet named with a reporting verb speaks for itself ("Asahi Shimbun claimed").
      const outlet = outletMentions.filter(inSentence).find((m) => isAttributed(text, m, all) && !/^\s+reported\b/.test(text.slice(m.end, m.end + 10)));
      guess = outlet ? { speaker: outlet.who, basis: words(outlet.at, outlet.end + 10) } : { speaker: last?.speaker, basis: last?.speaker ? 'no one named here: the speaker named before' : undefined };
    }
    const via = viaOf(raw.slice(sentence.start, sentence.end), outletMentions.filter(inSentence).map((m) => ({ ...m, at: m.at - sentence.start, end: m.end - sentence.start })));
    if (via && !(guess.speaker && whoKey(guess.speaker) === whoKey(via.who))) {
      guess.via = via.who;
      guess.viaBasis = via.basis;
    }
    if (q.kind !== 'label') last = guess;
    if (q.kind !== 'label' && guess.speaker) recent.unshift(guess.speaker);
    guesses.push(guess);
  });
  return guesses;
}


