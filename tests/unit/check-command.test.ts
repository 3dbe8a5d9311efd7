import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/sites.ts';

// `node scripts/check-content.ts` run directly, as an editor might from anywhere, on the project's Node.
describe('the content check run directly', () => {
  it('checks the project\u2019s content/ from any folder when CONTENT_DIR is not set', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CONTENT_DIR'));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: tmpdir(), env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Content OK: \d+ article\(s\)/);
  });

  it('reads CONTENT_DIR from the folder it is run in, and explains a folder that does not exist', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: tmpdir(), env: { ...process.env, CONTENT_DIR: 'no-such-content' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[content-folder-missing]');
    expect(run.stderr).toContain('set CONTENT_DIR to a folder holding site.yaml');
  });
});
