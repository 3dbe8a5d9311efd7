/** Building the site from tests and the bench: the project root, a clean environment for a child build, and `astro build` itself. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '..');

/** The environment of a child build: ours, without the Vite/Vitest variables (BASE_URL=/, MODE=test, NODE_ENV=test) a test runner exports. */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(entry[0]));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** One `astro build`: where it writes, its own cache folder, optionally another config file, and extra environment (CONTENT_DIR, SITE_BASE…). */
export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** `--config <file>`, relative to the root. */
  config?: string;
  env?: Record<string, string>;
}

function astroBuild(opts: BuildOptions): { args: string[]; env: Record<string, string> } {
  return {
    args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(opts.config ? ['--config', opts.config] : [])],
    env: buildEnv({ OUT_DIR: opts.outDir, ASTRO_CACHE_DIR: opts.cacheDir, ...opts.env }),
  };
}

/** Runs `astro build` in a child process and waits for it; returns Astro's output, or throws with it when the build fails. */
export function buildSite(opts: BuildOptions): string {
  const { args, env } = astroBuild(opts);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`astro build into ${opts.outDir} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Starts `astro build` in a child process (stdout and stderr piped) for a caller that watches it run, as the bench does. */
export function startBuild(opts: BuildOptions): ChildProcess {
  const { args, env } = astroBuild(opts);
  return spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}
