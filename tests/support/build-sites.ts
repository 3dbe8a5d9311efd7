import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, ROOT, SITES, outDir } from './sites.ts';

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
}

/** Runs `astro build` in a child process with its own output and cache folders; throws with Astro's output on failure. */
export function buildSite(contentDir: string, out: string, env: Record<string, string> = {}) {
  // Vitest exports its own Vite env (BASE_URL=/, MODE=test, NODE_ENV=test) to process.env; a build must not inherit it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...inherited, CONTENT_DIR: contentDir, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`astro build of ${contentDir} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}
