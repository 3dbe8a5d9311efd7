/** Page loads for the bench: a cold load on an emulated slow phone network, with bytes, requests and largest contentful paint. */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../../tooling/static-server.ts';

/** The network and CPU every page load is measured on: a slow 4G phone (the figures Lighthouse uses for mobile). */
export const SLOW_PHONE = { latencyMs: 150, downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8, uploadBytesPerSecond: (750 * 1024) / 8, cpuSlowdown: 4 } as const;

/** One measured page load. */
export interface PageLoad {
  /** Largest contentful paint, ms after navigation start. */
  lcpMs: number;
  /** Bytes the server sent (brotli where the type compresses). */
  bytes: number;
  /** Requests the server answered. */
  requests: number;
  /** Requests to other origins, blocked. */
  blocked: string[];
}

/** Loads `url` cold (new context, no cache) at 375 px on the slow-phone profile, waits for the network to go idle, reads LCP. */
export async function measureLoad(browser: Browser, server: StaticServer, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(server.origin)) return route.continue();
    blocked.push(target);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadBytesPerSecond,
    uploadThroughput: SLOW_PHONE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  server.reset();
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  // LCP is final at the first input or when the page is hidden; a short settle lets late renders (script-drawn pages) report.
  await page.waitForTimeout(500);
  const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
  const load = { lcpMs, bytes: server.sent.bytes, requests: server.sent.requests, blocked };
  await context.close();
  return load;
}
