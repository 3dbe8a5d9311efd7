import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, CASES_SITE, NO_IMAGES_SITE, ROOT, SITES, outDir } from './sites.ts';
import { MUST_BUILD_CASES, contentCopy, readCases } from './content-cases.ts';

// The `build` and `browser` projects both name this setup; vitest runs it once per project, in one process.
const BUILT = Symbol.for('quote-anchored-news.test-builds');

/** Vitest global setup: builds each test site once per run, one after another (builds share `.astro/`). */
export default function setup() {
  if (process.env.SKIP_TEST_BUILDS === '1') return;
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  state[BUILT] = true;
  rmSync(BUILDS, { recursive: true, force: true });
  for (const site of Object.values(SITES)) buildSite(site.contentDir, outDir(site), { SITE_BASE: site.base, SITE_URL: site.siteUrl });
  contentCopy(join(ROOT, CASES_SITE.contentDir, '..'), readCases(MUST_BUILD_CASES));
  buildSite(CASES_SITE.contentDir, outDir(CASES_SITE), { SITE_BASE: CASES_SITE.base, SITE_URL: CASES_SITE.siteUrl });
  buildSite(NO_IMAGES_SITE.contentDir, outDir(NO_IMAGES_SITE), { SITE_BASE: NO_IMAGES_SITE.base, SITE_URL: NO_IMAGES_SITE.siteUrl, SHARE_IMAGES: 'off' });
}

/** The environment for a child build: Vitest exports its own Vite env (BASE_URL=/, MODE=test, NODE_ENV=test), which a build must not inherit. */
export function buildEnv(env: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env } as Record<string, string>;
}

/** Runs `astro build` in a child process with its own output and cache folders; throws with Astro's output on failure. */
export function buildSite(contentDir: string, out: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache`, ...env }),
  });
  if (result.status !== 0) throw new Error(`astro build of ${contentDir} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}
