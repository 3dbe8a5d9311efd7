import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { textOverlaps } from '../../tooling/text-overlap.ts';
import { serveStatic, type StaticServer } from '../../tooling/static-server.ts';
import { outDir, ROOT, type SiteBuild } from './sites.ts';

/** Where the tests write page screenshots for review (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** A built test site served over HTTP as a static host would, under its base. */
export interface ServedSite {
  site: SiteBuild;
  server: StaticServer;
  /** The URL of a site path (`/people/x/#q-y`), base included. */
  at(path: string): string;
}

/** Serves one of the test builds (made by the global setup) under its base. */
export async function serveSite(site: SiteBuild): Promise<ServedSite> {
  const server = await serveStatic({ [site.base]: outDir(site) });
  return { site, server, at: (path) => `${server.origin}${site.base.replace(/\/$/, '')}${path}` };
}

/** For the enclosing `describe`: launches Chromium and serves `site` before its tests, and stops both after. */
export function useBrowserOn(site: SiteBuild): { readonly browser: Browser; readonly served: ServedSite } {
  const state = {} as { browser: Browser; served: ServedSite };
  beforeAll(async () => {
    state.browser = await launchChromium();
    state.served = await serveSite(site);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.served?.server.close();
  });
  return state;
}

/** What went wrong while a page was open: console errors, failed requests, requests leaving the site. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

/** Records console errors, page errors, failed or non-2xx/3xx requests, and any request that leaves the served site. */
export function watchPage(page: Page, served: ServedSite): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], externalRequests: [] };
  const inside = served.at('/');
  // Chromium asks for /favicon.ico on its own when a page names no icon; that request is the browser's, not the page's.
  const byBrowser = (url: string) => new URL(url).pathname === '/favicon.ico';
  page.on('console', (message) => {
    if (message.type() === 'error' && !byBrowser(message.location().url || 'http://x/')) problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(inside) && !url.startsWith('data:') && !byBrowser(url)) problems.externalRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    if (!byBrowser(request.url())) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !byBrowser(response.url())) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/** A fresh browser context (cookies, clipboard, settings) with the given options. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/** A file name for a site path: `/people/x/` → `people-x`. */
export function slug(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The axe-core violations of WCAG 2.2 A and AA on a page as it is now, one line each (rule, then where). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block the injected checker.
  await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run({ runOnly: { type: 'tag', values: tags } }), WCAG_22_AA);
  return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Text drawn over other text on each of `paths`, opened at `width` px (tooling/text-overlap.ts): every hit as
 * `path: "a" over "b"`. Fails on a page with too little text measured to mean anything.
 */
export async function overlapsOnPages(browser: Browser, served: ServedSite, paths: readonly string[], width: number): Promise<string[]> {
  const context = await newContext(browser, { viewport: { width, height: 800 } });
  const page = await context.newPage();
  const overlaps: string[] = [];
  try {
    for (const path of paths) {
      await page.goto(served.at(path), { waitUntil: 'load' });
      const found = await textOverlaps(page);
      expect(found.count, path).toBeGreaterThan(5);
      for (const hit of found.hits) overlaps.push(`${path}: ${hit}`);
    }
  } finally {
    await context.close();
  }
  return overlaps;
}
