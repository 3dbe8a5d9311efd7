import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';

let cached: Promise<Catalog> | undefined;

/** The site's catalog, loaded from Astro's content collections once per build. */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [site, articles, people, outlets, statements, events, views] = await Promise.all([
      getCollection('site'),
      getCollection('articles'),
      getCollection('people'),
      getCollection('outlets'),
      getCollection('statements'),
      getCollection('events'),
      getCollection('views'),
    ]);
    if (site.length !== 1) throw new Error(`expected one site.yaml in the content folder, found ${site.length}`);
    return buildCatalog({ site: site[0].data, articles, people, outlets, statements, events, views });
  })();
  return cached;
}
