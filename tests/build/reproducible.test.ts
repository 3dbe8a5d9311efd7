import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../tooling/build.ts';
import { distDifferences } from '../../tooling/dist-diff.ts';
import { builtFiles } from '../../tooling/pages.ts';
import { BUILDS, ROOT, SITES } from '../support/sites.ts';
import { overlayContent } from '../support/newsroom.ts';

// Two cold builds (own output, Astro cache and share-image cache each) of the newsroom's stories, from two copies of the
// content in different folders: whatever differs is a timestamp, a random id, an unstable order or a leaked path.
describe('a build is reproducible', () => {
  const parent = join(BUILDS, 'reproducible');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('two cold builds of the same content give byte-identical dist/ folders', () => {
    rmSync(parent, { recursive: true, force: true });
    const first = join(parent, 'first');
    overlayContent(ROOT, join(ROOT, SITES.newsroom.overlay), join(first, 'content'));
    const second = join(parent, 'second');
    cpSync(join(first, 'content'), join(second, 'content'), { recursive: true });
    for (const dir of [first, second]) {
      const env = { CONTENT_DIR: join(dir, 'content'), SITE_BASE: '/', SITE_URL: SITES.newsroom.siteUrl, SHARE_IMAGE_CACHE: join(dir, 'share-images') };
      buildSite({ outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), env });
    }
    // Both builds made a whole site, share images and search index included, so that "no difference" means something.
    const files = builtFiles(join(first, 'dist'));
    for (const kind of [/\.html$/, /^share\/.+\.png$/, /^pagefind\/.+\.pf_fragment$/, /^sitemap-0\.xml$/, /^feed\.xml$/]) expect(files.some((f) => kind.test(f)), String(kind)).toBe(true);
    expect(distDifferences(join(first, 'dist'), join(second, 'dist'))).toEqual([]);
  }, 180_000);
});
