import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../tooling/build.ts';
import { ROOT } from '../support/sites.ts';

describe('npm run clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clean-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // It also empties the project's generated .astro/ folder, which only a build (the later build project) uses.
  it('empties the build output, Astro cache (incremental manifest included) and share-image cache the build is pointed at, and nothing beside them', () => {
    const folders = { OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache'), SHARE_IMAGE_CACHE: join(dir, 'share-images') };
    const files = [join(folders.OUT_DIR, 'index.html'), join(folders.ASTRO_CACHE_DIR, 'incremental-build.json'), join(folders.SHARE_IMAGE_CACHE, 'x.png')];
    const beside = join(dir, 'content', 'site.yaml');
    for (const file of [...files, beside]) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, 'x');
    }
    const result = spawnSync(process.execPath, ['scripts/clean.ts'], { cwd: ROOT, encoding: 'utf8', env: buildEnv(folders) });
    expect(result.status, result.stderr).toBe(0);
    expect(files.filter(existsSync)).toEqual([]);
    expect(existsSync(beside)).toBe(true);
  }, 30_000);
});
