/** What readers are told about the language of a statement: which language was spoken, and whether the words are a translation. */
import type { StatementLanguage } from '../schemas/index.ts';

/** A statement's language, in words, for cards, notes, citations and share images. */
export interface LanguageView {
  /** BCP 47 tag of the language the speaker used. */
  original: string;
  /** That language's name in the site's language ("Korean"). */
  name: string;
  translated: boolean;
  translator?: string;
  /** Whether any part of it is the site's inference rather than the article's statement. */
  inferred: boolean;
  /** One line: "Translated from Korean; translator not named (inferred by this site)". */
  note: string;
  /** The same, short, for a card in a list: "Translated from Korean (inferred by this site)". */
  short: string;
}

/** The name of a language in the site's language, from its BCP 47 tag (the tag itself when unknown). */
export function languageName(tag: string, siteLang: string): string {
  try {
    return new Intl.DisplayNames([siteLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Describes a statement's language and translation, saying what the site inferred. */
export function languageView(language: StatementLanguage, siteLang: string): LanguageView {
  const name = languageName(language.original, siteLang);
  const inferred = language.originalKnown === 'inferred' || language.translatedKnown === 'inferred';
  const what = language.translated
    ? `Translated from ${name}; ${language.translator ? `translated by ${language.translator}` : 'translator not named'}`
    : `Said in ${name}; the article's words are the original`;
  const hedge = `(${inferred ? 'inferred by this site' : 'as the article says'})`;
  const short = language.translated ? `Translated from ${name}` : `Said in ${name}`;
  return { original: language.original, name, translated: language.translated, translator: language.translator, inferred, note: `${what} ${hedge}`, short: `${short} ${hedge}` };
}
