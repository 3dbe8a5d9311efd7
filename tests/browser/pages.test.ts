import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, axeViolations, newContext, slug, useBrowserOn, watchPage } from '../support/browser.ts';
import { isRedirectPage, page as builtPage, sitePages } from '../support/html.ts';
import { SITES, outDir } from '../support/sites.ts';


// Every page of every test build, served over HTTP under its base, as a reader's browser receives it.
for (const site of [SITES.root, SITES.sub, SITES.fixture, SITES.newsroom]) {
  describe(`every page of the ${site.name} build (base ${site.base}) in Chromium`, () => {
    // A former id's page navigates away at once (meta refresh), so it is checked for where it lands, below.
    const all = sitePages(outDir(site));
    const pages = all.filter((p) => !isRedirectPage(outDir(site), p));
    const redirects = all.filter((p) => isRedirectPage(outDir(site), p));
    const env = useBrowserOn(site);
    // Each test visits every page (the screenshots three times over): its time grows with the number of pages.
    const perPage = (ms: number) => Math.max(120_000, pages.length * ms);

    it.runIf(redirects.length > 0)('sends the reader on from a former id\'s page to the current one', async () => {
      const context = await newContext(env.browser);
      const tab = await context.newPage();
      for (const path of redirects) {
        const target = builtPage(outDir(site), path)('link[rel="canonical"]').attr('href')!;
        await tab.goto(env.served.at(path));
        await tab.waitForURL((u) => u.pathname === new URL(target).pathname, { timeout: 5000 });
      }
      await context.close();
    });

    it('loads with no console error, no failed request, no request leaving the site and no horizontal scroll at 320 px', async () => {
      expect(pages.length).toBeGreaterThan(5);
      const context = await newContext(env.browser, { viewport: { width: 320, height: 640 } });
      const problems: string[] = [];
      for (const path of pages) {
        const page = await context.newPage();
        const seen = watchPage(page, env.served);
        await page.goto(env.served.at(path), { waitUntil: 'load' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${path}: ${overflow}px of horizontal scroll at 320 px`);
        for (const [kind, list] of Object.entries(seen)) for (const item of list) problems.push(`${path}: ${kind}: ${item}`);
        await page.close();
      }
      await context.close();
      expect(problems).toEqual([]);
    }, perPage(1_000));

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe-core violation of WCAG 2.2 A and AA in ${colorScheme} mode`, async () => {
        const context = await newContext(env.browser, { colorScheme });
        const page = await context.newPage();
        const violations: string[] = [];
        for (const path of pages) {
          await page.goto(env.served.at(path), { waitUntil: 'load' });
          for (const v of await axeViolations(page)) violations.push(`${path}: ${v}`);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        }
        await context.close();
        expect(violations).toEqual([]);
      }, perPage(2_000));
    }

    it('shows all of its text with JavaScript disabled', async () => {
      const context = await newContext(env.browser, { javaScriptEnabled: false });
      const page = await context.newPage();
      const missing: string[] = [];
      for (const path of pages) {
        await page.goto(env.served.at(path), { waitUntil: 'load' });
        const { shown, all } = await page.evaluate(() => {
          // A reader opens every <details> by clicking its summary; no script is needed for that.
          for (const d of document.querySelectorAll('details')) d.open = true;
          const copy = document.body.cloneNode(true) as HTMLElement;
          // Not text for readers: scripts and styles; controls that only JavaScript can make work, hidden until it runs; and
          // forwarding anchors, shown only to a reader an old link lands on (tests/browser/forwards.test.ts follows them).
          for (const el of copy.querySelectorAll('script, style, template, [hidden], .forward')) el.remove();
          return { shown: document.body.innerText, all: copy.textContent ?? '' };
        });
        // innerText applies text-transform and line breaks; compare the letters alone.
        const letters = (text: string) => text.replace(/\s+/g, '').toLowerCase();
        if (letters(shown) !== letters(all)) missing.push(path);
      }
      await context.close();
      expect(missing).toEqual([]);
    }, perPage(1_000));

    // The sub build is the same content under /news/: its screenshots would repeat the root build's.
    if (site.name !== 'sub') it('writes a screenshot of each page at 375 px and 1280 px, in light and dark mode', async () => {
      const folder = join(SCREENSHOTS, site.name);
      mkdirSync(folder, { recursive: true });
      const written: string[] = [];
      for (const [width, colorScheme] of [[375, 'light'], [1280, 'light'], [375, 'dark']] as const) {
        const context = await newContext(env.browser, { viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(env.served.at(path), { waitUntil: 'load' });
          const file = join(folder, `${slug(path)}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
        }
        await context.close();
      }
      expect(written).toHaveLength(pages.length * 3);
    }, perPage(4_000));
  });
}
