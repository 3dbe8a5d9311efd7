/** Runs one `astro build` in a child process and measures it: wall time, pages written, peak memory of its process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sitePages } from '../../tooling/pages.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** One measured build. */
export interface BuildRun {
  seconds: number;
  pages: number;
  /** Peak resident memory of the build's process tree, in bytes (sampled every 50 ms, and each process's own high-water mark). */
  peakBytes: number;
}

/** The environment of a child build: ours, without the Vite/Vitest variables a parent test runner may have exported. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function statusField(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return tree;
}

/**
 * Builds with `astro build` (optionally `--config <file>`), cold: the output and cache folders are emptied first unless `warm`.
 * Throws with Astro's output when the build fails.
 */
export async function runBuild(opts: { outDir: string; cacheDir: string; env?: Record<string, string>; config?: string; warm?: boolean }): Promise<BuildRun> {
  rmSync(opts.outDir, { recursive: true, force: true });
  if (!opts.warm) rmSync(opts.cacheDir, { recursive: true, force: true });
  const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(opts.config ? ['--config', opts.config] : [])];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: opts.outDir, ASTRO_CACHE_DIR: opts.cacheDir, ...opts.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  let peak = 0;
  const sample = () => {
    const tree = processTree(child.pid!);
    const rss = tree.reduce((sum, pid) => sum + statusField(pid, 'VmRSS'), 0);
    const hwm = Math.max(...tree.map((pid) => statusField(pid, 'VmHWM')));
    peak = Math.max(peak, rss, hwm);
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  return { seconds, pages: sitePages(opts.outDir).length, peakBytes: peak };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
