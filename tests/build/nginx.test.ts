import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { SITES, outDir } from '../support/sites.ts';
import { sitePages } from '../support/html.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';
import { crawlSite } from '../../tooling/crawl.ts';

const site = SITES.sub;
const base = site.base;
let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx(outDir(site), base);
});
afterAll(async () => {
  await nginx?.stop();
});

describe('the /news/ build served by nginx', () => {
  it('serves every page and file the site links to with 200, and every #fragment exists', async () => {
    // From the home page, the sitemap, the feed and robots.txt; absolute URLs made from SITE_URL (canonical, og:image, feed
    // links) are checked at the same path on this server.
    const { fetched, pages, links, broken } = await crawlSite({
      origin: nginx.origin,
      base,
      start: ['/', '/sitemap-index.xml', '/feed.xml', '/robots.txt'],
      siteUrl: site.siteUrl,
    });
    expect(broken).toEqual([]);
    // Quote links into the story are among the fragments checked.
    expect(links.filter((l) => l.to.includes('/stories/') && l.to.includes('#q-')).length).toBeGreaterThan(40);
    // The crawl reached every page of the build (a page no link leads to would be missed by readers too).
    const unreached = sitePages(outDir(site)).filter((p) => p !== '/404.html' && !pages.includes(p));
    expect(unreached).toEqual([]);
    expect(fetched.get(`${base}share/site.png`)?.type).toBe('image/png');
    // Citation files, linked from every statement and story page, with the types the nginx block in docs/hosting.md gives.
    const cited = [...fetched.keys()].filter((p) => /\/citation\./.test(p));
    expect(cited.length).toBeGreaterThan(0);
    const types: Record<string, string> = { ris: 'application/x-research-info-systems', bib: 'application/x-bibtex', json: 'application/vnd.citationstyles.csl+json' };
    for (const path of cited) expect(fetched.get(path)?.type, path).toMatch(new RegExp(`^${types[path.split('.').at(-1)!].replace(/[.+]/g, '\\$&')}`));
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

  it('sends the same security headers as _headers on pages, hashed assets and the 404 page', async () => {
    const { headersFile } = await import('../../src/publish/hosting.ts');
    // The first block of `_headers` is the one for every path under the base: the security headers.
    const [everyPath] = headersFile(base).split('\n\n');
    const expected = everyPath.split('\n').slice(1).filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/: (.*)/s).slice(0, 2));
    expect(expected.map(([name]) => name)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options']));
    const home = await fetch(`${nginx.origin}${base}`);
    const $ = cheerio.load(await home.text());
    const asset = $('script[src*="/_astro/"], link[href*="/_astro/"]').first().attr('src') ?? $('link[href*="/_astro/"]').first().attr('href');
    const paths = [base, `${base}stories/`, `${base}no-such-page/`, ...(asset ? [asset] : [])];
    for (const path of paths) {
      const res = await fetch(`${nginx.origin}${path}`);
      for (const [name, value] of expected) expect(res.headers.get(name), `${path}: ${name}`).toBe(value);
      expect(res.headers.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
    }
    if (asset) expect((await fetch(`${nginx.origin}${asset}`)).headers.get('Cache-Control')).toContain('immutable');
  });

  it('redirects a folder without its slash to a relative location, never one built from the Host header', async () => {
    const folder = sitePages(outDir(site)).find((p) => p.split('/').length > 3)!;
    const res = await fetch(`${nginx.origin}${base}${folder.slice(1, -1)}`, { redirect: 'manual', headers: { Host: 'attacker.example' } });
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe(`${base}${folder.slice(1)}`);
  });
});
