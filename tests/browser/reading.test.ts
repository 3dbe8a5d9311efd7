import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, overlapsOnPages, useBrowserOn } from '../support/browser.ts';
import { SITES, siteCatalog } from '../support/sites.ts';
import { quotePages } from '../../src/model/quote-pages.ts';
import { paths } from '../../src/urls/paths.ts';

/** Where the first paragraph of the article starts, the page's height, and how many characters its lines hold. */
function storyMeasures(page: Page) {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.block--paragraph > p')];
    // The words a reader sees on the lines: not the markers' digits or their screen-reader labels.
    const shownText = (p: HTMLElement) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('.st-pin')) el.remove();
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    };
    // Characters a full line holds: the column's width over the average width of a character of the article's own text,
    // set on one unbroken line in the paragraphs' font.
    const sample = paragraphs.map(shownText).join(' ');
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = sample;
    paragraphs[0].append(probe);
    const perChar = probe.getBoundingClientRect().width / sample.length;
    probe.remove();
    return {
      firstParagraph: paragraphs[0].getBoundingClientRect().top + scrollY,
      height: document.documentElement.scrollHeight,
      charsPerLine: paragraphs[0].getBoundingClientRect().width / perChar,
    };
  });
}

/** Each note of the story with its marker: boxes, and the box of the paragraph they belong to. */
function notesAndMarkers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.block')].flatMap((block) =>
      [...block.querySelectorAll<HTMLElement>('.sidenote')].map((note) => {
        const place = [...note.classList].find((c) => /^sidenote-\d+$/.test(c))!.slice('sidenote-'.length);
        const marker = block.querySelector<HTMLElement>(`.pin-${place}`)!;
        const box = (el: Element) => { const r = el.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right }; };
        return { label: `${block.id} note ${note.querySelector('.num')!.textContent}`, number: note.querySelector('.num')!.textContent, marker: marker.textContent!.replace(/\D.*$/, ''), note: box(note), pin: box(marker), text: box(block.querySelector(':scope > p')!) };
      }),
    ),
  );
}

