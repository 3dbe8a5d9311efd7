import { describe, expect, it } from 'vitest';
import { newContext, useBrowserOn } from '../support/browser.ts';
import { SITES, shownCorpus, timelinePaths } from '../support/sites.ts';

// The timelines as a reader sees them, on a phone and a desktop: however many years the stories span, no text is drawn
// over other text (tick labels, event labels, the list).
for (const site of [SITES.root, SITES.newsroom]) {
  describe(`the timelines of the ${site.name} build in Chromium`, () => {
    const env = useBrowserOn(site);
    const paths = [...timelinePaths(site), ...shownCorpus(site).articles.map((a) => `/stories/${a.id}/timeline/`)];

    for (const width of [320, 1280]) {
      it(`draws no text over other text at ${width} px`, async () => {
        const context = await newContext(env.browser, { viewport: { width, height: 800 } });
        const page = await context.newPage();
        const overlaps: string[] = [];
        for (const path of paths) {
          await page.goto(env.served.at(path), { waitUntil: 'load' });
          const found = await page.evaluate(() => {
            // Every run of visible text in <main>: HTML text by its line boxes, SVG text by its box.
            const boxes: { text: string; r: DOMRect }[] = [];
            const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent!.trim();
              const parent = node.parentElement!;
              // Text that is not drawn: hidden, visually hidden, or `visibility: hidden` (a forwarding anchor until it is targeted).
              if (!text || parent.closest('[hidden], .visually-hidden, [aria-hidden="true"] desc') || getComputedStyle(parent).visibility === 'hidden') continue;
              if (parent instanceof SVGElement) {
                boxes.push({ text, r: parent.getBoundingClientRect() });
                continue;
              }
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) boxes.push({ text, r });
            }
            const hits: string[] = [];
            const slack = 1;
            for (let i = 0; i < boxes.length; i++) {
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].r;
                const b = boxes[j].r;
                if (a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom) hits.push(`"${boxes[i].text.slice(0, 30)}" over "${boxes[j].text.slice(0, 30)}"`);
              }
            }
            return { hits, count: boxes.length };
          });
          expect(found.count, path).toBeGreaterThan(5);
          for (const hit of found.hits) overlaps.push(`${path}: ${hit}`);
        }
        await context.close();
        expect(overlaps).toEqual([]);
      });
    }
  });
}
