import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildCatalog } from '../../src/lib/catalog-data.ts';
import { checkContent } from '../../src/lib/integrity/index.ts';
import { launchBrowser, newContext, serveSite, type ServedSite } from '../support/browser.ts';
import { ROOT, SITES } from '../support/sites.ts';

describe('printing a page', () => {
  const site = SITES.sub;
  const { corpus } = checkContent(join(ROOT, site.contentDir), ROOT);
  const catalog = buildCatalog({ ...corpus, site: corpus.site!.data });
  let browser: Browser;
  let served: ServedSite;
  beforeAll(async () => {
    browser = await launchBrowser();
    served = await serveSite(site);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.server.close();
  });

  it('gives the words, the attributions and every permalink\'s absolute URL, without navigation or controls', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const article = [...catalog.articles.values()][0];
    await page.goto(served.at(`/stories/${article.id}/`));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      chrome: [...document.querySelectorAll('.site-header, .skip-link, button, summary')].filter((el) => el.getClientRects().length > 0).length,
      urls: [...document.querySelectorAll('.actions')].map((el) => getComputedStyle(el, '::after').content),
      notes: [...document.querySelectorAll('.notes li')].filter((el) => el.getClientRects().length > 0).map((el) => (el as HTMLElement).innerText),
    }));
    expect(printed.chrome).toBe(0);
    const statements = catalog.statements.filter((s) => s.article.id === article.id);
    expect(printed.urls).toEqual(statements.map((s) => `"Permalink: ${site.siteUrl}${site.base}stories/${article.id}/#q-${s.id}"`));
    statements.forEach((s, i) => expect(printed.notes[i], s.id).toContain(s.speaker.name));
    // The words themselves print, each on its anchored element.
    for (const s of statements) expect(await page.locator(`#q-${s.id}`).isVisible(), s.id).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
