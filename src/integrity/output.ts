/**
 * The output, checked after the build: the check proves the content is right, this proves the pages say it. Every
 * statement's anchor is on its story page exactly once, around exactly its words, and every anchor in the ledger exists
 * in the built site. A mark that the check and the compiled page read differently cannot pass both.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import type { ContentIssue } from '../content/issue.ts';
import { problem } from '../content/problems.ts';
import type { Corpus } from '../content/read.ts';
import { foldText } from '../content/text.ts';
import { anchors, paths } from '../urls/paths.ts';
import { LEDGER_FILE, anchorKey } from './anchor-ledger.ts';

function digestOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The HTML file of a site path in a build folder (`/stories/x/` → `stories/x/index.html`). */
function htmlFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** Every element of a page by its id (ids repeated on a page keep every element). */
function elementsById(tree: Root): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  visit(tree, 'element', (el: Element) => {
    const id = el.properties?.id;
    if (typeof id === 'string') byId.set(id, [...(byId.get(id) ?? []), el]);
  });
  return byId;
}

/** The class of the numbered permalink a mark renders after its words (src/components/statement/Q.astro): not part of the words. */
const PIN_CLASS = 'st-pin';

/** The words an element shows: its text, without the permalinks of marks nested in it. */
function wordsOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const classes = node.properties?.className;
  if (Array.isArray(classes) && classes.includes(PIN_CLASS)) return '';
  return node.children.map(wordsOf).join('');
}

/**
 * What the check reads of one built page: how many elements carry each id, and the words of each statement anchor (the
 * first element with it). Kept between builds by the page's digest, so an unchanged page is not parsed again.
 */
export interface PageIds {
  counts: Map<string, number>;
  words: Map<string, string>;
}

/** The version of `idsOf`'s reading: change it with the reading, so that no reading kept by a build before is used. */
export const PAGE_READING_VERSION = 1;

/** Pages read before, by the digest of their bytes. */
export type PageMemo = Map<string, PageIds>;

function idsOf(html: string): PageIds {
  const ids: PageIds = { counts: new Map(), words: new Map() };
  for (const [id, elements] of elementsById(fromHtml(html))) {
    ids.counts.set(id, elements.length);
    if (id.startsWith(anchors.statement(''))) ids.words.set(id, foldText(wordsOf(elements[0])));
  }
  return ids;
}

/**
 * Problems in a built site (`dist`) against the corpus it was built from. With `memo`, a page whose bytes were read
 * before is not parsed again; the memo keeps exactly the pages this check read, for the next build.
 */
export function outputIssues(dist: string, corpus: Corpus, memo?: PageMemo): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const pages = new Map<string, PageIds | undefined>();
  const used: PageMemo = new Map();
  const read = (bytes: Buffer): PageIds => {
    const digest = digestOf(bytes);
    const ids = memo?.get(digest) ?? idsOf(bytes.toString('utf8'));
    used.set(digest, ids);
    return ids;
  };
  const page = (path: string) => {
    if (!pages.has(path)) {
      const file = htmlFile(dist, path);
      pages.set(path, existsSync(file) ? read(readFileSync(file)) : undefined);
    }
    return pages.get(path);
  };
  // A withdrawn story's page is a notice: its statements' anchors are kept there (checked below, through the ledger), not its words.
  const withdrawn = new Set(corpus.articles.filter((a) => a.data.withdrawn).map((a) => a.id));
  for (const s of corpus.statements) {
    if (withdrawn.has(s.data.article)) continue;
    const path = paths.story(s.data.article);
    const id = anchors.statement(s.id);
    const ids = page(path);
    const found = ids?.counts.get(id) ?? 0;
    const place = { file: s.file, entry: s.id, field: 'words' };
    if (found !== 1) {
      issues.push(problem('output-anchor-count', place, `${path}#${id}`, found));
    } else if (ids!.words.get(id) !== foldText(s.data.words)) {
      issues.push(problem('output-words-differ', place, `${path}#${id}`, ids!.words.get(id) ?? ''));
    }
  }
  const ledger = relative(corpus.root, join(corpus.dir, LEDGER_FILE));
  for (const anchor of corpus.ledger) {
    if ((page(anchor.path)?.counts.get(anchor.id) ?? 0) === 0) {
      issues.push(problem('output-anchor-lost', { file: ledger, entry: anchorKey(anchor), field: '(published anchor)' }, anchorKey(anchor)));
    }
  }
  if (memo) {
    memo.clear();
    for (const [digest, ids] of used) memo.set(digest, ids);
  }
  return issues;
}
