import { describe, expect, it } from 'vitest';
import { crawlSite } from '../../tooling/crawl.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { isNoticePage, isRedirectPage, sitePages } from '../support/html.ts';
import { SITES, outDir } from '../support/sites.ts';

describe('a crawler over each built site', () => {
  for (const site of Object.values(SITES)) {
    it(`resolves every link, asset and #fragment of the ${site.name} build (base ${site.base}) and reaches every page`, async () => {
      const server = await serveStatic({ [site.base]: outDir(site) });
      try {
        const { pages, broken } = await crawlSite({ origin: server.origin, base: site.base, siteUrl: site.siteUrl });
        expect(broken).toEqual([]);
        // Not reached by links: the 404 page (served for a missing path; tests/build/nginx.test.ts checks it) and a former id's
        // page, which only old links reach (tests/build/publishing.test.ts checks where it sends the reader); nor, always, the
        // notices kept at a withdrawn story's addresses (old links and forwarding anchors reach them: tests/build/newsroom.test.ts).
        const notice = (p: string) => isNoticePage(outDir(site), p);
        expect(pages.filter((p) => !notice(p))).toEqual(sitePages(outDir(site)).filter((p) => p !== '/404.html' && !isRedirectPage(outDir(site), p) && !notice(p)));
      } finally {
        await server.close();
      }
    });
  }
});
