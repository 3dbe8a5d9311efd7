/**
 * The Nara story drafted by `npm run draft` from its seed, then finished from content/ by a program doing what an editor
 * does: supplying each TODO and confirming each guess. Two content folders: `raw` just as the draft wrote it, and
 * `filled`. The build test checks both and builds `filled` (tests/build/drafted-story.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../../src/content/read.ts';
import { foldText } from '../../src/content/text.ts';
import { BUILDS, ROOT, type SiteBuild } from './sites.ts';

const ARTICLE = 'lee-takaichi-nara-summit';
/** The seed's file name, as the article's `source.file` gives it. */
const SEED_NAME = '000_18bb4028ebbb8486.txt';

export const DRAFTED_RAW = join(BUILDS, 'drafted-raw/content');
export const DRAFTED_SITE: SiteBuild = { name: 'drafted', contentDir: '.test-builds/drafted-content/content', base: '/', siteUrl: 'https://example.org' };

/** The draft's statement ids, by the content/ statement each stands for (same words, a quotation in both). */
export function draftedIds(dir: string): Map<string, string> {
  const read = (folder: string) => readdirSync(folder).map((f) => ({ id: f.replace(/\.yaml$/, ''), text: readFileSync(join(folder, f), 'utf8') }));
  const words = (text: string) => foldText(String((yaml.load(text) as { words: string }).words));
  const content = read(join(ROOT, 'content/statements')).filter((s) => /^kind: (direct|partial)$/m.test(s.text));
  const ids = new Map<string, string>();
  for (const d of read(join(dir, 'statements'))) {
    const match = content.find((c) => words(c.text) === words(d.text) && !ids.has(c.id));
    if (match) ids.set(match.id, d.id);
  }
  return ids;
}

/** Drafts the seed into a content folder holding content/'s site, people, outlets, events and views, as the draft leaves it. */
function draftInto(dir: string): void {
  rmSync(join(dir, '..'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['site.yaml', 'people', 'outlets', 'events', 'views']) cpSync(join(ROOT, 'content', part), join(dir, part), { recursive: true });
  // The seed, byte for byte: content/'s source text is it (the check proves the story's body equals it).
  const seed = join(dir, '..', SEED_NAME);
  copyFileSync(join(ROOT, 'content/articles', `${ARTICLE}.source.txt`), seed);
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/draft/draft.ts'), seed, '--id', ARTICLE, '--publisher', 'global-times'], { cwd: join(dir, '..'), env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run draft failed:\n${run.stdout}\n${run.stderr}`);
}

/** Finishes a draft from content/: the article's frontmatter, each statement's fields, and views citing the draft's ids. */
function fillFromContent(dir: string): void {
  const mdx = join(dir, 'articles', `${ARTICLE}.mdx`);
  const { body } = splitFrontmatter(readFileSync(mdx, 'utf8'));
  const { frontmatter } = splitFrontmatter(readFileSync(join(ROOT, 'content/articles', `${ARTICLE}.mdx`), 'utf8'));
  writeFileSync(mdx, `---\n${frontmatter}\n---\n${body}`);
  const ids = draftedIds(dir);
  for (const [contentId, draftId] of ids) copyFileSync(join(ROOT, 'content/statements', `${contentId}.yaml`), join(dir, 'statements', `${draftId}.yaml`));
  // The views cite statements by id: the draft's ids for its quotations; the paraphrases are not drafted (the review list names them).
  for (const view of readdirSync(join(dir, 'views'))) {
    const path = join(dir, 'views', view);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/ ?<Cite id="([^"]+)" \/>/g, (cite, id: string) => (ids.has(id) ? cite.replace(id, ids.get(id)!) : '')));
  }
  remapEvents(dir, ids);
}

/** Events name statements that frame them (`framedBy`): the draft's ids for its quotations, the rest left for the editor. */
function remapEvents(dir: string, ids: Map<string, string>): void {
  for (const file of readdirSync(join(dir, 'events'))) {
    const path = join(dir, 'events', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^framedBy: \[(.*)\]$/m, (_, list: string) => {
      const kept = list.split(',').map((id) => id.trim()).filter((id) => ids.has(id)).map((id) => ids.get(id));
      return `framedBy: [${kept.join(', ')}]`;
    }));
  }
}

/** Writes both folders: the draft as written, and the draft finished from content/. */
export function prepareDraftedStory(): void {
  draftInto(DRAFTED_RAW);
  const filled = join(ROOT, DRAFTED_SITE.contentDir);
  draftInto(filled);
  fillFromContent(filled);
}
