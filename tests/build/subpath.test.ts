import { describe, expect, it } from 'vitest';
import { SITES, outDir } from '../support/sites.ts';
import { page, sitePages } from '../support/html.ts';

const dist = outDir(SITES.sub);

describe('the site built under a subpath (SITE_BASE=/news/)', () => {
  const pages = sitePages(dist);

  it('keeps every internal link, asset and canonical URL under the base', () => {
    expect(pages.length).toBeGreaterThan(10);
    const outside: string[] = [];
    for (const path of pages) {
      const $ = page(dist, path);
      $('a[href], link[href], img[src], script[src]').each((_, el) => {
        const ref = $(el).attr('href') ?? $(el).attr('src')!;
        if (ref.startsWith('#')) return;
        if (/^https?:/.test(ref)) {
          if (ref.startsWith(SITES.sub.siteUrl) && !ref.startsWith(`${SITES.sub.siteUrl}/news/`)) outside.push(`${path}: ${ref}`);
          return;
        }
        if (!ref.startsWith('/news/')) outside.push(`${path}: ${ref}`);
      });
    }
    expect(outside).toEqual([]);
  });

  it('writes absolute canonical URLs from SITE_URL and SITE_BASE', () => {
    expect(page(dist, '/timeline/')('link[rel="canonical"]').attr('href')).toBe('https://example.github.io/news/timeline/');
  });
});
