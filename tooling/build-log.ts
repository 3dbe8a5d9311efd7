/** Reading Astro's build log: which files a build rendered and which an incremental build copied from its cache, and the phases the engine timed. */

/** The files a build rendered, and those it reused unchanged, relative to its output folder (`people/x/index.html`, `data/statements.json`). */
export interface RenderLog {
  rendered: string[];
  /** Milliseconds each rendered file took, in the order of `rendered`. */
  ms: number[];
  reused: string[];
}

// Astro logs each file it generates as `├─ <file> (+12ms)`, or `├─ <file> (restored)` / `(cached)` when the incremental
// build skipped it; colours are stripped first.
const LINE = /├─ (\S+) \((\+[^)]*|restored|cached)\)/;

/** A file as Astro's log names it (`/people/x/index.html`, an endpoint as `/data/statements.json/`), relative to the output folder. */
function outputFile(logged: string): string {
  return logged.replace(/^\//, '').replace(/\/$/, '');
}

/** Which files a build's log says it rendered and which it reused. */
export function renderLog(output: string): RenderLog {
  const log: RenderLog = { rendered: [], ms: [], reused: [] };
  for (const line of output.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    if (!m[2].startsWith('+')) log.reused.push(outputFile(m[1]));
    else {
      log.rendered.push(outputFile(m[1]));
      // Astro writes `+12ms` or `+1.16s`.
      log.ms.push(Number.parseFloat(m[2].slice(1)) * (m[2].endsWith('ms') ? 1 : 1000));
    }
  }
  return log;
}

/** One phase of a build as the engine logs it (src/integrations/build-phases.ts). */
export interface Phase {
  name: string;
  ms: number;
  /** The build process's peak resident memory when the phase ended. */
  peakMiB: number;
}

/** The phases a build's log reports, in order. */
export function phaseLog(output: string): Phase[] {
  return [...output.replace(/\u001b\[[0-9;]*m/g, '').matchAll(/phase ([^:\n]+): (\d+) ms, peak (\d+) MiB/g)].map((m) => ({ name: m[1], ms: Number(m[2]), peakMiB: Number(m[3]) }));
}
