/**
 * The `cacheKey` of every `getStaticPaths()` entry, for Astro's incremental builds: a digest of exactly the data a page
 * renders, so that an edit re-renders only the pages that show what changed (a key over the whole corpus would re-render
 * every page). Code is not in the key: Astro hashes each route's module graph itself.
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../model/catalog.ts';
import { shareImagesEnabled } from '../publish/share-image.ts';

// A catalog's views are shared between pages (one article, one speaker, many statements): each object is digested once.
const digests = new WeakMap<object, string>();
const inProgress = new WeakSet<object>();
// A quotation split by narration lists its parts, itself among them: a reference back to an object being digested counts
// as a mark (that object's content is in the digest already), and what was digested around it is not memoised, since
// its digest depends on where the walk entered the cycle.
let backReferences = 0;
// What a key sees of an object instead of the object itself (see `layoutData`).
const projections = new WeakMap<object, object>();

/** A digest of a value: of its JSON, with each nested object replaced by its own (memoised) digest; `undefined` and functions left out as JSON leaves them. */
export function digestOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  // A Date or a URL is what its JSON says.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return digestOf((value as { toJSON: () => unknown }).toJSON());
  const projected = projections.get(value);
  if (projected) return digestOf(projected);
  const known = digests.get(value);
  if (known) return known;
  if (inProgress.has(value)) {
    backReferences++;
    return '^';
  }
  const cycles = backReferences;
  inProgress.add(value);
  const hash = createHash('sha256');
  const part = (key: string, v: unknown) => v === undefined || typeof v === 'function' || hash.update(`${JSON.stringify(key)}:${digestOf(v)},`);
  if (value instanceof Map) {
    hash.update('Map{');
    for (const [k, v] of value) part(digestOf(k), v);
  } else if (value instanceof Set) {
    hash.update('Set[');
    for (const v of value) part('', v);
  } else if (Array.isArray(value)) {
    hash.update('[');
    value.forEach((v, i) => part(String(i), v ?? null));
  } else {
    hash.update('{');
    for (const [k, v] of Object.entries(value)) part(k, v);
  }
  inProgress.delete(value);
  const digest = hash.digest('base64url');
  if (backReferences === cycles) digests.set(value, digest);
  return digest;
}

/** The key of a file that shows this data and nothing else (an export, a citation file, a share image). */
export function cacheKeyOf(...data: unknown[]): string {
  return digestOf(data);
}

const layouts = new WeakMap<Catalog, { all: object; credited: object }>();

/**
 * What the base layout (src/layouts/BaseLayout.astro) shows besides the page's own props: the site settings it reads
 * (name, tagline, language, the lead's label in the navigation; a page that shows others, a theme's label, has them in
 * its props), whether pages carry share images, and, on a page that names no publishers to credit (`credited` false),
 * every publisher of the site, which its footer credits instead. A page that names its publishers has them in its props,
 * so a story added by another publisher does not change its key.
 */
export function layoutData(catalog: Catalog, credited = false): object {
  if (!layouts.has(catalog)) {
    // Every statement's view holds its article's view, body and parsed text included, but only the story page shows
    // those, and its key holds the article's entry (its body) and statements: elsewhere an article is its metadata.
    for (const article of catalog.articles.values()) projections.set(article, { ...article, body: undefined, text: undefined });
    // A statement's reading position across the site only orders lists, which hold their order in the props: it is not
    // shown, and it shifts for every later statement when a story is withdrawn.
    for (const statement of catalog.statements) projections.set(statement, { ...statement, position: undefined });
    const publishers = [...new Set([...catalog.articles.values()].map((a) => a.publisherLabel))];
    const { name, tagline, lang, leadLabel } = catalog.site;
    const shared = { site: { name, tagline, lang, leadLabel }, shareImages: shareImagesEnabled() };
    layouts.set(catalog, { all: { ...shared, publishers }, credited: shared });
  }
  const layout = layouts.get(catalog)!;
  return credited ? layout.credited : layout.all;
}

/**
 * Whether a page's props name the publishers its footer credits (the layout credits every publisher when they name none).
 * The layout's props (`head`) are the page's props' own or, for a route that renders one of several pages (a statement, a
 * redirect, a notice), those of the page it renders; props with no `head` are taken to credit every publisher.
 */
function namesCredits(props: unknown): boolean {
  if (!props || typeof props !== 'object') return false;
  const heads = [props, ...Object.values(props)].flatMap((v) => (v && typeof v === 'object' && 'head' in v ? [(v as { head?: { credits?: unknown } }).head] : []));
  return heads.length > 0 && heads.every((head) => Array.isArray(head?.credits) && head.credits.length > 0);
}

/**
 * The key of an HTML page: its props, what its layout shows, and what the MDX components inside it look up beyond its
 * props (`extra`: the statements a story's body marks, those a view cites).
 */
export function pageCacheKey(catalog: Catalog, props: unknown, ...extra: unknown[]): string {
  return cacheKeyOf(layoutData(catalog, namesCredits(props)), props, ...extra);
}

/** `getStaticPaths()` entries of HTML pages, each given its `pageCacheKey` (with `extra`, what its MDX components look up). */
export function withCacheKeys<T extends { props: object }>(catalog: Catalog, entries: T[], extra: (entry: T) => unknown[] = () => []): (T & { cacheKey: string })[] {
  return entries.map((entry) => ({ ...entry, cacheKey: pageCacheKey(catalog, entry.props, ...extra(entry)) }));
}
