import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../support/html.ts';
import { ROOT, SITES, outDir } from '../support/sites.ts';

// The Nu Html Checker (vnu-jar's jar, run with the machine's Java; its own Java downloader is not allowed to run).
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

type Message = { type: string; url?: string; lastLine?: number; lastColumn?: number; message: string };

/** The CSS declaration a message points at: its line of the file, from the last `{` or `;` before the column to it. */
function declarationAt(m: Message): string {
  const line = readFileSync(new URL(m.url!), 'utf8').split('\n')[(m.lastLine ?? 1) - 1] ?? '';
  const before = line.slice(0, m.lastColumn ?? 0);
  return before.slice(Math.max(before.lastIndexOf('{'), before.lastIndexOf(';')) + 1);
}

/**
 * The checker's CSS validator predates CSS Anchor Positioning (in every major browser since 2026), which places a
 * story's notes beside their markers: it knows neither `anchor-name` nor `anchor-scope`, nor `anchor()` in an inset.
 * Those messages, and only those, are not errors of the page.
 */
function unknownAnchorPositioning(m: Message): boolean {
  if (/^CSS: “anchor-(name|scope)”: Property “anchor-(name|scope)” doesn't exist\.$/.test(m.message)) return true;
  return /^CSS: “(top|right|bottom|left)”: Parse Error\.$/.test(m.message) && /^\s*(top|right|bottom|left):.*\banchor\(/.test(declarationAt(m));
}

describe('the Nu Html Checker', () => {
  const files = Object.values(SITES).flatMap((site) => sitePages(outDir(site)).map((path) => join(outDir(site), path, 'index.html')));
  // One run over every file: its time grows with the pages of the test builds.
  it('finds no error in any page of any test build (one run over every file)', () => {
    expect(files.length).toBeGreaterThan(30);
    const run = spawnSync(process.env.JAVA ?? 'java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java could not be started: install a Java runtime (default-jre-headless)').toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout) as { messages: Message[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .filter((m) => !unknownAnchorPositioning(m))
      .map((m) => `${relative(ROOT, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
    // The checker exits 1 on any error, those set aside included.
    expect(run.status).toBe(report.messages.some(unknownAnchorPositioning) ? 1 : 0);
  }, Math.max(60_000, files.length * 400));
});
