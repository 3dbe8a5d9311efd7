import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN, siteUrlWarning } from '../../src/urls/deploy.ts';
import { runConfigSetup } from '../support/engine.ts';

/** What the engine warns at config time with `SITE_URL` set to `value` (or unset), as `astro <command>` runs it. */
function warnings(value: string | undefined, command: 'build' | 'dev' = 'build'): string[] {
  const saved = process.env.SITE_URL;
  if (value === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = value;
  try {
    return runConfigSetup(command);
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
}

describe('a build without SITE_URL', () => {
  it('warns that canonicals and citations will say localhost, and how to set SITE_URL', () => {
    const warned = warnings(undefined);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain(PREVIEW_ORIGIN);
    expect(warned[0]).toMatch(/canonical/);
    expect(warned[0]).toMatch(/citations/);
    expect(warned[0]).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
    expect(siteUrlWarning({ SITE_URL: '  ' })).toBe(warned[0]);
  });

  it('says nothing when SITE_URL is set, or when the dev server runs on localhost', () => {
    expect(warnings('https://news.example.org')).toEqual([]);
    expect(warnings(undefined, 'dev')).toEqual([]);
  });
});
