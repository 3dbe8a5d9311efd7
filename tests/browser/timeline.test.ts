import { describe, expect, it } from 'vitest';
import { overlapsOnPages, useBrowserOn } from '../support/browser.ts';
import { SITES, shownCorpus, timelinePaths } from '../support/sites.ts';

// The timelines as a reader sees them, on a phone and a desktop: however many years the stories span, no text is drawn
// over other text (tick labels, event labels, the list).
for (const site of [SITES.root, SITES.newsroom, SITES.fixture]) {
  describe(`the timelines of the ${site.name} build in Chromium`, () => {
    const env = useBrowserOn(site);
    const paths = [...timelinePaths(site), ...shownCorpus(site).articles.map((a) => `/stories/${a.id}/timeline/`)];

    for (const width of [320, 375, 1280]) {
      it(`draws no text over other text at ${width} px`, async () => {
        expect(await overlapsOnPages(env.browser, env.served, paths, width)).toEqual([]);
      });
    }
  });
}
