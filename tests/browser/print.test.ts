import { describe, expect, it } from 'vitest';
import { newContext, useBrowserOn } from '../support/browser.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

describe('printing a page', () => {
  const site = SITES.sub;
  const catalog = siteCatalog(site);
  const env = useBrowserOn(site);

  it('gives the words, the attributions and every permalink\'s absolute URL, without navigation or controls', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    const article = [...catalog.articles.values()][0];
    await page.goto(env.served.at(`/stories/${article.id}/`));
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
