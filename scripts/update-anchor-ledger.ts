/** `npm run anchors:update`: appends the anchors of new content to the content folder's ledger (never removes one), and pins new source texts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/content/collections.ts';
import { checkContent, formatIssues } from '../src/integrity/index.ts';
import { sourceTextPath } from '../src/content/collections.ts';
import { PINS_FILE, parsePins, pinKey, readPins, sourceHash, writePins } from '../src/integrity/source-pins.ts';
import { readFileSync } from 'node:fs';
import { LEDGER_FILE, anchorKey, anchorLedgerIssues, anchorsMissing, appendToLedger, parseLedger, publishedAnchors, readLedger } from '../src/integrity/anchor-ledger.ts';

const dir = contentDir();
const { issues, corpus } = checkContent(dir);
issues.push(...anchorLedgerIssues(corpus));
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exit(1);
}
const text = readLedger(dir);
const added = anchorsMissing(publishedAnchors(corpus), parseLedger(text));
if (added.length > 0) writeFileSync(join(dir, LEDGER_FILE), appendToLedger(text, added));
console.log(`${join(dir, LEDGER_FILE)}: ${added.length} new anchor(s) appended${added.length ? `:\n  ${added.map(anchorKey).join('\n  ')}` : ''}`);

// Sources with no pin yet are pinned as they are now (the check has just proved the bodies and statements agree with them);
// a pinned source is never re-pinned here: that is `npm run sources:repin`, after review.
const pinsText = readPins(dir);
const pins = parsePins(pinsText);
const newPins = new Map<string, string>();
for (const article of corpus.articles) {
  const file = sourceTextPath(join(corpus.root, article.file));
  const key = pinKey(dir, file);
  if (!pins.has(key)) newPins.set(key, sourceHash(readFileSync(file, 'utf8')));
}
if (newPins.size > 0) writeFileSync(join(dir, PINS_FILE), writePins(pinsText, newPins));
console.log(`${join(dir, PINS_FILE)}: ${newPins.size} new source(s) pinned${newPins.size ? `:\n  ${[...newPins.keys()].join('\n  ')}` : ''}`);
