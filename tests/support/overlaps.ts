import type { Page } from 'playwright-core';

/**
 * Every pair of visible text runs in <main> drawn over each other on the page as it is now (HTML text by its line boxes,
 * SVG text by its box), as `"a" over "b"`, and how many runs were looked at.
 */
export function textOverlaps(page: Page): Promise<{ hits: string[]; count: number }> {
  return page.evaluate(() => {
    const boxes: { text: string; r: DOMRect }[] = [];
    // Text clipped to nothing (the visually-hidden pattern, whatever its class) or inside a closed disclosure is not drawn.
    const clippedAway = (el: Element) => {
      for (let at: Element | null = el; at && at.tagName !== 'MAIN'; at = at.parentElement) if (getComputedStyle(at).clipPath === 'inset(50%)') return true;
      return false;
    };
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement!;
      // `visibility: hidden` (a forwarding anchor until a link lands on it) is not drawn either.
      if (!text || parent.closest('[hidden], .visually-hidden, [aria-hidden="true"] desc, details:not([open]) > :not(summary)') || clippedAway(parent) || getComputedStyle(parent).visibility === 'hidden') continue;
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
}