// The reading design of issue 13, measured on the real story and on the newsroom's: the words first, the apparatus
// beside them. Every expectation comes from the content (its stories and statements), none from a count.
for (const site of [SITES.root, SITES.newsroom]) {
  describe(`reading the ${site.name} build in Chromium`, () => {
    const env = useBrowserOn(site);
    const catalog = siteCatalog(site);
    const stories = [...catalog.articles.values()];
    const quotesIndex = quotePages(catalog).map((p) => paths.quotes(p.current));

    it('starts every article within 450 px on a desktop and 812 px on a phone, in lines of 60 to 75 characters', async () => {
      const problems: string[] = [];
      for (const [width, first] of [[1280, 450], [375, 812]] as const) {
        const context = await newContext(env.browser, { viewport: { width, height: 800 } });
        const page = await context.newPage();
        for (const story of stories) {
          await page.goto(env.served.at(story.path), { waitUntil: 'load' });
          const m = await storyMeasures(page);
          if (m.firstParagraph > first) problems.push(`${story.path} at ${width} px: first paragraph at ${Math.round(m.firstParagraph)} px`);
          if (width === 1280 && m.height > 6000) problems.push(`${story.path} at 1280 px: ${m.height} px tall`);
          if (width === 1280 && !(m.charsPerLine >= 60 && m.charsPerLine <= 75)) problems.push(`${story.path}: ${m.charsPerLine.toFixed(1)} characters a line`);
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    });

    it('puts each note beside its marker at 1280 px, never over another note, and under its paragraph on a phone', async () => {
      const problems: string[] = [];
      for (const width of [1280, 375]) {
        const context = await newContext(env.browser, { viewport: { width, height: 800 } });
        const page = await context.newPage();
        for (const story of stories) {
          await page.goto(env.served.at(story.path), { waitUntil: 'load' });
          const notes = await notesAndMarkers(page);
          expect(notes.length, story.path).toBe(catalog.statements.filter((s) => s.article.id === story.id).length);
          notes.forEach((n, i) => {
            const where = `${story.path} at ${width} px, ${n.label}`;
            if (n.number !== n.marker) problems.push(`${where}: beside marker ${n.marker}`);
            if (width === 375) {
              if (n.note.top < n.text.bottom) problems.push(`${where}: not under its paragraph`);
              return;
            }
            if (n.note.left < n.text.right) problems.push(`${where}: not in the margin`);
            const before = notes[i - 1];
            // Level with its marker's line, unless the note before it reaches down past that line: then just under it.
            const pushed = before && before.note.bottom > n.pin.top - 2;
            if (pushed ? Math.abs(n.note.top - before.note.bottom) > 6 : Math.abs(n.note.top - n.pin.top) > 6) problems.push(`${where}: top ${Math.round(n.note.top)} px, marker at ${Math.round(n.pin.top)} px`);
            if (before && n.note.top < before.note.bottom - 0.5) problems.push(`${where}: over the note before it`);
          });
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    });

    it('highlights a linked quotation and its note together, leaving its quotation marks and marker uncovered', async () => {
      const context = await newContext(env.browser, { reducedMotion: 'reduce' });
      const page = await context.newPage();
      // A statement inside another: the hardest case, two markers side by side.
      const nested = catalog.statements.find((s) => s.mark.parent) ?? catalog.statements[0];
      await page.goto(env.served.at(`${nested.article.path}#q-${nested.id}`), { waitUntil: 'load' });
      const seen = await page.evaluate((id) => {
        const probe = document.createElement('div');
        probe.style.background = 'var(--target-bg)';
        document.body.append(probe);
        const highlight = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const words = document.getElementById(id)!;
        const marker = words.nextElementSibling as HTMLElement;
        const lit = [...document.querySelectorAll('.sidenote')].filter((n) => getComputedStyle(n).backgroundColor === highlight).map((n) => n.querySelector('.num')!.textContent);
        const style = getComputedStyle(words);
        return { words: style.backgroundColor === highlight, outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth), marker: marker.textContent!.replace(/\D.*$/, ''), lit };
      }, `q-${nested.id}`);
      expect(seen).toEqual({ words: true, outline: 0, marker: String(nested.number), lit: [String(nested.number)] });
      await context.close();
    });

    it(`keeps every page of the quotes index within 7,000 px on a phone, with a speaker list and filters by kind that work without JavaScript`, async () => {
      const context = await newContext(env.browser, { viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const path of quotesIndex) {
        await page.goto(env.served.at(path), { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.scrollHeight), path).toBeLessThanOrEqual(7000);
        const speakers = await page.locator('.quote-groups h2').count();
        expect(await page.locator('.jump a[href^="#speaker-"]').count(), path).toBe(speakers);
      }
      // A kind's filter shows that kind's statements and no other.
      await page.goto(env.served.at(quotesIndex[0]), { waitUntil: 'load' });
      for (const link of await page.locator('.kind-filter a[href^="#only-"]').all()) {
        const kind = (await link.getAttribute('href'))!.slice('#only-'.length);
        await link.click();
        const shown = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.card-item')].filter((c) => c.getClientRects().length > 0 && c.checkVisibility({ contentVisibilityAuto: true })).map((c) => [...c.classList].find((k) => k.startsWith('kind-'))));
        expect(shown.length, kind).toBeGreaterThan(0);
        expect(new Set(shown), kind).toEqual(new Set([`kind-${kind}`]));
      }
      await context.close();
    });

    for (const width of [375, 1280]) {
      it(`draws no text over other text on stories, statements, speakers and the quotes index at ${width} px`, async () => {
        const said = catalog.statements;
        const pagesToRead = [...stories.map((a) => a.path), ...quotesIndex, said[0].pagePath, said.at(-1)!.pagePath, ...new Set(said.filter((s) => s.speaker.type === 'person').slice(0, 3).map((s) => s.speaker.path))];
        expect(await overlapsOnPages(env.browser, env.served, pagesToRead, width)).toEqual([]);
      });
    }
  });
}
