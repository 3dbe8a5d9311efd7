import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { SITES, outDir } from '../support/sites.ts';
import { sitePages } from '../support/html.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';

const site = SITES.sub;
const base = site.base;
let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx(outDir(site), base);
});
afterAll(async () => {
  await nginx?.stop();
});

/** The local path of a URL the site links to, or undefined when it points elsewhere. */
function localPath(ref: string, from: string, origin: string): string | undefined {
  // Absolute URLs made from SITE_URL (canonical, og:image, feed links) are checked at the same path on this server.
  const u = new URL(ref.startsWith(site.siteUrl) ? ref.slice(site.siteUrl.length) : ref, `${origin}${from}`);
  return u.origin === origin ? u.pathname + (u.hash || '') : undefined;
}

describe('the /news/ build served by nginx', () => {
  it('serves every page and file the site links to with 200, and every #fragment exists', async () => {
    const seen = new Map<string, { status: number; ids?: Set<string>; type: string }>();
    const links: { from: string; to: string }[] = [];
    const queue = [base, `${base}sitemap-index.xml`, `${base}feed.xml`, `${base}robots.txt`];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const res = await fetch(`${nginx.origin}${path}`);
      const type = res.headers.get('content-type') ?? '';
      const entry: { status: number; ids?: Set<string>; type: string } = { status: res.status, type };
      seen.set(path, entry);
      if (res.status !== 200) continue;
      const body = type.includes('html') || type.includes('xml') ? await res.text() : (await res.arrayBuffer(), '');
      const refs: string[] = [];
      if (type.includes('html')) {
        const $ = cheerio.load(body);
        entry.ids = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
        $('a[href], link[href], script[src], img[src]').each((_, el) => void refs.push($(el).attr('href') ?? $(el).attr('src')!));
        $('meta[property="og:image"], meta[http-equiv="refresh"]').each((_, el) => void refs.push($(el).attr('content')!.replace(/^\d+;\s*url=/, '')));
      } else if (type.includes('xml')) {
        const $ = cheerio.load(body, { xml: true });
        $('loc, link').each((_, el) => void refs.push($(el).text()));
      }
      for (const ref of refs) {
        const to = localPath(ref, path, nginx.origin);
        if (!to) continue;
        links.push({ from: path, to });
        const target = to.split('#')[0];
        if (!seen.has(target)) queue.push(target);
      }
    }
    const notOk = [...seen].filter(([, e]) => e.status !== 200).map(([p, e]) => `${p}: ${e.status}`);
    expect(notOk).toEqual([]);
    const brokenFragments = links
      .filter((l) => l.to.includes('#'))
      .filter((l) => {
        const [target, fragment] = l.to.split('#');
        return !seen.get(target)?.ids?.has(decodeURIComponent(fragment));
      })
      .map((l) => `${l.from} → ${l.to}`);
    expect(brokenFragments).toEqual([]);
    // Quote links into the story are among the fragments checked.
    expect(links.filter((l) => l.to.includes('/stories/') && l.to.includes('#q-')).length).toBeGreaterThan(40);
    // The crawl reached every page of the build (a page no link leads to would be missed by readers too).
    const crawled = new Set([...seen.keys()].map((p) => p.slice(base.length - 1)));
    const unreached = sitePages(outDir(site)).filter((p) => p !== '/404.html' && !crawled.has(p));
    expect(unreached).toEqual([]);
    expect(seen.get(`${base}share/site.png`)?.type).toBe('image/png');
  });

  it('answers unknown paths at any depth with the 404 page, whose stylesheet and links work', async () => {
    for (const path of [`${base}no-such-page/`, `${base}quotes/no-such-statement/`, `${base}a/b/c/d/e`, `${base}people/x/y/z.html`]) {
      const res = await fetch(`${nginx.origin}${path}`);
      expect(res.status, path).toBe(404);
      const $ = cheerio.load(await res.text());
      expect($('h1').text(), path).toBe('Page not found');
      // Styles are inline (build.inlineStylesheets: 'always'); any stylesheet link must still load from this depth.
      expect($('style').text().length + $('link[rel="stylesheet"]').length, `${path}: styles`).toBeGreaterThan(0);
      for (const css of $('link[rel="stylesheet"]').map((_, el) => $(el).attr('href')!).get()) {
        expect((await fetch(new URL(css, `${nginx.origin}${path}`))).status, `${path}: ${css}`).toBe(200);
      }
      for (const a of $('main a[href]').map((_, el) => $(el).attr('href')!).get()) {
        expect((await fetch(new URL(a, `${nginx.origin}${path}`))).status, `${path}: ${a}`).toBe(200);
      }
    }
  });
});
