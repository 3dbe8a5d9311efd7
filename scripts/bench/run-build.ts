/** Runs one `astro build` in a child process and measures it: wall time, pages written, peak memory of its process tree. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { startBuild, type BuildOptions } from '../../tooling/build.ts';
import { sitePages } from '../../tooling/pages.ts';
import { phaseLog, renderLog, type Phase } from '../../tooling/build-log.ts';

/** One measured build. */
export interface BuildRun {
  seconds: number;
  pages: number;
  /** Peak resident memory of the build's process tree, in bytes (sampled every 50 ms, and each process's own high-water mark). */
  peakBytes: number;
  /** Files rendered (with the milliseconds each took) and files an incremental build reused, from Astro's log. */
  rendered: { file: string; ms: number }[];
  reused: string[];
  /** The phases the engine logged (none for the bare build). */
  phases: Phase[];
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
export async function runBuild(opts: BuildOptions & { warm?: boolean }): Promise<BuildRun> {
  rmSync(opts.outDir, { recursive: true, force: true });
  if (!opts.warm) rmSync(opts.cacheDir, { recursive: true, force: true });
  const started = performance.now();
  const child = startBuild(opts);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
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
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-20_000)}`);
  const log = renderLog(output);
  return { seconds, pages: sitePages(opts.outDir).length, peakBytes: peak, rendered: log.rendered.map((file, i) => ({ file, ms: log.ms[i] })), reused: log.reused, phases: phaseLog(output) };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
