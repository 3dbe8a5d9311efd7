import { describe, expect, it } from 'vitest';
import { groupBySpeaker } from '../../src/model/catalog.ts';
import { paginate } from '../../src/model/pagination.ts';
import { quotePageRoutes } from '../../src/model/quote-pages.ts';
import { statementsByTheme, themeMatrix } from '../../src/model/themes.ts';
import { headersFile, nginxLocations } from '../../src/publish/hosting.ts';
import { readFileSync } from 'node:fs';
import { sitemapFilter } from '../../src/publish/sitemap.ts';
import { SITES, siteCatalog } from '../support/sites.ts';
import { compareIsoDates, formatIsoDate } from '../../src/content/dates.ts';
import { storiesNewestFirst } from '../../src/model/stories.ts';
import { MAX_TICK_LABELS, timeScale } from '../../src/model/timeline-scale.ts';
import { storiesIndexPages, timelinePages } from '../../src/routing/page-data.ts';
import type { Event } from '../../src/schemas/index.ts';

const catalog = siteCatalog(SITES.root);

describe('pagination', () => {
  it('cuts a list into numbered pages, the last one short, and keeps one page for an empty list', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.current, p.last, p.total])).toEqual([[1, 3, 5], [2, 3, 5], [3, 3, 5]]);
    expect(pages.map((p) => [p.from, p.to])).toEqual([[1, 2], [3, 4], [5, 5]]);
    expect(paginate([], 50)).toEqual([{ items: [], current: 1, last: 1, total: 0, from: 1, to: 0 }]);
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

describe('a site of several stories (the newsroom)', () => {
  const newsroom = siteCatalog(SITES.newsroom);

  it('lists the stories newest first, each dated to its precision, and pages the index with a description per page', () => {
    const stories = storiesNewestFirst(newsroom);
    expect(stories.map((s) => s.article.id).sort()).toEqual([...newsroom.articles.keys()].sort());
    for (let i = 1; i < stories.length; i++) expect(compareIsoDates(stories[i - 1].article.data.published.date, stories[i].article.data.published.date)).toBeGreaterThanOrEqual(0);
    for (const s of stories) {
      expect(s.published).toContain(formatIsoDate(s.article.data.published.date, s.article.data.published.precision));
      expect(s.count).toBe(newsroom.statementsBy.article.get(s.article.id)?.length ?? 0);
    }
    const pages = storiesIndexPages(newsroom);
    expect(pages.flatMap((p) => p.stories)).toHaveLength(stories.length);
    expect(new Set(pages.map((p) => p.head.description)).size).toBe(pages.length);
  });

  it('groups the site timeline by story, every event once, each group in date order, across its pages', () => {
    const pages = timelinePages(newsroom);
    expect(pages.map((p) => p.current)).toEqual(pages.map((_, i) => i + 1));
    for (const p of pages) expect(p.groups.reduce((n, g) => n + g.events.length, 0)).toBeLessThanOrEqual(newsroom.site.pageSize.timeline);
    // A story's group may continue on the next page: joined again, each story is one group.
    const groups = pages.flatMap((p) => p.groups).reduce<typeof pages[number]['groups']>((all, g) => {
      const last = all.at(-1);
      if (last && last.title === g.title) return [...all.slice(0, -1), { ...last, events: [...last.events, ...g.events] }];
      return [...all, g];
    }, []);
    // Every event but those only a withdrawn story reported.
    const shown = [...newsroom.events.values()].filter((e) => !(e.data.origin === 'article' && newsroom.withdrawn.has(e.data.article)));
    expect(newsroom.withdrawn.size).toBeGreaterThan(0);
    expect(groups.flatMap((g) => g.events.map((e) => e.id)).sort()).toEqual(shown.map((e) => e.id).sort());
    for (const g of groups) {
      for (const e of g.events) expect(e.data.origin === 'article' ? e.data.article : undefined).toBe(g.story?.id);
      const dates = g.events.map((e) => e.data.start.date);
      expect([...dates].sort((a, b) => compareIsoDates(a, b))).toEqual(dates);
    }
    expect(groups.filter((g) => g.story).length).toBe(new Set(shown.flatMap((e) => (e.data.origin === 'article' ? [e.data.article] : []))).size);
  });

  it('joins the parts of a quotation split by narration, in article order, on every part', () => {
    const continuing = newsroom.statements.filter((s) => s.data.continues);
    expect(continuing.length).toBeGreaterThan(0);
    for (const s of continuing) {
      const first = newsroom.statementById.get(s.data.continues!)!;
      expect(s.parts?.map((p) => p.id)).toEqual([first.id, s.id]);
      expect(first.parts).toBe(s.parts);
    }
    for (const s of newsroom.statements.filter((x) => !x.parts)) expect(newsroom.statements.some((x) => x.data.continues === s.id)).toBe(false);
  });

  it('names each statement\'s story where the site has more than one, and not where it has one', () => {
    for (const s of newsroom.statements) expect(s.storyName).toBe(s.article.data.headline);
    if (catalog.articles.size === 1) for (const s of catalog.statements) expect(s.storyName).toBeUndefined();
  });
});

describe('the axis of a timeline drawn to scale', () => {
  it('labels at most MAX_TICK_LABELS months, with the year on the first label and where the year changes', () => {
    const event = (id: string, date: string) => ({ id, data: { origin: 'article', article: 'a', title: id, datedBy: ['x'], framedBy: [], outcomes: [], start: { date, precision: 'day' } } as Event });
    const scale = timeScale([event('a', '2029-03-10'), event('b', '2031-02-01')])!;
    const labels = scale.labels.map((t) => t.text);
    expect(scale.ticks.length).toBeGreaterThan(MAX_TICK_LABELS);
    expect(labels.length).toBeLessThanOrEqual(MAX_TICK_LABELS);
    expect(labels[0]).toMatch(/^[A-Z][a-z]{2} 2029$/);
    for (const [i, t] of scale.labels.entries()) {
      const previous = scale.labels[i - 1];
      expect(t.text.endsWith(t.date.slice(0, 4)), t.text).toBe(!previous || previous.date.slice(0, 4) !== t.date.slice(0, 4));
    }
  });
});
