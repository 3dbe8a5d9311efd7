import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES, outDir, siteCatalog, siteCorpus } from '../support/sites.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';
import { SCREENSHOTS, axeViolations, useBrowserOn } from '../support/browser.ts';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { KIND_LABELS } from '../../src/model/labels.ts';
import type { Catalog } from '../../src/model/catalog.ts';

const site = SITES.sub;
const corpus = siteCorpus(site);
let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(outDir(site), site.base);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('search in a real browser, under /news/', () => {
  it('finds a statement by its words and links to its page', async () => {
    const target = corpus.statements.find((s) => s.data.kind === 'direct' && s.data.words.split(' ').length > 8)!;
    const phrase = target.data.words.split(' ').slice(2, 6).join(' ').replace(/[^\w\s-]/g, '');
    const pg = await browser.newPage();
    await pg.goto(`${nginx.origin}${site.base}search/`);
    await expect.poll(() => pg.locator('.search-nojs').isHidden()).toBe(true);
    await pg.fill('input[name="q"]', phrase);
    await pg.press('input[name="q"]', 'Enter');
    const link = pg.locator(`.search-results a[href="${site.base}quotes/${target.id}/"]`);
    await link.waitFor({ timeout: 20_000 });
    expect(await pg.locator('.search-status').textContent()).toMatch(/found for/);
    // The result is titled by who said it and the words it begins with.
    const speaker = corpus.people.find((p) => p.id === target.data.speaker)!.data.name;
    expect(await link.textContent()).toContain(`${speaker}: “${target.data.words.split(' ').slice(0, 3).join(' ')}`);
    expect(pg.url()).toContain(`?q=${encodeURIComponent(phrase).replace(/%20/g, '+')}`);
    await link.click();
    await pg.waitForURL(`**${site.base}quotes/${target.id}/`);
    expect(await pg.locator('h1').textContent()).toContain('Statement by');
  });

  it('without JavaScript, points to the quotes index', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const pg = await ctx.newPage();
    await pg.goto(`${nginx.origin}${site.base}search/`);
    const fallback = pg.locator(`.search-nojs a[href="${site.base}quotes/"]`);
    expect(await fallback.isVisible()).toBe(true);
    // The filters are filled from the index by the script: without it they are neither shown nor submitted.
    expect(await pg.locator('.search-filters').isVisible()).toBe(false);
    expect(await pg.locator('.search-filters').evaluate((f: HTMLFieldSetElement) => f.disabled)).toBe(true);
    await ctx.close();
  });
});

/** The filters the search page must offer, from the content: every story's headline, and the name or label of each speaker, kind and theme of a statement. */
function filtersOfContent(catalog: Catalog): Record<string, string[]> {
  const themeLabel = new Map(catalog.site.themes.map((t) => [t.id, t.label]));
  const distinct = (values: string[]) => [...new Set(values)].sort();
  return {
    story: distinct([...catalog.articles.values()].map((a) => a.data.headline)),
    speaker: distinct(catalog.statements.map((s) => s.speaker.name)),
    kind: distinct(catalog.statements.map((s) => KIND_LABELS[s.data.kind].label)),
    theme: distinct(catalog.statements.flatMap((s) => s.data.themes.map((t) => themeLabel.get(t)!))),
  };
}

/** Every result of the search on screen, "More results" pressed until there are no more: each link's site path and text, and the line under it that says where it is from. */
async function allResults(pg: Page, base: string) {
  await pg.locator('.search-status', { hasText: /found/ }).waitFor({ timeout: 20_000 });
  while (await pg.locator('.search-more').isVisible()) {
    const before = await pg.locator('.search-results li').count();
    await pg.click('.search-more');
    await expect.poll(() => pg.locator('.search-results li').count()).toBeGreaterThan(before);
  }
  const results = await pg.$$eval('.search-results li', (items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, title: li.querySelector('a')!.textContent!, where: li.querySelector('.search-where')?.textContent ?? '' })),
  );
  return results.map((r) => ({ ...r, path: r.href.slice(base.length - 1) }));
}

