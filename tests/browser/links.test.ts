import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowserOn } from '../support/browser.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

/** What a reader sees after following a link to `#id`: is it the target, on screen below any sticky header, highlighted? */
async function landing(page: Page, id: string) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return { found: false, target: false, onScreen: false, highlighted: false };
    // An alias wraps the statement: the highlight shows on the statement inside it.
    const shown = el.matches('.st-alias') ? (el.querySelector('.st, .card') as HTMLElement) : el;
    const probe = document.createElement('div');
    probe.style.background = 'var(--target-bg)';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).backgroundColor;
    probe.remove();
    // Whatever stays on screen at the top (a sticky or fixed header) must not hide the passage.
    const bars = [...document.querySelectorAll('body > *, body > * > *')].filter((x) => /sticky|fixed/.test(getComputedStyle(x).position));
    const covered = Math.max(0, ...bars.map((x) => x.getBoundingClientRect().bottom));
    // The highlight's outline (width + offset) must be on screen too, not cut off at the top.
    const style = getComputedStyle(shown);
    const outline = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const top = shown.getBoundingClientRect().top - outline;
    return { found: true, target: el.matches(':target'), onScreen: top >= covered - 0.5 && top < innerHeight, highlighted: getComputedStyle(shown).backgroundColor === highlight };
  }, id);
}

/** Follows a link to `url`: a page load, or a jump within the page already open. */
async function follow(page: Page, url: string, id: string) {
  await page.goto(url, { waitUntil: 'load' });
  return landing(page, id);
}

for (const site of [SITES.root, SITES.sub, SITES.fixture]) {
  describe(`links to quotes on the ${site.name} build (base ${site.base}) in Chromium`, () => {
    const catalog = siteCatalog(site);
    const env = useBrowserOn(site);

    it('lands on and highlights every statement, former id and paragraph, with JavaScript off', async () => {
      const links: { path: string; id: string }[] = [];
      for (const s of catalog.statements) {
        for (const id of [s.id, ...s.data.aliases]) {
          links.push({ path: `/stories/${s.article.id}/`, id: `q-${id}` });
          if (s.speaker.type === 'person') links.push({ path: `/people/${s.speaker.id}/`, id: `q-${id}` });
        }
      }
      for (const a of catalog.articles.values()) for (const b of a.text.blocks) links.push({ path: `/stories/${a.id}/`, id: `p-${b.n}` });
      expect(links.length).toBeGreaterThan(catalog.statements.length);
      // Reduced motion makes the jump instant, so the position is final when measured (smooth scrolling has its own test).
      const context = await newContext(env.browser, { javaScriptEnabled: false, reducedMotion: 'reduce', viewport: { width: 375, height: 700 } });
      const page = await context.newPage();
      const failed: string[] = [];
      for (const { path, id } of links) {
        const seen = await follow(page, env.served.at(`${path}#${id}`), id);
        if (!seen.found || !seen.target || !seen.onScreen || !seen.highlighted) failed.push(`${path}#${id}: ${JSON.stringify(seen)}`);
      }
      await context.close();
      expect(failed).toEqual([]);
    });

    it('highlights only the statement linked to', async () => {
      // The first and the last statement: neither holds the other.
      const [first, second] = [catalog.statements[0], catalog.statements.at(-1)!];
      const context = await newContext(env.browser, { javaScriptEnabled: false, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await follow(page, env.served.at(`/stories/${first.article.id}/#q-${first.id}`), `q-${first.id}`);
      expect((await landing(page, `q-${first.id}`)).highlighted).toBe(true);
      expect((await landing(page, `q-${second.id}`)).highlighted).toBe(false);
      await context.close();
    });

    it('scrolls smoothly only when the reader has not asked for reduced motion', async () => {
      for (const reducedMotion of ['reduce', 'no-preference'] as const) {
        const context = await newContext(env.browser, { reducedMotion });
        const page = await context.newPage();
        await page.goto(env.served.at('/'));
        const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
        expect(behaviour).toBe(reducedMotion === 'reduce' ? 'auto' : 'smooth');
        await context.close();
      }
    });

    it('copies each statement\'s absolute permalink, and cites it, from controls named for the speaker', async () => {
      const context = await newContext(env.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      for (const article of catalog.articles.values()) {
        await page.goto(env.served.at(`/stories/${article.id}/`));
        for (const s of catalog.statements.filter((x) => x.article.id === article.id)) {
          const what = `${s.speaker.name}’s ${s.data.kind === 'paraphrase' || s.data.kind === 'editorial' ? 'reported words' : 'quotation'} (statement ${s.number})`;
          const permalink = `${site.siteUrl}${site.base}stories/${article.id}/#q-${s.id}`;
          // The controls open from the statement's note: its "Cite" disclosure holds the permalink, Copy link and the citation.
          const cite = page.getByRole('group').filter({ has: page.getByText(`Cite ${what}`, { exact: true }) });
          await page.getByText(`Cite ${what}`, { exact: true }).click();
          expect(await cite.getByRole('link', { name: `Permalink to ${what}`, exact: true }).getAttribute('href'), s.id).toBe(`#q-${s.id}`);
          const copy = cite.getByRole('button', { name: `Copy link to ${what}`, exact: true });
          await copy.click();
          await expect.poll(clipboard).toBe(permalink);
          await expect.poll(() => copy.locator('xpath=following-sibling::*[@role="status"][1]').textContent()).toBe('Link copied');

          const citation = (await cite.locator('.citation').textContent()) ?? '';
          expect(await cite.locator('.citation').isVisible()).toBe(true);
          expect(citation, s.id).toContain(s.speaker.name);
          if (s.speaker.type === 'person' && s.speaker.data.role) expect(citation, s.id).toContain(s.speaker.data.role);
          expect(citation, s.id).toContain(article.data.headline);
          expect(citation, s.id).toContain(permalink);
          const words = s.data.words.replace(/[.,;:]$/, '');
          if (s.data.kind === 'direct' || s.data.kind === 'partial') expect(citation, s.id).toContain(`“${words}”`);
          else expect(citation, s.id).not.toContain(`“${words}”`);
          if (s.data.kind === 'paraphrase') expect(citation, s.id).toMatch(/reporting .* \(a paraphrase, not a quotation\)/);
          await cite.getByRole('button', { name: `Copy citation of ${what}`, exact: true }).click();
          await expect.poll(clipboard).toBe(citation);
        }
      }
      await context.close();
    });
  });
}
