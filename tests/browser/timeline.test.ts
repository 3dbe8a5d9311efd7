import { describe, expect, it } from 'vitest';
import { newContext, useBrowserOn } from '../support/browser.ts';
import { SITES, shownCorpus, timelinePaths } from '../support/sites.ts';
import { textOverlaps } from '../../tooling/text-overlap.ts';

// The timelines as a reader sees them, on a phone and a desktop: however many years the stories span, no text is drawn
// over other text (tick labels, event labels, the list).
for (const site of [SITES.root, SITES.newsroom, SITES.fixture]) {
  describe(`the timelines of the ${site.name} build in Chromium`, () => {
    const env = useBrowserOn(site);
    const paths = [...timelinePaths(site), ...shownCorpus(site).articles.map((a) => `/stories/${a.id}/timeline/`)];

    for (const width of [320, 375, 1280]) {
      it(`draws no text over other text at ${width} px`, async () => {
        const context = await newContext(env.browser, { viewport: { width, height: 800 } });
        const page = await context.newPage();
        const overlaps: string[] = [];
        for (const path of paths) {
          await page.goto(env.served.at(path), { waitUntil: 'load' });
          const found = await textOverlaps(page);
          expect(found.count, path).toBeGreaterThan(5);
          for (const hit of found.hits) overlaps.push(`${path}: ${hit}`);
        }
        await context.close();
        expect(overlaps).toEqual([]);
      });
    }
  });
}
