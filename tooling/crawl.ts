/** A crawler over a served site: follows every link, asset, feed and sitemap entry, and checks every #fragment. */
import * as cheerio from 'cheerio';

export interface CrawlOptions {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** The site's base path (`/`, `/news/`): a reference to this server outside it is broken. */
  base: string;
  /** Where to start, as site paths without the base; the home page by default. */
  start?: string[];
  /** The site's SITE_URL: absolute URLs made from it (canonical, og:image, feed and sitemap entries) are checked at the same path on this server. */
  siteUrl?: string;
}

/** What the server answered for one path. */
export interface Fetched {
  status: number;
  /** The content-type header. */
  type: string;
}

/** What a crawl found. */
export interface CrawlReport {
  /** Every path fetched (base included, no query or fragment) and what the server answered; redirects are not followed. */
  fetched: Map<string, Fetched>;
  /** Site paths (without the base) of the HTML pages reached, sorted. */
  pages: string[];
  /** Every reference to this site: the page it is on and its target (base included, fragment kept). */
  links: { from: string; to: string }[];
  /** `page → reference (why)` for each reference not answered with 200, whose #fragment names no element or more than one, or outside the base. */
  broken: string[];
}

/** The references of a page or feed: links, stylesheets, scripts, images, the share image, a meta refresh; `<loc>` and `<link>` of XML. */
function references(body: string, type: string): { refs: string[]; ids?: Map<string, number> } {
  if (type.includes('html')) {
    const $ = cheerio.load(body);
    const ids = new Map<string, number>();
    $('[id]').each((_, el) => void ids.set($(el).attr('id')!, (ids.get($(el).attr('id')!) ?? 0) + 1));
    const refs = $('a[href], link[href], script[src], img[src]').map((_, el) => $(el).attr('href') ?? $(el).attr('src')!).get();
    $('meta[property="og:image"], meta[http-equiv="refresh"]').each((_, el) => void refs.push($(el).attr('content')!.replace(/^\d+;\s*url=/i, '')));
    return { refs, ids };
  }
  if (type.includes('xml') && !type.includes('svg')) {
    const $ = cheerio.load(body, { xml: true });
    return { refs: $('loc, link').map((_, el) => $(el).text().trim()).get() };
  }
  return { refs: [] };
}

/**
 * Crawls a site over HTTP from `start`, as a reader's browser and a search engine would reach it: fetches every
 * reference to this server once (without following redirects), parses each HTML page and XML feed it gets, and checks
 * that every `#fragment` names exactly one element of its page. Other sites are not fetched.
 */
export async function crawlSite(options: CrawlOptions): Promise<CrawlReport> {
  const { origin, base } = options;
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const fetched = new Map<string, Fetched>();
  const ids = new Map<string, Map<string, number>>();
  const links: { from: string; to: string }[] = [];
  const broken: string[] = [];
  const queue = (options.start ?? ['/']).map((path) => `${base}${path.replace(/^\//, '')}`);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (fetched.has(path)) continue;
    const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
    const type = res.headers.get('content-type') ?? '';
    fetched.set(path, { status: res.status, type });
    const body = res.status === 200 && (type.includes('html') || type.includes('xml')) ? await res.text() : (await res.arrayBuffer(), '');
    const found = references(body, type);
    if (found.ids) ids.set(path, found.ids);
    for (const ref of found.refs) {
      let target = new URL(ref, `${origin}${path}`);
      if (siteOrigin && target.origin === siteOrigin) target = new URL(`${target.pathname}${target.search}${target.hash}`, origin);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${path} → ${ref} (outside the base ${base})`);
        continue;
      }
      links.push({ from: path, to: `${target.pathname}${target.hash}` });
      if (!fetched.has(target.pathname)) queue.push(target.pathname);
    }
  }
  for (const { from, to } of links) {
    const [target, fragment] = to.split('#');
    const answer = fetched.get(target)!;
    if (answer.status !== 200) broken.push(`${from} → ${to} (HTTP ${answer.status})`);
    else if (fragment) {
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        broken.push(`${from} → ${to} (a malformed #fragment)`);
        continue;
      }
      const count = ids.get(target)?.get(id) ?? 0;
      if (count !== 1) broken.push(`${from} → ${to} (${count === 0 ? 'no' : count} elements #${id})`);
    }
  }
  const linked = new Set(links.map((l) => l.to.split('#')[0]));
  for (const [path, answer] of fetched) if (answer.status !== 200 && !linked.has(path)) broken.push(`${path} (HTTP ${answer.status})`);
  const pages = [...fetched]
    .filter(([, answer]) => answer.status === 200 && answer.type.includes('text/html'))
    .map(([path]) => `/${path.slice(base.length)}`)
    .sort();
  return { fetched, pages, links, broken: [...new Set(broken)] };
}
