import { z } from 'astro/zod';

/**
 * Characters no text field may hold: C0 and C1 controls other than tab and line breaks, DEL, and the Unicode line and
 * paragraph separators. Every string of the content reaches HTML, the feed's XML or the CSV, where a control character
 * makes the document ill-formed or hides what a reader sees.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

/** A text field: a string without control characters. */
export function text() {
  return z.string().refine((value) => !CONTROL.test(value), {
    error: (issue) => {
      const c = String(issue.input).match(CONTROL)?.[0] ?? '';
      return `expected text without control characters; found U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
    },
  });
}

/** Whether a tag is a well-formed BCP 47 language tag, as the JavaScript engine's Intl implementation reads one. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag (`en`, `ko`, `zh-Hans`), which `lang` attributes, screen readers and fonts need. */
export function languageTag() {
  return z.string().refine(isLanguageTag, { error: 'expected a BCP 47 language tag such as "en", "ko" or "zh-Hans"' });
}
