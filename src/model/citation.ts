import type { StatementView } from './catalog.ts';
import { formatIsoDate, formatIsoRange } from '../content/dates.ts';

/**
 * A ready-to-paste citation of a statement: who (and their role), the words, when and where, who reported it,
 * the article and the permalink. A quotation is cited in quotation marks as the speaker's words; a paraphrase is
 * cited as the publisher's report, and an editorial judgment as the publisher's own words, never as a quotation.
 */
export function citeStatement(s: StatementView, permalink: string): string {
  const publisher = s.article.publisherLabel;
  const who = s.speaker.line ? `${s.speaker.name} (${s.speaker.line})` : s.speaker.name;
  const words = s.data.words.replace(/[.,;:]$/, '');
  const said =
    s.quotation
      ? `${who}: “${words}”.`
      : s.data.kind === 'paraphrase'
        ? `${publisher}, reporting ${who} in its own words (a paraphrase, not a quotation): ${words}.`
        : `${publisher}, in its own voice: ${words}.`;
  const when = s.event ? `${s.event.data.title}, ${formatIsoRange(s.event.data.start, s.event.data.end)}. ` : '';
  const reported = s.data.kind === 'editorial' ? '' : s.via ? `Reported by ${s.via.data.name}. ` : '';
  // The language and the site's note travel with the words: a reader who cites them must know.
  const language = s.language ? `${s.language.note}. ` : '';
  const note = s.data.note ? `Note by this site: ${s.data.note.replace(/\.$/, '')}. ` : '';
  const published = s.article.data.published;
  const date = `${published.bound === 'not-before' ? 'published on or after' : 'published'} ${formatIsoDate(published.date, published.precision)}`;
  const headline = s.article.data.headlineBy === 'site' ? `${s.article.data.headline} (headline by this site)` : s.article.data.headline;
  return `${said} ${language}${when}${reported}${note}In: ${publisher}, “${headline}”, ${date}. ${permalink}`;
}
