import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../tooling/crawl.ts';
import { serveStatic, type StaticServer } from '../../tooling/static-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'crawl-'));
const site = (pages: Record<string, string>) => {
  rmSync(dist, { recursive: true, force: true });
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
};
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/news/': dist });
});
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('crawlSite', () => {
  it('follows links, assets, the share image, the feed and SITE_URL links, and reports nothing on a sound site', async () => {
    site({
      'index.html': `<link rel="canonical" href="https://example.org/news/"><link rel="alternate" href="https://example.org/news/feed.xml">
<meta property="og:image" content="https://example.org/news/share.png"><a href="people/x/#q-1">x</a><a href="https://elsewhere.example/">away</a>`,
      'people/x/index.html': '<p id="q-1">words</p><img src="../../share.png">',
      'feed.xml': '<rss><channel><item><link>https://example.org/news/stories/a/</link></item></channel></rss>',
      'stories/a/index.html': '<p>story</p>',
      'share.png': 'png',
      'orphan/index.html': '<p>no link leads here</p>',
    });
    const report = await crawlSite({ origin: server.origin, base: '/news/', siteUrl: 'https://example.org' });
    expect(report.broken).toEqual([]);
    expect(report.pages).toEqual(['/', '/people/x/', '/stories/a/']);
    expect(report.fetched.get('/news/share.png')).toEqual({ status: 200, type: 'image/png' });
    expect(report.links).toContainEqual({ from: '/news/', to: '/news/people/x/#q-1' });
    expect([...report.fetched.keys()].some((p) => p.includes('elsewhere'))).toBe(false);
  });

  it('reports a missing page or file, a redirect, a #fragment that names no element or two, and a link outside the base', async () => {
    site({
      'index.html': '<a href="gone/">a</a><a href="people/x">b</a><a href="people/x/#nope">c</a><a href="people/x/#twice">d</a><img src="missing.png"><a href="/elsewhere/">e</a>',
      'people/x/index.html': '<p id="twice"></p><p id="twice"></p>',
    });
    const { broken } = await crawlSite({ origin: server.origin, base: '/news/' });
    expect(broken.sort()).toEqual(
      [
        '/news/ → /news/gone/ (HTTP 404)',
        '/news/ → /news/people/x (HTTP 301)',
        '/news/ → /news/people/x/#nope (no elements #nope)',
        '/news/ → /news/people/x/#twice (2 elements #twice)',
        '/news/ → /news/missing.png (HTTP 404)',
        '/news/ → /elsewhere/ (outside the base /news/)',
      ].sort(),
    );
  });

  it('reports a starting point that is not there', async () => {
    site({ 'index.html': '<p>home</p>' });
    const { broken } = await crawlSite({ origin: server.origin, base: '/news/', start: ['/', '/sitemap-index.xml'] });
    expect(broken).toEqual(['/news/sitemap-index.xml (HTTP 404)']);
  });
});
