/** The anchor ledger as the content stage reads it: every anchor the site has published, a page path and an id a line. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One published anchor: a page's site path (no base) and a fragment id on it. */
export interface Anchor {
  path: string;
  id: string;
}

/** The ledger's file name, inside the content folder, so each story carries its own. */
export const LEDGER_FILE = 'anchor-ledger.txt';

/** How an anchor is written in the ledger: `/stories/x/#q-y`. */
export function anchorKey(anchor: Anchor): string {
  return `${anchor.path}#${anchor.id}`;
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

/** The ledger of a content folder, or `''` when it has none yet. */
export function readLedger(dir: string): string {
  const file = join(dir, LEDGER_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
