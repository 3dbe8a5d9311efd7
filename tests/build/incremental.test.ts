import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildSite } from '../../tooling/build.ts';
import { distDifferences } from '../../tooling/dist-diff.ts';
import { renderLog, type RenderLog } from '../../tooling/build-log.ts';
import { BUILDS, ROOT, SITES } from '../support/sites.ts';

// An incremental build (`npm run build` after an edit, with the cache of the build before) must give the same dist/ as a
// cold build of the same content, after each kind of edit an editor makes. The content is the newsroom (the real story
// and the fixture stories) without one of its stories, which an edit adds later; its ledger is the real content's, since
// the edits move the fixture stories' anchors on purpose. Edits are applied one after another, each checked.
const parent = join(BUILDS, 'incremental');
const content = join(parent, 'content');
const overlay = join(ROOT, SITES.newsroom.overlay);
const LATER = { article: 'brennmoor-river-reopens', files: ['articles/brennmoor-river-reopens.mdx', 'articles/brennmoor-river-reopens.source.txt', 'events/varga-televised-address.yaml', 'statements/stenholm-clean-up-took-longer.yaml', 'statements/varga-brenn-is-clean.yaml'] };
const STATEMENT = { id: 'erlund-ran-blue', article: 'brennmoor-river-dye' };

// Share images are content-addressed: one cache serves every build here, cold ones included (Astro's own cache is not shared).
const env = { CONTENT_DIR: content, SITE_BASE: '/', SITE_URL: SITES.newsroom.siteUrl, SHARE_IMAGE_CACHE: join(parent, 'share-images') };
const incremental = { outDir: join(parent, 'incremental'), cacheDir: join(parent, 'incremental-cache'), env };
const cold = { outDir: join(parent, 'cold'), cacheDir: join(parent, 'cold-cache'), env };

function replaceIn(file: string, find: string, replace: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(find)) throw new Error(`${file} no longer holds ${JSON.stringify(find)}: update this test`);
  writeFileSync(path, text.replace(find, replace));
}

/** The words of a statement changed alike in its file, the article's body and the source text, and the source re-pinned (`npm run sources:repin`). */
function editStatement(): void {
  const file = `statements/${STATEMENT.id}.yaml`;
  const words = /^words: "(.*)"$/m.exec(readFileSync(join(content, file), 'utf8'))![1];
  const edited = words.replace(/ (\w+)$/, ' whole $1');
  for (const f of [file, `articles/${STATEMENT.article}.mdx`, `articles/${STATEMENT.article}.source.txt`]) replaceIn(f, words, edited);
  const repin = spawnSync(process.execPath, ['scripts/repin-sources.ts', `articles/${STATEMENT.article}.source.txt`], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ CONTENT_DIR: content }) });
  if (repin.status !== 0) throw new Error(repin.stderr);
}

const EDITS: { name: string; apply: () => void }[] = [
  { name: 'a statement’s words (statement, article and source alike, re-pinned)', apply: editStatement },
  { name: 'a person’s name', apply: () => replaceIn('people/tomas-erlund.yaml', 'name: "Tomas Erlund"', 'name: "Tomas K. Erlund"') },
  { name: 'an event’s title', apply: () => replaceIn('events/saltmarsh-ferry-strike.yaml', 'title: "The Saltmarsh ferry crews go on strike"', 'title: "Saltmarsh ferry crews strike"') },
  { name: 'a theme’s label', apply: () => replaceIn('site.yaml', 'label: "History and memory"', 'label: "History and remembrance"') },
  { name: 'the site’s name', apply: () => replaceIn('site.yaml', 'name: "Said in Nara"', 'name: "Said in Nara, and after"') },
  { name: 'a story added', apply: () => LATER.files.forEach((f) => cpSync(join(overlay, f), join(content, f))) },
  {
    name: 'a story withdrawn',
    apply: () => replaceIn('articles/saltmarsh-ferry-strike-interview.mdx', '\n---\n', '\nwithdrawn: { date: "2031-03-01", reason: "The interview was withdrawn at the union’s request." }\n---\n'),
  },
];

/** Builds cold: its own Astro cache emptied first, as after `npm run clean`. */
function coldBuild(): void {
  rmSync(cold.cacheDir, { recursive: true, force: true });
  buildSite(cold);
}

describe.sequential('an incremental build gives the same site as a cold build', () => {
  let always: Set<string>;

  beforeAll(() => {
    rmSync(parent, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    cpSync(overlay, content, { recursive: true, filter: (src) => !/anchor-ledger\.txt$|site\.yaml$/.test(src) && !LATER.files.some((f) => src === join(overlay, f)) });
    // The newsroom's site settings (pages split early), laid over the real site file as tests/support/newsroom.ts does.
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8').trimEnd()}\n${readFileSync(join(overlay, 'site.yaml'), 'utf8')}`);
    buildSite(incremental);
    cpSync(incremental.outDir, cold.outDir, { recursive: true });
  }, 300_000);

  it('with nothing changed, renders only the pages without a getStaticPaths() key and copies every other file', () => {
    const output = buildSite(incremental);
    const log = renderLog(output);
    expect(distDifferences(incremental.outDir, cold.outDir)).toEqual([]);
    expect(log.reused.length).toBeGreaterThan(log.rendered.length);
    // No page's bytes changed, so the search index of the build before is copied, not made again (and equals a cold build's).
    expect(output).toMatch(/search index: reused/);
    always = new Set(log.rendered);
    // The pages rendered every time are the single routes (src/pages/index.astro, timeline.astro…), none of a dynamic route.
    expect(log.rendered.filter((f) => /^(quotes|people|outlets|themes|stories|share)\/(?!index\.html$)/.test(f))).toEqual([]);
  }, 120_000);

  for (const [i, edit] of EDITS.entries()) {
    it(`after ${edit.name}, an incremental build's dist/ is byte-identical to a cold build's`, () => {
      const before = join(parent, `cold-before-${i}`);
      cpSync(cold.outDir, before, { recursive: true });
      edit.apply();
      const output = buildSite(incremental);
      const log: RenderLog = renderLog(output);
      coldBuild();
      expect(distDifferences(incremental.outDir, cold.outDir)).toEqual([]);
      // Every edit here changes some page, so the search index is made again, from every page.
      expect(output).toMatch(/search index: \d+ pages/);
      if (edit.apply === editStatement) {
        // Only what shows the statement is rendered again: every file rendered (beyond the pages rendered every time)
        // changed between the cold builds before and after the edit, and the statement's own page is among them.
        const changed = new Set(distDifferences(before, cold.outDir).map((d) => d.replace(/: .*$/, '')));
        const rendered = log.rendered.filter((f) => !always.has(f));
        expect(rendered).toContain(`quotes/${STATEMENT.id}/index.html`);
        expect(rendered.filter((f) => !changed.has(f))).toEqual([]);
        expect(log.reused.length).toBeGreaterThan(0);
      }
      rmSync(before, { recursive: true, force: true });
    }, 180_000);
  }
});
