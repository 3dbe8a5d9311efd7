import { join, relative } from 'node:path';
import { catalogOfCorpus } from '../model/catalog.ts';
import { renderedAnchors } from '../model/anchoring.ts';
import type { Corpus } from '../content/read.ts';
import type { ContentIssue } from '../content/issue.ts';
import { problem } from '../content/problems.ts';
import { LEDGER_FILE, anchorKey, parseLedger, readLedger, type Anchor } from '../content/ledger.ts';

export { LEDGER_FILE, anchorKey, parseLedger, readLedger, type Anchor };

const HEADER = `# Every anchor this site has published: a page path and #id, one a line. Never remove a line.
# A renamed statement keeps its former id in \`aliases\`; the build fails if an anchor listed here disappears.
# \`npm run anchors:update\` appends the anchors of new content.
`;

/**
 * Every permanent anchor the pages render for a corpus (model/anchoring.ts): on a story page each statement (`q-`, and
 * its former ids) and paragraph (`p-`); on a person's pages each of their statements; on the timelines each event
 * (`e-`); a withdrawn story's notice keeps all of its own; and each published anchor that moved is forwarded from its
 * old page. Asks the content that passed the check.
 */
export function publishedAnchors(corpus: Corpus): Anchor[] {
  return renderedAnchors(catalogOfCorpus(corpus));
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

/** One issue per anchor in the content folder's ledger that the content no longer renders. */
export function anchorLedgerIssues(corpus: Corpus): ContentIssue[] {
  const file = relative(corpus.root, join(corpus.dir, LEDGER_FILE));
  const lost = anchorsMissing(corpus.ledger, publishedAnchors(corpus));
  return lost.map((a) => problem('anchor-lost', { file, entry: anchorKey(a), field: '(published anchor)' }, anchorKey(a), a.id));
}
