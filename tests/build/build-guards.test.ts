/**
 * The build's own guards, with the content check skipped (UNSAFE_SKIP_CONTENT_CHECK=1, read by src/integrations/engine.ts):
 * each hostile body below would write a marker file if MDX compiled and ran it. The remark allowlist inside MDX must stop
 * every one alone, and no marker may exist afterwards. With the check on, the same edits are refused before the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCase, contentCopy, type ContentCase } from '../support/content-cases.ts';
import { BUILDS, ROOT } from '../support/sites.ts';
import { checkContent } from '../../src/integrity/index.ts';
import { buildEnv } from '../../tooling/build.ts';

const parent = join(BUILDS, 'build-guards');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const ARTICLE = 'articles/lee-takaichi-nara-summit.mdx';
const VIEW = 'views/xiang-haoyu.mdx';
const MARK = '<Q id="asahi-lee-met-takaichi">';
const CITE = '<Cite id="xiang-china-first" />';

/** JavaScript that writes the marker file: what an attack would run at build time. */
const write = (marker: string) => `process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;

/** Hostile edits: each puts code where MDX would compile it, in a different form. */
const attacks: { name: string; change: (marker: string) => ContentCase['change']; refused?: RegExp }[] = [
  { name: 'an expression as a mark\'s id', change: (m) => [{ edit: ARTICLE, find: MARK, replace: `<Q id={${write(m)} ?? "asahi-lee-met-takaichi"}>` }] },
  { name: 'a spread attribute on a mark', change: (m) => [{ edit: ARTICLE, find: '<Q id="lee-hand-in-hand">', replace: `<Q {...{ id: "lee-hand-in-hand", x: ${write(m)} }}>` }] },
  { name: 'a second, expression attribute on a citation', change: (m) => [{ edit: VIEW, find: CITE, replace: `<Cite id="xiang-china-first" x={${write(m)}} />` }] },
  { name: 'an export in a view', change: (m) => [{ edit: VIEW, find: 'He also reads meaning', replace: `export const x = ${write(m)}\n\nHe also reads meaning` }] },
  { name: 'an expression in a view\'s text', change: (m) => [{ edit: VIEW, find: 'He also reads meaning', replace: `{${write(m)}} He also reads meaning` }] },
  {
    // Astro's frontmatter ends at the first line starting with "---": what follows it is compiled as the body.
    name: 'an export hidden after a frontmatter line Astro reads as the end',
    change: (m) => [{ edit: ARTICLE, find: 'headlineBy: site', replace: `headlineBy: site\n---x\nexport const y = ${write(m)}\n` }],
    // The content layer reads frontmatter as the check does, so the article is left out and its file never compiled.
    refused: /The collection "articles" does not exist or is empty/,
  },
];

function build(name: string, cases: ContentCase[], env: Record<string, string>) {
  const dir = join(parent, name);
  const content = contentCopy(dir, []);
  for (const c of cases) applyCase(content, c);
  const out = join(dir, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), ...env }),
  });
  return { content, out, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('hostile content never runs at build time', () => {
  it('uses payloads that do write the marker when run (so the tests below can fail)', () => {
    const marker = join(parent, 'control-marker');
    mkdirSync(parent, { recursive: true });
    rmSync(marker, { force: true });
    new Function('process', write(marker))(process);
    expect(existsSync(marker)).toBe(true);
  });

  it.each(attacks.map((a, i) => [a.name, a, i] as const))('the build alone (check skipped) stops %s, and nothing ran', (_, attack, i) => {
    const marker = join(parent, `marker-${i}`);
    rmSync(marker, { force: true });
    const c: ContentCase = { name: `attack-${i}`, title: attack.name, change: attack.change(marker), expect: [] };
    const result = build(`skipped-${i}`, [c], { UNSAFE_SKIP_CONTENT_CHECK: '1' });
    expect(result.output).toContain('UNSAFE_SKIP_CONTENT_CHECK=1');
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(attack.refused ?? /holds what content may never hold, so it was not compiled/);
    expect(existsSync(marker), 'the payload ran during the build').toBe(false);
    expect(existsSync(join(result.out, 'index.html'))).toBe(false);
  });

  it('the check refuses every one of them together, before the build starts, and nothing ran', () => {
    const markers = attacks.map((_, i) => join(parent, `checked-marker-${i}`));
    const cases = attacks.map((a, i): ContentCase => ({ name: `attack-${i}`, title: a.name, change: a.change(markers[i]), expect: [] }));
    const result = build('checked', cases, {});
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('nothing was built');
    const refused = checkContent(result.content, ROOT).issues.map((issue) => issue.code);
    expect(refused).toEqual(expect.arrayContaining(['allowlist', 'frontmatter-delimiter']));
    for (const marker of markers) expect(existsSync(marker), marker).toBe(false);
  });

  it('the build alone refuses a body nested deeper than the limit, with a message instead of a crash', () => {
    const c: ContentCase = {
      name: 'deep',
      title: 'emphasis nested 400 deep in a view',
      change: [
        { edit: VIEW, find: 'He also reads meaning', replace: 'OPEN He also reads meaning CLOSE' },
        { edit: VIEW, find: 'OPEN ', replace: '*a ', repeat: 400 },
        { edit: VIEW, find: ' CLOSE', replace: ' a*', repeat: 400 },
      ],
      expect: [],
    };
    const result = build('deep', [c], { UNSAFE_SKIP_CONTENT_CHECK: '1' });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('markup nested more than');
  });
});
