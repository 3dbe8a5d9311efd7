import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_CASES, contentCopy, readCases } from '../support/content-cases.ts';
import { BUILDS, CASES_SITE, ROOT, outDir, siteCorpus } from '../support/sites.ts';
import { foldText, page, sitePages } from '../support/html.ts';
import { csvValue, parseCsv } from '../support/csv.ts';
import { buildEnv } from '../../tooling/build.ts';

describe('npm run build on broken content', () => {
  const parent = join(BUILDS, 'broken-build');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('stops before building anything, exits non-zero and prints every problem with file, code, entry and field', () => {
    const cases = readCases(BROKEN_CASES).filter((c) => ['misquote-one-letter', 'unknown-speaker', 'mdx-syntax-error-in-view'].includes(c.name));
    expect(cases).toHaveLength(3);
    const content = contentCopy(parent, cases);
    const out = join(parent, 'dist');
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(parent, 'cache') }),
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('3 content problems found in 3 files; nothing was built');
    for (const c of cases) {
      for (const wanted of c.expect) {
        expect(output).toContain(`.test-builds/broken-build/content/${wanted.file}`);
        expect(output).toContain(`[${wanted.code}]\n  entry: ${wanted.entry}\n  field: ${wanted.field}`);
        expect(output).toContain(wanted.message);
      }
    }
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe('content that must build (tests/fixtures/must-build, all applied to one copy)', () => {
  const dist = outDir(CASES_SITE);
  const corpus = siteCorpus(CASES_SITE);
  const pages = sitePages(dist);
  // Pages are folders with an index.html, except files such as /404.html.
  const html = new Map(pages.map((p) => [p, readFileSync(join(dist, p, p.endsWith('/') ? 'index.html' : ''), 'utf8')]));

  it('builds every page, with every statement on its anchor, in the article\'s words', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const s of corpus.statements) {
      const $ = page(dist, `/stories/${s.data.article}/`);
      const el = $(`#q-${s.id}`);
      expect(el.length, s.id).toBe(1);
      expect(foldText(el.clone().find('.st-pin').remove().end().text()), s.id).toBe(foldText(s.data.words));
    }
  });

  it('keeps the byte-order mark and CRLF out of the pages', () => {
    for (const [path, text] of html) {
      expect(text.includes('\uFEFF'), path).toBe(false);
      expect(text.includes('\r'), path).toBe(false);
    }
  });

  // Each text below is written into a string field by tests/fixtures/must-build/html-looking-text.
  const injected = [
    { text: 'Xiang <b>Haoyu</b>', on: '/people/xiang-haoyu/' },
    { text: '<script>alert(\'note\')</script> <img src=x onerror=alert(1)> & said of China, South Korea and Japan.', on: '/people/lee-jae-myung/' },
    { text: 'Lee & Takaichi </title><script>alert("headline")</script> in Nara', on: '/stories/lee-takaichi-nara-summit/' },
    { text: 'South Korea–Japan summit <i>in Nara</i>', on: '/timeline/' },
    { text: '<script>alert(\'view\')</script> Two postures', on: '/people/xiang-haoyu/' },
    { text: '<a href="javascript:alert(1)">Who</a> said what', on: '/' },
  ];

  it.each(injected)('shows "$text" as text, never as markup', ({ text, on }) => {
    const shownOn = pages.filter((p) => page(dist, p)('body').text().includes(text));
    expect(shownOn.length, `no page shows ${text} as text`).toBeGreaterThan(0);
    expect(shownOn).toContain(on);
  });

  // Written by tests/fixtures/must-build/formula-looking-text: names that a spreadsheet would run as formulas.
  it('exports names that start like formulas to the CSV behind the OWASP prefix, and to the JSON verbatim', () => {
    const rows = parseCsv(readFileSync(join(dist, 'data/statements.csv'), 'utf8'));
    const column = rows[0].indexOf('speaker_name');
    const speakers = new Map([...corpus.people, ...corpus.outlets].map((e) => [e.id, e.data.name]));
    const formulas = corpus.statements.filter((s) => /^[=+\-@\t\r]/.test(speakers.get(s.data.speaker) ?? ''));
    expect(formulas.length, 'the case gives some speakers formula-like names').toBeGreaterThan(0);
    for (const s of formulas) {
      const cell = rows.find((r) => r[0] === s.id)![column];
      expect(cell, s.id).toBe(`'${speakers.get(s.data.speaker)}`);
      expect(csvValue(cell)).toBe(speakers.get(s.data.speaker));
    }
    for (const row of rows.slice(1)) for (const cell of row) expect(cell, row[0]).not.toMatch(/^[=+\-@\t\r]/);
    const json = JSON.parse(readFileSync(join(dist, 'data/people.json'), 'utf8')) as { id: string; name: string }[];
    for (const p of corpus.people) expect(json.find((j) => j.id === p.id)?.name).toBe(p.data.name);
  });

  it('keeps a headline that closes </title> inside the title', () => {
    expect(page(dist, '/stories/lee-takaichi-nara-summit/')('head > title').text()).toContain('Lee & Takaichi </title><script>alert("headline")</script> in Nara');
  });

  // Astro leaves "<" unescaped inside quoted attribute values (aria-label, meta content), which HTML reads as text; so the
  // proof is the parsed page: the words are in its text, and none of the elements they spell exists.
  it('runs none of the injected scripts and creates none of the injected elements', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      // No script that runs carries the injected text; JSON-LD data blocks may carry it as data, but escaped, with no "<"
      // that could close the element early.
      const data = $('script[type="application/ld+json"]');
      expect($('script').not(data).filter((_, el) => $(el).text().includes('alert')).length, path).toBe(0);
      data.each((_, el) => expect($(el).html() ?? '', path).not.toContain('<'));
      expect($('img[onerror], b:contains("Haoyu"), i:contains("in Nara"), a[href^="javascript:"]').length, path).toBe(0);
    }
  });
});
