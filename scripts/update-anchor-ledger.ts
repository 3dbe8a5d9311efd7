/** `npm run anchors:update`: appends the anchors of new content to the content folder's ledger (never removes one). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/content/collections.ts';
import { checkContent, formatIssues } from '../src/integrity/index.ts';
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
