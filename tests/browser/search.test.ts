import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES, outDir, siteCorpus } from '../support/sites.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';

const site = SITES.sub;
const corpus = siteCorpus(site);
let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(outDir(site), site.base);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('search in a real browser, under /news/', () => {
  it('finds a statement by its words and links to its page', async () => {
    const target = corpus.statements.find((s) => s.data.kind === 'direct' && s.data.words.split(' ').length > 8)!;
    const phrase = target.data.words.split(' ').slice(2, 6).join(' ').replace(/[^\w\s-]/g, '');
    const pg = await browser.newPage();
    await pg.goto(`${nginx.origin}${site.base}search/`);
    await expect.poll(() => pg.locator('.search-nojs').isHidden()).toBe(true);
    await pg.fill('input[name="q"]', phrase);
    await pg.press('input[name="q"]', 'Enter');
    const link = pg.locator(`.search-results a[href="${site.base}quotes/${target.id}/"]`);
    await link.waitFor({ timeout: 20_000 });
    expect(await pg.locator('.search-status').textContent()).toMatch(/found for/);
    // The result is titled by who said it and the words it begins with.
    const speaker = corpus.people.find((p) => p.id === target.data.speaker)!.data.name;
    expect(await link.textContent()).toContain(`${speaker}: “${target.data.words.split(' ').slice(0, 3).join(' ')}`);
    expect(pg.url()).toContain(`?q=${encodeURIComponent(phrase).replace(/%20/g, '+')}`);
    await link.click();
    await pg.waitForURL(`**${site.base}quotes/${target.id}/`);
    expect(await pg.locator('h1').textContent()).toContain('Statement by');
  });

  it('without JavaScript, points to the quotes index', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const pg = await ctx.newPage();
    await pg.goto(`${nginx.origin}${site.base}search/`);
    const fallback = pg.locator(`.search-nojs a[href="${site.base}quotes/"]`);
    expect(await fallback.isVisible()).toBe(true);
    await ctx.close();
  });
});
