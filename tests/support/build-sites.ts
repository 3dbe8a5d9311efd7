import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../tooling/build.ts';
import { BUILDS, CASES_SITE, NO_IMAGES_SITE, ROOT, SITES, outDir, type SiteBuild } from './sites.ts';
import { MUST_BUILD_CASES, contentCopy, readCases } from './content-cases.ts';
import { DRAFTED_SITE, prepareDraftedStory } from './drafted-story.ts';

// The `build` and `browser` projects both name this setup; vitest runs it once per project, in one process.
const BUILT = Symbol.for('quote-anchored-news.test-builds');

/** Vitest global setup: builds each test site once per run, one after another (builds share `.astro/`). */
export default function setup() {
  if (process.env.SKIP_TEST_BUILDS === '1') return;
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  state[BUILT] = true;
  rmSync(BUILDS, { recursive: true, force: true });
  for (const site of Object.values(SITES)) buildTestSite(site);
  contentCopy(join(ROOT, CASES_SITE.contentDir, '..'), readCases(MUST_BUILD_CASES));
  buildTestSite(CASES_SITE);
  buildTestSite(NO_IMAGES_SITE, { SHARE_IMAGES: 'off' });
  prepareDraftedStory();
  buildTestSite(DRAFTED_SITE, { SHARE_IMAGES: 'off' });
}

/** Builds a test site into its output folder, with its own cache folder beside it. */
function buildTestSite(site: SiteBuild, env: Record<string, string> = {}): void {
  const out = outDir(site);
  buildSite({ outDir: out, cacheDir: `${out}-cache`, env: { CONTENT_DIR: site.contentDir, SITE_BASE: site.base, SITE_URL: site.siteUrl, ...env } });
}
