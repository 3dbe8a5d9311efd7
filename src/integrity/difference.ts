/** Showing an editor how two texts differ: where they part, and which words changed. Texts are already folded. */
import { showCharacter } from '../content/guards/characters.ts';
import { foldText, truncate } from '../content/text.ts';

/** The whole character (code point) at a UTF-16 index, or undefined past the end. */
function charAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** One run of changed words: what the reference has there, and what the other text has instead. */
export interface WordChange {
  removed: string[];
  added: string[];
}

/** The changed runs of words between two texts (a longest-common-subsequence diff on words). */
export function wordChanges(expected: string, found: string): WordChange[] {
  const a = expected.split(' ').filter(Boolean);
  const b = found.split(' ').filter(Boolean);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const changes: WordChange[] = [];
  let current: WordChange | undefined;
  const flush = () => {
    if (current) changes.push(current);
    current = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      (current ??= { removed: [], added: [] }).added.push(b[j++]);
    } else {
      (current ??= { removed: [], added: [] }).removed.push(a[i++]);
    }
  }
  flush();
  return changes;
}

/** One line per changed run, e.g. `"we" → "We"`, `missing: "hand in"`, `extra: "very"`. */
function formatChanges(changes: WordChange[], names: { expected: string; found: string }, max = 5): string[] {
  const lines = changes.slice(0, max).map((c) => {
    const removed = JSON.stringify(truncate(c.removed.join(' '), 80));
    const added = JSON.stringify(truncate(c.added.join(' '), 80));
    if (c.added.length === 0) return `missing here: ${removed} (in ${names.expected})`;
    if (c.removed.length === 0) return `extra here: ${added} (not in ${names.expected})`;
    return `${removed} in ${names.expected}, ${added} here`;
  });
  if (changes.length > max) lines.push(`…and ${changes.length - max} more change${changes.length - max === 1 ? '' : 's'}`);
  return lines;
}

/**
 * Shows where `found` parts from `expected`: both texts from a little before the first difference, a caret under it,
 * and the changed words. `names.expected` names the reference ("the article"); `found` is the text being checked.
 */
export function describeDifference(expected: string, found: string, names = { expected: 'the article', found: 'this file' }): string {
  let i = 0;
  while (i < expected.length && i < found.length && expected[i] === found[i]) i++;
  const from = Math.max(0, expected.lastIndexOf(' ', Math.max(0, i - 30)) + 1);
  const width = Math.max(names.expected.length, names.found.length) + 1;
  const label = (name: string) => `${name}:`.padEnd(width + 1);
  const lead = from > 0 ? '…' : '';
  const tail = (text: string) => (text.length > i + 50 ? '…' : '');
  const lines = [
    `${label(names.expected)}${lead}${expected.slice(from, i + 50)}${tail(expected)}`,
    `${label(names.found)}${lead}${found.slice(from, i + 50)}${tail(found)}`,
    `${' '.repeat(width + 1 + lead.length + (i - from))}^ first difference: ${showCharacter(charAt(expected, i))} in ${names.expected}, ${showCharacter(charAt(found, i))} here`,
  ];
  const changes = wordChanges(expected, found);
  if (changes.length > 0) lines.push('changed words:', ...formatChanges(changes, names).map((l) => `  ${l}`));
  return lines.join('\n');
}

const bare = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The passage of `text` closest to `words`: the window of as many words sharing the most of them (compared without
 * case and surrounding punctuation; the first wins a tie), trimmed to the words they share and to the quotation marks.
 */
export function nearestPassage(text: string, words: string): string | undefined {
  const target = words.split(' ').filter(Boolean);
  const tokens = text.split(' ').filter(Boolean);
  if (target.length === 0 || tokens.length === 0) return undefined;
  const size = Math.min(target.length, tokens.length);
  const wanted = new Map<string, number>();
  for (const w of target) wanted.set(bare(w), (wanted.get(bare(w)) ?? 0) + 1);
  let best = 0;
  let bestAt = 0;
  for (let start = 0; start + size <= tokens.length; start++) {
    const left = new Map(wanted);
    let score = 0;
    for (let k = start; k < start + size; k++) {
      const n = left.get(bare(tokens[k])) ?? 0;
      if (n > 0) {
        score++;
        left.set(bare(tokens[k]), n - 1);
      }
    }
    if (score > best) {
      best = score;
      bestAt = start;
    }
  }
  if (best === 0) return undefined;
  let window = tokens.slice(bestAt, bestAt + size);
  // Widen by the words a shifted window left out, then trim what the words do not share.
  const extra = tokens.slice(bestAt + size, bestAt + size + (target.length - best));
  window = [...window, ...extra];
  while (window.length > 1 && !wanted.has(bare(window[0]))) window.shift();
  while (window.length > 1 && !wanted.has(bare(window[window.length - 1]))) window.pop();
  return window.join(' ').replace(/^["'\u201C\u2018]+/, '').replace(/[,.;:]?["'\u201D\u2019]+[,.;:]?$/, '');
}

/** A hint for words that are not in a text: its nearest passage, and how the words differ from it. */
export function nearestHint(text: string | undefined, words: string): string {
  if (!text) return '';
  const nearest = nearestPassage(foldText(text), foldText(words));
  if (!nearest) return '\nnothing in the article comes close to these words';
  if (nearest === foldText(words)) return `\nthe words are in the article: "${truncate(nearest, 160)}"`;
  return `\nnearest words in the article:\n${describeDifference(nearest, foldText(words))}`;
}
