import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { anchors, paths } from '../urls/paths.ts';
import type { Corpus } from '../content/read.ts';
import type { ContentIssue } from '../content/issue.ts';
import { problem } from '../content/problems.ts';

/** One published anchor: a page's site path (no base) and a fragment id on it. */
export interface Anchor {
  path: string;
  id: string;
}

/** The ledger's file name, inside the content folder, so each story carries its own. */
export const LEDGER_FILE = 'anchor-ledger.txt';

const HEADER = `# Every anchor this site has published: a page path and #id, one a line. Never remove a line.
# A renamed statement keeps its former id in \`aliases\`; the build fails if an anchor listed here disappears.
# \`npm run anchors:update\` appends the anchors of new content.
`;

/** How an anchor is written in the ledger: `/stories/x/#q-y`. */
export function anchorKey(anchor: Anchor): string {
  return `${anchor.path}#${anchor.id}`;
}

/**
 * Every permanent anchor the pages render for a corpus: on a story page each statement (`q-`, and its former ids)
 * and paragraph (`p-`); on a person's page each of their statements and former ids; on the timeline each event (`e-`).
 */
export function publishedAnchors(corpus: Pick<Corpus, 'articles' | 'statements' | 'people' | 'events'>): Anchor[] {
  const people = new Set(corpus.people.map((p) => p.id));
  const found: Anchor[] = [];
  for (const article of corpus.articles) {
    if (!article.parsed.ok) continue;
    for (const block of article.parsed.read.blocks) found.push({ path: paths.story(article.id), id: anchors.paragraph(block.n) });
  }
  for (const s of corpus.statements) {
    for (const id of [s.id, ...s.data.aliases]) {
      found.push({ path: paths.story(s.data.article), id: anchors.statement(id) });
      if (people.has(s.data.speaker)) found.push({ path: paths.person(s.data.speaker), id: anchors.statement(id) });
    }
  }
  for (const e of corpus.events) {
    found.push({ path: paths.timeline(), id: anchors.event(e.id) });
    // A story's own timeline anchors the events its article reports.
    if (e.data.origin === 'article') found.push({ path: paths.storyTimeline(e.data.article), id: anchors.event(e.id) });
  }
  return found.sort((a, b) => anchorKey(a).localeCompare(anchorKey(b)));
}

/** Reads a ledger's lines (comments and blank lines skipped). */
export function parseLedger(text: string): Anchor[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('#');
      if (at < 0) throw new Error(`anchor ledger line "${line}" has no #id`);
      return { path: line.slice(0, at), id: line.slice(at + 1) };
    });
}

/** The ledger with `added` appended after its existing lines (a new ledger gets the header first). */
export function appendToLedger(text: string, added: Anchor[]): string {
  const base = text === '' ? HEADER : text.endsWith('\n') ? text : `${text}\n`;
  return base + added.map((a) => `${anchorKey(a)}\n`).join('');
}

/** Anchors of `a` that are not in `b`. */
export function anchorsMissing(a: Anchor[], b: Anchor[]): Anchor[] {
  const keys = new Set(b.map(anchorKey));
  return a.filter((x) => !keys.has(anchorKey(x)));
}

/** The ledger of a content folder, or `''` when it has none yet. */
export function readLedger(dir: string): string {
  const file = join(dir, LEDGER_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** One issue per anchor in the content folder's ledger that the content no longer renders. */
export function anchorLedgerIssues(corpus: Corpus): ContentIssue[] {
  const file = relative(corpus.root, join(corpus.dir, LEDGER_FILE));
  const lost = anchorsMissing(parseLedger(readLedger(corpus.dir)), publishedAnchors(corpus));
  return lost.map((a) => problem('anchor-lost', { file, entry: anchorKey(a), field: '(published anchor)' }, anchorKey(a), a.id));
}
