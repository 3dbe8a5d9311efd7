/** Finding text drawn over other text on a page in Chromium: every visible run of text in a region, compared box by box. */
import type { Page } from 'playwright-core';

/** What was found: each pair of overlapping runs ("a" over "b") and how many runs were measured. */
export interface TextOverlaps {
  hits: string[];
  count: number;
}

/**
 * The runs of visible text inside `selector` (default `main`) that overlap another by more than a pixel: HTML text by
 * its line boxes, SVG text by its box. Hidden, visually hidden, clipped and closed-disclosure text is not drawn, so not
 * counted.
 */
export function textOverlaps(page: Page, selector = 'main'): Promise<TextOverlaps> {
  return page.evaluate((selector) => {
    const clippedAway = (el: Element): boolean => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        const r = a.getBoundingClientRect();
        if (style.overflow !== 'visible' && (r.width <= 1 || r.height <= 1)) return true;
      }
      return false;
    };
    const boxes: { text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement!;
      // Text that is not drawn: hidden, visually hidden, `visibility: hidden` (a forwarding anchor until it is targeted),
      // in a closed disclosure, or clipped to nothing by a box of a pixel.
      if (!text || parent.closest('[hidden], .visually-hidden, [aria-hidden="true"] desc') || !parent.checkVisibility({ visibilityProperty: true }) || clippedAway(parent)) continue;
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
  }, selector);
}