// The filters on a site of one story (under /news/) and on the newsroom (several stories, a speaker quoted in two), served as a static host would.
for (const site of [SITES.sub, SITES.newsroom]) {
  describe(`search filters on the ${site.name} build, in a real browser`, () => {
    const catalog = siteCatalog(site);
    const env = useBrowserOn(site);
    const open = async (query = '', width = 1280) => {
      const pg = await env.browser.newPage({ viewport: { width, height: 900 } });
      await pg.goto(env.served.at(`/search/${query}`));
      await pg.locator('.search-filters').waitFor({ state: 'visible', timeout: 20_000 });
      return pg;
    };

    it('offers exactly the stories, speakers, kinds and themes of the content, by name, as the index holds them', async () => {
      const pg = await open();
      const offered = await pg.$$eval('.search-filters select', (selects) =>
        Object.fromEntries(selects.map((s) => [s.getAttribute('name'), [...(s as HTMLSelectElement).options].filter((o) => o.value).map((o) => o.value).sort()])),
      );
      expect(offered).toEqual(filtersOfContent(catalog));
      // Each list is labelled, inside one group with a legend, for a screen reader.
      expect(await pg.locator('.search-filters legend').textContent()).toBeTruthy();
      for (const name of Object.keys(offered)) expect(await pg.getByLabel(new RegExp(`^${name}$`, 'i')).getAttribute('name')).toBe(name);
      await pg.close();
    });

    it('a speaker filter lists every statement of that speaker and nothing else, each naming its story; the address keeps the filter', async () => {
      // The speaker quoted in the most stories (then with the most statements): the filter must find them in each.
      const bySpeaker = [...catalog.statementsBy.speaker.values()];
      const storiesOf = (ss: typeof bySpeaker[number]) => new Set(ss.map((s) => s.article.id)).size;
      const statements = bySpeaker.sort((a, b) => storiesOf(b) - storiesOf(a) || b.length - a.length)[0];
      const name = statements[0].speaker.name;
      const pg = await open();
      await pg.selectOption('select[name="speaker"]', name);
      const results = await allResults(pg, site.base);
      expect(results.map((r) => r.path).sort()).toEqual(statements.map((s) => s.pagePath).sort());
      for (const r of results) {
        const s = catalog.statements.find((x) => x.pagePath === r.path)!;
        expect(s.speaker.name).toBe(name);
        expect(r.where).toBe(`${s.kindLabel}, from the story “${s.article.data.headline}”`);
      }
      expect(await pg.locator('.search-status').textContent()).toContain(`${statements.length} page`);
      expect(await pg.locator('.search-status').textContent()).toContain(name);
      expect(new URL(pg.url()).searchParams.get('speaker')).toBe(name);
      // The filtered page is accessible, light and dark, and fits a phone.
      const dir = join(SCREENSHOTS, site.name);
      mkdirSync(dir, { recursive: true });
      await pg.screenshot({ path: join(dir, 'search-filtered-1280.png'), fullPage: true });
      expect(await axeViolations(pg)).toEqual([]);
      await pg.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(pg)).toEqual([]);
      // Opened again from its address, at 375 px: the same filter chosen, the same results.
      const again = await open(new URL(pg.url()).search, 375);
      expect(await again.locator('select[name="speaker"]').inputValue()).toBe(name);
      expect((await allResults(again, site.base)).map((r) => r.path).sort()).toEqual(results.map((r) => r.path).sort());
      expect(await again.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await again.screenshot({ path: join(dir, 'search-filtered-375.png'), fullPage: true });
      await pg.close();
      await again.close();
    });

    it('a story filter lists the story, titled by its headline, and each of its statements, named as from it', async () => {
      const article = [...catalog.articles.values()].at(-1)!;
      const statements = catalog.statementsBy.article.get(article.id)!;
      const pg = await open();
      await pg.selectOption('select[name="story"]', article.data.headline);
      const results = await allResults(pg, site.base);
      expect(results.map((r) => r.path).sort()).toEqual([article.path, ...statements.map((s) => s.pagePath)].sort());
      expect(results.find((r) => r.path === article.path)!.title).toBe(article.data.headline);
      for (const r of results.filter((x) => x.path !== article.path)) expect(r.where).toContain(`from the story “${article.data.headline}”`);
      await pg.close();
    });

    it('words and a filter together find only what matches both', async () => {
      // Words of one speaker's direct quotation, filtered by another speaker: nothing; by its own: it.
      const target = catalog.statements.find((s) => s.data.kind === 'direct' && s.data.words.split(' ').length > 8)!;
      const other = catalog.statements.find((s) => s.speaker.name !== target.speaker.name)!.speaker.name;
      const phrase = target.data.words.split(' ').slice(2, 6).join(' ').replace(/[^\p{L}\p{N}\s-]/gu, '');
      const pg = await open(`?q=${encodeURIComponent(phrase)}&speaker=${encodeURIComponent(target.speaker.name)}`);
      expect((await allResults(pg, site.base)).map((r) => r.path)).toContain(target.pagePath);
      await pg.selectOption('select[name="speaker"]', other);
      await pg.locator('.search-status', { hasText: other }).waitFor();
      expect((await allResults(pg, site.base)).map((r) => r.path)).not.toContain(target.pagePath);
      await pg.close();
    });
  });
}
