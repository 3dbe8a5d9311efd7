import { describe, expect, it } from 'vitest';
import { leadEventSections } from '../../src/model/lead-event.ts';
import { newContext, overlapsOnPages, useBrowserOn } from '../support/browser.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

/** Where each principal's first quotation ends on the page (px from the top), in the order of the principals; null for one who has none. */
function firstQuotationBottoms(page: import('playwright-core').Page, ids: string[]): Promise<(number | null)[]> {
  return page.evaluate((ids) => ids.map((id) => {
    const link = document.querySelector(`.words .lead-quote a[href$="#q-${id}"]`);
    const quote = link?.closest('.lead-quote')?.querySelector('blockquote');
    return quote ? quote.getBoundingClientRect().bottom + window.scrollY : null;
  }), ids);
}

// The lead page as a reader first sees it: the principals' own words in the first screen, on a desktop side by side, on a
// phone one after the other; whoever the lead is (two leaders, or the fixture's one), and no text drawn over text.
for (const site of [SITES.root, SITES.newsroom, SITES.fixture]) {
  describe(`the lead page of the ${site.name} build in Chromium`, () => {
    const env = useBrowserOn(site);
    const { sides, occasions } = leadEventSections(siteCatalog(site));
    // Each principal's first quotation in reading order: the first of the first occasion they speak at.
    const firsts = sides.map((side) => occasions.flatMap((o) => o.cells.filter((c) => c.speaker.id === side.speaker.id).flatMap((c) => c.statements))[0]?.id).filter((id) => id !== undefined);

    it('shows every principal\'s first quotation within the first 900 px at 1280 px', async () => {
      expect(firsts.length).toBe(sides.filter((s) => s.statements.length > 0).length);
      const context = await newContext(env.browser, { viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(env.served.at('/'), { waitUntil: 'load' });
      const bottoms = await firstQuotationBottoms(page, firsts);
      await context.close();
      for (const [i, bottom] of bottoms.entries()) expect(bottom, firsts[i]).not.toBeNull();
      for (const [i, bottom] of bottoms.entries()) expect(bottom!, firsts[i]).toBeLessThanOrEqual(900);
    });

    it('shows the first principal\'s first quotation within the first screen of a phone (375 × 812), the others following in turn', async () => {
      const context = await newContext(env.browser, { viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      await page.goto(env.served.at('/'), { waitUntil: 'load' });
      const boxes = await page.evaluate(() => [...document.querySelectorAll('.words blockquote')].map((q) => ({ top: q.getBoundingClientRect().top + window.scrollY, bottom: q.getBoundingClientRect().bottom + window.scrollY })));
      await context.close();
      expect(boxes.length).toBeGreaterThan(0);
      expect(boxes[0].bottom).toBeLessThanOrEqual(812);
      const tops = boxes.map((b) => b.top);
      // Interleaved: one column, so each quotation starts below the one before it.
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
    });

    for (const width of [375, 1280]) {
      it(`draws no text over other text at ${width} px`, async () => {
        expect(await overlapsOnPages(env.browser, env.served, ['/'], width)).toEqual([]);
      });
    }
  });
}
