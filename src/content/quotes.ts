/** Finding the passages an article puts inside quotation marks, so that none is left unattributed. */

export interface QuotedPassage {
  /** The words between the marks, without a trailing comma or full stop. */
  words: string;
  /** Offset of the first word in the text. */
  start: number;
  /** 'double' for "…", 'single' for a nested '…'. */
  marks: 'double' | 'single';
}

const TRAILING = /[,.;:]+$/;

/** Strips the sentence's punctuation that a quotation may carry before its closing mark. */
export function stripTrailingPunctuation(words: string): string {
  return words.replace(TRAILING, '').trim();
}

/**
 * Lists the quoted passages of one paragraph (text already folded to straight quotes): double-quoted ones, and
 * single-quoted ones that open after a space or a double quote and close before punctuation or a space (so apostrophes are not taken for quotes).
 */
export function quotedPassages(text: string): QuotedPassage[] {
  const found: QuotedPassage[] = [];
  for (const m of text.matchAll(/"([^"]+)"/g)) {
    found.push({ words: stripTrailingPunctuation(m[1]), start: m.index + 1, marks: 'double' });
  }
  for (const m of text.matchAll(/(?<=^|[\s"(])'([^']+?)'(?=[\s,.;:!?")]|$)/g)) {
    found.push({ words: stripTrailingPunctuation(m[1]), start: m.index + 1, marks: 'single' });
  }
  return found.sort((a, b) => a.start - b.start);
}

const OPENING = new Set(['"', "'", '\u201C', '\u2018']);
const CLOSING = new Set(['"', "'", '\u201D', '\u2019']);

/**
 * True when the words at [start, end) of `raw` stand inside quotation marks (a trailing comma or stop may sit before the
 * closing mark). A quotation running on into the next paragraph has no closing mark: it runs to the end of its paragraph.
 */
export function isQuotedAt(raw: string, start: number, end: number): boolean {
  if (!OPENING.has(raw[start - 1] ?? '')) return false;
  if (CLOSING.has(raw[end] ?? '') || raw.slice(end).trim() === '') return true;
  return /[,.;:!?]/.test(raw[end] ?? '') && CLOSING.has(raw[end + 1] ?? '');
}
