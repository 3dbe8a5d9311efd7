import { describe, expect, it } from 'vitest';
import { crawlSite } from '../support/crawl.ts';
import { sitePages } from '../support/html.ts';
import { SITES, outDir } from '../support/sites.ts';

describe('a crawler over each built site', () => {
  for (const site of Object.values(SITES)) {
    it(`resolves every link, asset and #fragment of the ${site.name} build (base ${site.base}) and reaches every page`, () => {
      const { reached, broken } = crawlSite(outDir(site), site.base);
      expect(broken).toEqual([]);
      expect(reached).toEqual(sitePages(outDir(site)));
    });
  }
});
