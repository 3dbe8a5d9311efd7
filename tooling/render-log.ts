/** Reading Astro's build log: which files a build rendered and which an incremental build copied from its cache. */

/** The files a build rendered, and those it reused unchanged, relative to its output folder (`people/x/index.html`, `data/statements.json`). */
export interface RenderLog {
  rendered: string[];
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
  const log: RenderLog = { rendered: [], reused: [] };
  for (const line of output.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
    const m = LINE.exec(line);
    if (m) (m[2].startsWith('+') ? log.rendered : log.reused).push(outputFile(m[1]));
  }
  return log;
}
