/**
 * Citation files for reference managers (CSL-JSON, RIS, BibTeX), one set per statement and per story, made with
 * citation-js from one CSL-JSON record. What a citation must not lose travels in fields every format keeps: the
 * speaker as author, the exact words as title, the date said, the URL, and a note with the kind of statement, the
 * language, the site's note and the publisher with its hedge.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { ArticleView, StatementView } from '../model/catalog.ts';
import type { DatePoint } from '../schemas/index.ts';
import { dateParts } from '../schemas/dates.ts';
import { formatIsoDate } from '../content/dates.ts';
import type { CitationFormat } from '../urls/paths.ts';

// BibTeX keeps the words as published ("…", typographic quotes) instead of ASCII stand-ins ("...", ``…'').
plugins.config.get('@bibtex').format.asciiOnly = false;

/** A CSL-JSON item (the subset written here). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': number[][]; circa?: boolean };
  URL: string;
  publisher: string;
  note: string;
  language: string;
  'container-title'?: string;
}

/** The content type each citation file is served with. */
export const CITATION_CONTENT_TYPES: Readonly<Record<CitationFormat, string>> = {
  'csl.json': 'application/vnd.citationstyles.csl+json',
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex',
};

/** A date as CSL date parts, to its precision; an approximate date is marked `circa`. */
function cslDate(point: DatePoint): CslItem['issued'] {
  const p = dateParts(point.date)!;
  const parts = [p.year, p.month, p.day].filter((n): n is number => n !== undefined);
  return { 'date-parts': [parts], ...(point.precision === 'approximate' ? { circa: true } : {}) };
}

/** A language's English name from its BCP 47 tag (`ko` gives "Korean"), or the tag when none is known. */
function languageName(tag: string): string {
  return new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag;
}

/** How the article's publication date is known, in words (a bound stays a bound). */
function publishedWords(article: ArticleView): string {
  const p = article.data.published;
  return `${p.bound === 'not-before' ? 'published on or after' : 'published'} ${formatIsoDate(p.date, p.precision)}`;
}

/** The headline, labelled when it is this site's. */
function headlineWords(article: ArticleView): string {
  return article.data.headlineBy === 'site' ? `${article.data.headline} (headline by this site)` : article.data.headline;
}

/**
 * A statement as a CSL `speech` (RIS `SOUND`, BibTeX `@misc`): the type whose RIS keeps an author. The speaker is the
 * author, the exact words the title, the date said (when the article gives one) the issued date.
 */
export function statementCsl(s: StatementView, url: string): CslItem {
  const kind =
    s.quotation ? `A ${s.data.kind === 'direct' ? 'quotation' : 'partial quotation'} of ${s.speaker.name}`
    : s.data.kind === 'paraphrase' ? `The publisher's paraphrase of ${s.speaker.name}, not a quotation`
    : `The publisher's own words, not a quotation`;
  const note = [
    `${kind}.`,
    // The language always travels in the note too: BibTeX has no field that keeps it.
    s.language ? `${s.language.note}.` : `Words as published, in ${languageName(s.article.language)}.`,
    s.data.note ? `Note by this site: ${s.data.note.replace(/\.$/, '')}.` : '',
    s.via && s.data.kind !== 'editorial' ? `Reported by ${s.via.data.name}.` : '',
    `In: ${s.article.publisherLabel}, “${headlineWords(s.article)}”, ${publishedWords(s.article)}.`,
  ].filter(Boolean).join(' ');
  return {
    id: s.id,
    type: 'speech',
    title: s.data.words,
    author: [{ literal: s.speaker.name }],
    ...(s.event ? { issued: cslDate(s.event.data.start) } : {}),
    URL: url,
    publisher: s.article.publisherLabel,
    note,
    language: s.language?.original ?? s.article.language,
  };
}

/** A story as a CSL `article-newspaper`: no author (the source has no byline), a date only when it is exact. */
export function storyCsl(article: ArticleView, url: string): CslItem {
  const p = article.data.published;
  return {
    id: article.id,
    type: 'article-newspaper',
    title: headlineWords(article),
    ...(p.bound === 'exact' ? { issued: cslDate(p) } : {}),
    URL: url,
    'container-title': article.publisherLabel,
    publisher: article.publisherLabel,
    note: `${article.data.description} Article by ${article.publisherLabel}, ${publishedWords(article)} (${p.basis}).`,
    language: article.language,
  };
}

/** The text of a citation file in one format. */
export function citationFile(item: CslItem, format: CitationFormat): string {
  if (format === 'csl.json') return `${JSON.stringify([item], null, 2)}\n`;
  if (format === 'bib') return new Cite([item]).format('bibtex', { format: 'text' });
  // RIS tags from citation-js's mapping, written one field a line: its own text output wraps every 70 characters,
  // which breaks URLs and words for importers that do not join continuation lines.
  const [entry] = new Cite([item]).format('ris', { format: 'object' }) as unknown as Record<string, unknown>[];
  const { TY, ...written } = entry;
  // citation-js writes a news item's date as its year alone (PY); where the month or day is known, the primary date
  // (Y1, `YYYY/MM/DD/`) keeps it, and reference managers (citation-js too) read it back whole.
  const parts = item.issued?.['date-parts']?.[0] ?? [];
  const { PY, ...rest } = written;
  const tags = parts.length > 1 && !('DA' in written) ? { ...rest, Y1: `${parts[0]}/${String(parts[1]).padStart(2, '0')}/${parts[2] ? String(parts[2]).padStart(2, '0') : ''}/` } : written;
  const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`));
  return [`TY  - ${String(TY)}`, ...lines, 'ER  - ', ''].join('\r\n');
}
