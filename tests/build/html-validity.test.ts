import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../support/html.ts';
import { ROOT, SITES, outDir } from '../support/sites.ts';

// The Nu Html Checker (vnu-jar's jar, run with the machine's Java; its own Java downloader is not allowed to run).
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

describe('the Nu Html Checker', () => {
  const files = Object.values(SITES).flatMap((site) => sitePages(outDir(site)).map((path) => join(outDir(site), path, 'index.html')));
  // One run over every file: its time grows with the pages of the test builds.
  it('finds no error in any page of any test build (one run over every file)', () => {
    expect(files.length).toBeGreaterThan(30);
    const run = spawnSync(process.env.JAVA ?? 'java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java could not be started: install a Java runtime (default-jre-headless)').toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${relative(ROOT, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, Math.max(60_000, files.length * 400));
});
