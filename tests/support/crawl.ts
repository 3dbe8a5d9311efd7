import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/** What a crawl of a built site found. */
export interface CrawlReport {
  /** Site paths (without base) of the pages reached from the home page. */
  reached: string[];
  /** `page → reference` for every link, asset or fragment that does not resolve inside the site. */
  broken: string[];
}

/**
 * Crawls a built site from its home page as a static host would serve it under `base`: follows every `a[href]`,
 * checks every `link[href]`, `script[src]` and `img[src]` exists, and every `#fragment` names exactly one element
 * on its target page. Absolute URLs of other sites are not followed.
 */
export function crawlSite(dist: string, base: string): CrawlReport {
  const pages = new Map<string, cheerio.CheerioAPI | null>();
  const load = (path: string) => {
    if (!pages.has(path)) {
      const file = join(dist, path, 'index.html');
      pages.set(path, existsSync(file) ? cheerio.load(readFileSync(file, 'utf8')) : null);
    }
    return pages.get(path)!;
  };
  const broken: string[] = [];
  const queue = ['/'];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const $ = load(path);
    if (!$) continue;
    const origin = 'http://site.invalid';
    const here = new URL(`${base.replace(/\/$/, '')}${path}`, origin);
    $('a[href], link[href], script[src], img[src]').each((_, el) => {
      const ref = $(el).attr('href') ?? $(el).attr('src')!;
      if ($(el).is('link[rel="canonical"], link[rel="alternate"]') && /^https?:/.test(ref)) return;
      const target = new URL(ref, here);
      if (target.origin !== origin) return;
      if (!target.pathname.startsWith(base)) return void broken.push(`${path} → ${ref} (outside the base ${base})`);
      const sitePath = `/${target.pathname.slice(base.length)}`;
      if ($(el).is('a') && (sitePath.endsWith('/') || !/\.[a-z0-9]+$/i.test(sitePath))) {
        const page = sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
        if (!load(page)) return void broken.push(`${path} → ${ref} (no page)`);
        if (!seen.has(page)) (seen.add(page), queue.push(page));
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && load(page)!(`[id="${fragment}"]`).length !== 1) broken.push(`${path} → ${ref} (no element #${fragment})`);
      } else {
        const file = join(dist, sitePath);
        if (!existsSync(file) || !statSync(file).isFile()) broken.push(`${path} → ${ref} (no file)`);
      }
    });
  }
  return { reached: [...pages].filter(([, $]) => $ !== null).map(([p]) => p).sort(), broken };
}
