/** The stories feed (RSS 2.0 through @astrojs/rss): one item per article, its corrections and updates log included. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Catalog } from '../model/catalog.ts';
import { formatIsoDate } from '../content/dates.ts';
import { paths } from '../urls/paths.ts';
import { escapeHtml } from '../content/text.ts';

/** Feed items, newest article first; `abs` makes a site path absolute. A date known only as "on or after" is not given as pubDate. */
export function feedItems(catalog: Catalog, abs: (path: string) => string): RSSFeedItem[] {
  return [...catalog.articles.values()].reverse().map((a) => {
    const publisher = a.publisherLabel;
    const log = a.data.corrections;
    const content = [
      `<p>${escapeHtml(a.data.description)}</p>`,
      `<p>Article by ${escapeHtml(publisher)}; headline by ${a.data.headlineBy === 'site' ? 'this site' : escapeHtml(publisher)}.</p>`,
      `<h2>Corrections and updates</h2>`,
      log.length === 0
        ? '<p>None so far.</p>'
        : `<ol>${log.map((c) => `<li>${escapeHtml(formatIsoDate(c.date))}, ${c.kind}: ${escapeHtml(c.text)}</li>`).join('')}</ol>`,
    ].join('');
    return {
      title: a.data.headline,
      link: abs(paths.story(a.id)),
      description: a.data.description,
      content,
      ...(a.data.published.bound === 'exact' && a.data.published.precision === 'day' ? { pubDate: new Date(`${a.data.published.date}T00:00:00Z`) } : {}),
      categories: [a.publisherName],
    };
  });
}
