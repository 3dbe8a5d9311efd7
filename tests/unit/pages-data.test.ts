import { describe, expect, it } from 'vitest';
import { groupBySpeaker } from '../../src/model/catalog.ts';
import { paginate } from '../../src/model/pagination.ts';
import { quotePageRoutes } from '../../src/model/quote-pages.ts';
import { statementsByTheme, themeMatrix } from '../../src/model/themes.ts';
import { headersFile, nginxLocations } from '../../src/publish/hosting.ts';
import { readFileSync } from 'node:fs';
import { sitemapFilter } from '../../src/publish/sitemap.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

const catalog = siteCatalog(SITES.root);

describe('pagination', () => {
  it('cuts a list into numbered pages, the last one short, and keeps one page for an empty list', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.current, p.last, p.total])).toEqual([[1, 3, 5], [2, 3, 5], [3, 3, 5]]);
    expect(paginate([], 50)).toEqual([{ items: [], current: 1, last: 1, total: 0 }]);
    expect(() => paginate([1], 0)).toThrow(/page size/);
  });
});

describe('statement pages', () => {
  it('builds a page per statement and a redirect per former id', () => {
    const fixture = siteCatalog(SITES.fixture);
    const routes = quotePageRoutes(fixture);
    expect(routes.filter((r) => !r.redirect).map((r) => r.slug).sort()).toEqual(fixture.statements.map((s) => s.id).sort());
    expect(routes.filter((r) => r.redirect)).toEqual([{ slug: 'mayor-spring', statementId: 'mayor-start-in-spring', redirect: true }]);
  });
});

describe('themes', () => {
  it('counts each speaker\'s statements per theme, matching the theme pages', () => {
    const { themes, rows } = themeMatrix(catalog);
    expect(themes).toEqual(catalog.site.themes);
    for (const [i, t] of themes.entries()) {
      const onPage = statementsByTheme(catalog, t.id);
      expect(rows.reduce((sum, r) => sum + r.counts[i], 0), t.id).toBe(onPage.length);
      for (const s of onPage) expect(s.data.themes).toContain(t.id);
    }
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(catalog.statements.filter((s) => s.data.themes.length > 0).length);
  });

  it('groups consecutive statements by speaker', () => {
    const groups = groupBySpeaker(statementsByTheme(catalog, catalog.site.themes[0].id));
    const ids = groups.map((g) => g.speaker.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of groups) for (const s of g.items) expect(s.speaker.id).toBe(g.speaker.id);
  });
});

describe('host files', () => {
  it('scopes _headers to the base and caches hashed assets for a year', () => {
    expect(headersFile('/news/')).toMatch(/^\/news\/\*\n {2}Content-Security-Policy: default-src 'self'/);
    expect(headersFile('/news/')).toContain('/news/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headersFile('/')).toMatch(/^\/\*\n/);
    // docs/hosting.md shows exactly the nginx blocks the nginx test runs.
    expect(readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8')).toContain(nginxLocations('/news/'));
  });

  it('leaves redirects and the 404 page out of the sitemap', () => {
    const keep = sitemapFilter('/news/', ['/quotes/old-id/']);
    expect(keep('https://example.org/news/quotes/old-id/')).toBe(false);
    expect(keep('https://example.org/news/404/')).toBe(false);
    expect(keep('https://example.org/news/quotes/new-id/')).toBe(true);
  });
});
