/**
 * Source pins: the SHA-256 of each article's source text (`*.source.txt`), recorded in the content folder's
 * `source-pins.txt`, a reviewed file. "Verbatim" proves only that the body, the statements and the source agree; the
 * pin proves the source is still the text a reviewer accepted. A changed pinned source fails the check until
 * `npm run sources:repin -- <file>` records it; `npm run anchors:update` pins sources that have no pin yet.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normaliseFile } from '../content/text.ts';

/** The pins file's name, inside the content folder. */
export const PINS_FILE = 'source-pins.txt';

const HEADER = `# The SHA-256 of each article's source text, as reviewed: "<sha256>  <path in the content folder>", one a line.
# A changed source fails the check until \`npm run sources:repin -- <file>\` records it after review.
# \`npm run anchors:update\` pins new sources.
`;

/**
 * The pin of a source text: SHA-256 of its text with line endings and a leading byte-order mark normalised (saving the
 * file on another system is not a change), in hex.
 */
export function sourceHash(text: string): string {
  return createHash('sha256').update(normaliseFile(text), 'utf8').digest('hex');
}

/** The pins of a content folder: path in the folder (with `/`) → hash. */
export function parsePins(text: string): Map<string, string> {
  const pins = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([0-9a-f]{64})\s+(\S.*)$/.exec(trimmed);
    if (!match) throw new Error(`${PINS_FILE}: line "${trimmed}" is not "<sha256>  <file>"`);
    pins.set(match[2], match[1]);
  }
  return pins;
}

/** The pins file of a content folder, or `''` when it has none yet. */
export function readPins(dir: string): string {
  const file = join(dir, PINS_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The pins file's text with `updates` (path → hash) set: changed lines rewritten in place, new ones appended, sorted. */
export function writePins(text: string, updates: Map<string, string>): string {
  const pins = parsePins(text);
  for (const [path, hash] of updates) pins.set(path, hash);
  return HEADER + [...pins].sort(([a], [b]) => a.localeCompare(b)).map(([path, hash]) => `${hash}  ${path}\n`).join('');
}

/** A source file's key in the pins file: its path inside the content folder, with `/`. */
export function pinKey(dir: string, file: string): string {
  return relative(dir, file).split('\\').join('/');
}
