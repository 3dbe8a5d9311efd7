/** Text normalisation: one definition of "the same words", used by every comparison of quotes with the article. */

/**
 * Folds what a reader would not call a change: Unicode normalisation (NFC, so "é" typed as one character or as "e" and
 * an accent compare alike), typographic quotes and apostrophes, whitespace runs, BOM. Dashes are kept.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/** Normalises line endings and strips a byte-order mark, so files saved on any system read alike. */
export function normaliseFile(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The non-empty lines of a source text, each one paragraph or caption of the article. */
export function sourceParagraphs(source: string): string[] {
  return normaliseFile(source)
    .split('\n')
    .map(foldText)
    .filter((line) => line.length > 0);
}

/** Shortens text to at most `max` characters, at a word boundary where one is near, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}

/** Escapes text for HTML (element content and quoted attributes), for markup built outside Astro templates (feeds). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
