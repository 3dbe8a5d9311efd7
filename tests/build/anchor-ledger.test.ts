import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorKey, anchorsMissing, parseLedger, publishedAnchors, readLedger, type Anchor } from '../../src/integrity/anchor-ledger.ts';
import { page, sitePages } from '../support/html.ts';
import { ROOT, SITES, outDir, siteCorpus } from '../support/sites.ts';

/** Every permanent anchor (`q-`, `p-`, `e-` ids) in a built site, page by page. */
function builtAnchors(dist: string): Anchor[] {
  return sitePages(dist).flatMap((path) => {
    const $ = page(dist, path);
    return $('[id^="q-"], [id^="p-"], [id^="e-"]').map((_, el) => ({ path, id: $(el).attr('id')! })).get();
  });
}

describe('the anchor ledger of each content folder', () => {
  for (const site of [SITES.root, SITES.fixture, SITES.newsroom]) {
    const dir = join(ROOT, site.contentDir);
    const built = builtAnchors(outDir(site));

    it(`knows exactly the anchors the ${site.name} build renders`, () => {
      const corpus = siteCorpus(site);
      expect(built.length).toBeGreaterThan(10);
      expect(publishedAnchors(corpus).map(anchorKey).sort()).toEqual(built.map(anchorKey).sort());
    });

    it(`lists every anchor of the ${site.name} build (run \`npm run anchors:update\` when this fails)`, () => {
      expect(anchorsMissing(built, parseLedger(readLedger(dir))).map(anchorKey)).toEqual([]);
    });
  }
});
