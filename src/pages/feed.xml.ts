import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../model/load-catalog.ts';
import { feedChannelDates, feedItems } from '../publish/feed.ts';
import { absoluteUrl, paths } from '../urls/paths.ts';

/** RSS 2.0 feed of the stories. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return rss({
    title: catalog.site.name,
    description: catalog.site.tagline,
    site: absoluteUrl(paths.home()),
    items: feedItems(catalog, (path) => absoluteUrl(path)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, as feed validators expect.
    customData: `<language>${catalog.site.lang}</language>${feedChannelDates(catalog)}<atom:link href="${absoluteUrl(paths.feed())}" rel="self" type="application/rss+xml"/>`,
  });
};
