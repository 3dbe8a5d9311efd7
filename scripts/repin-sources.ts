/**
 * `npm run sources:repin -- <file>…`: records the SHA-256 of each named source text (`*.source.txt`) in the content
 * folder's source-pins.txt, after a reviewer has accepted its change. Paths are relative to the working folder or to the
 * content folder. Nothing else is checked or changed: run `npm run check:content` afterwards.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/content/collections.ts';
import { PINS_FILE, pinKey, readPins, sourceHash, writePins } from '../src/integrity/source-pins.ts';

const dir = contentDir();
const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run sources:repin -- <content/articles/…source.txt> [more files]');
  process.exit(1);
}
const updates = new Map<string, string>();
for (const name of files) {
  const file = [resolve(name), join(dir, name)].find(existsSync);
  if (!file || !file.endsWith('.source.txt') || !resolve(file).startsWith(dir + '/')) {
    console.error(`${name}: not a source text (*.source.txt) of the content folder ${dir}`);
    process.exit(1);
  }
  updates.set(pinKey(dir, file), sourceHash(readFileSync(file, 'utf8')));
}
writeFileSync(join(dir, PINS_FILE), writePins(readPins(dir), updates));
console.log(`${join(dir, PINS_FILE)}: pinned\n  ${[...updates].map(([key, hash]) => `${key} ${hash}`).join('\n  ')}`);
