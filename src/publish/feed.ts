/** The stories feed (RSS 2.0 through @astrojs/rss): one item per article, its corrections and updates log included. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Catalog } from '../model/catalog.ts';
import { formatIsoDate } from '../content/dates.ts';
import { paths } from '../urls/paths.ts';
import { escapeHtml } from '../content/text.ts';
import { dayAsUtcDate, exactPublicationDay, lastModifiedDay, latestDay } from './dates.ts';

/** How the article's publication date is known, in words: what a feed reader shows when the item has no exact date. */
function publishedInWords(a: { data: { published: { date: string; precision: string; bound: string; basis: string } } }): string {
  const p = a.data.published;
  const when = formatIsoDate(p.date, p.precision);
  return p.bound === 'not-before' ? `Published on or after ${when} (not stated exactly; inferred from “${p.basis}”).` : `Published ${when}.`;
}

/** Feed items, newest article first; `abs` makes a site path absolute. Only a date known to the day is a `pubDate`; a bound is said in words. */
export function feedItems(catalog: Catalog, abs: (path: string) => string): RSSFeedItem[] {
  return [...catalog.articles.values()].reverse().map((a) => {
    const publisher = a.publisherLabel;
    const log = a.data.corrections;
    const content = [
      `<p>${escapeHtml(a.data.description)}</p>`,
      `<p>${escapeHtml(publishedInWords(a))}</p>`,
      `<p>Article by ${escapeHtml(publisher)}; headline by ${a.data.headlineBy === 'site' ? 'this site' : escapeHtml(publisher)}.</p>`,
      `<h2>Corrections and updates</h2>`,
      log.length === 0
        ? '<p>None so far.</p>'
        : `<ol>${log.map((c) => `<li>${escapeHtml(formatIsoDate(c.date))}, ${c.kind}: ${escapeHtml(c.text)}</li>`).join('')}</ol>`,
    ].join('');
    const day = exactPublicationDay(a.data);
    return {
      title: a.data.headline,
      link: abs(paths.story(a.id)),
      description: day ? a.data.description : `${a.data.description} ${publishedInWords(a)}`,
      content,
      ...(day ? { pubDate: dayAsUtcDate(day) } : {}),
      categories: [a.publisherName],
    };
  });
}

/**
 * The channel's dates, from its items and never the build time (builds stay reproducible): `pubDate` is the newest
 * item's exact publication day, `lastBuildDate` the latest known change (a publication or a correction). Empty when no
 * day is known.
 */
export function feedChannelDates(catalog: Catalog): string {
  const articles = [...catalog.articles.values()].map((a) => a.data);
  const published = latestDay(articles.map(exactPublicationDay));
  const changed = latestDay(articles.map(lastModifiedDay));
  return [
    published ? `<pubDate>${dayAsUtcDate(published).toUTCString()}</pubDate>` : '',
    changed ? `<lastBuildDate>${dayAsUtcDate(changed).toUTCString()}</lastBuildDate>` : '',
  ].join('');
}
