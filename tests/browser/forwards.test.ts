import { describe, expect, it } from 'vitest';
import { newContext, useBrowserOn } from '../support/browser.ts';
import { SITES, siteCorpus } from '../support/sites.ts';
import { page as built } from '../support/html.ts';
import { outDir } from '../support/sites.ts';

// An old link to an anchor that moved (a list split into pages) or went (a withdrawn story), followed as a reader
// follows it: the page scrolls to a visible notice that says where it went, and its link lands on the words.
const site = SITES.newsroom;

describe('forwarding anchors in Chromium (newsroom build)', () => {
  const env = useBrowserOn(site);
  const ledger = siteCorpus(site).ledger;
  // One of each: a moved statement, a moved event, and a withdrawn story's statement (on a person's page and on its story).
  const forwarded = ledger.filter((a) => built(outDir(site), a.path)(`#${a.id}`).hasClass('forward'));
  const samples = [
    forwarded.find((a) => a.path.startsWith('/people/') && !built(outDir(site), a.path)(`#${a.id} a`).attr('href')!.startsWith('/stories/')),
    forwarded.find((a) => a.path.startsWith('/timeline/')),
    forwarded.find((a) => a.path.startsWith('/people/') && built(outDir(site), a.path)(`#${a.id} a`).attr('href')!.startsWith('/stories/')),
    forwarded.find((a) => a.path.startsWith('/stories/')),
  ];

  it('finds a forwarded anchor of each kind in the ledger', () => {
    for (const s of samples) expect(s).toBeDefined();
  });

  for (const width of [375, 1280]) {
    it(`shows the notice in view at ${width} px, and its link lands on what moved`, async () => {
      const context = await newContext(env.browser, { viewport: { width, height: 800 } });
      const page = await context.newPage();
      try {
        for (const anchor of samples.filter((s) => s !== undefined)) {
          await page.goto(env.served.at(`${anchor.path}#${anchor.id}`), { waitUntil: 'load' });
          const notice = page.locator(`[id="${anchor.id}"]`);
          await expect.poll(() => notice.isVisible(), { message: `${anchor.path}#${anchor.id}` }).toBe(true);
          // The page scrolls there (smoothly, where the reader allows motion).
          const inView = async () => {
            const box = (await notice.boundingBox())!;
            return box.y >= -1 && box.y + box.height <= 800 + 1;
          };
          await expect.poll(inView, { message: `${anchor.path}#${anchor.id} scrolled into view`, timeout: 5000 }).toBe(true);
          await notice.locator('a').click();
          await page.waitForLoadState('load');
          const [, id] = page.url().split('#');
          const target = page.locator(`[id="${id}"]`);
          expect(await target.isVisible(), page.url()).toBe(true);
          await expect.poll(async () => (await target.boundingBox())!.y, { message: `${page.url()} in view`, timeout: 5000 }).toBeLessThanOrEqual(800);
        }
      } finally {
        await context.close();
      }
    });
  }
});
