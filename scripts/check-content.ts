/** `npm run check:content`: checks the content folder (CONTENT_DIR or content/) and prints every problem with its code; `-- --codes` lists the codes. */
import { resolve } from 'node:path';
import { contentDir } from '../src/content/collections.ts';
import { PROBLEMS } from '../src/content/problems.ts';
import { checkContent, formatIssues } from '../src/integrity/index.ts';
import { anchorLedgerIssues } from '../src/integrity/anchor-ledger.ts';

if (process.argv.includes('--codes')) {
  const width = Math.max(...Object.keys(PROBLEMS).map((code) => code.length));
  for (const [code, { title }] of Object.entries(PROBLEMS)) console.log(`${code.padEnd(width)}  ${title}`);
  process.exit(0);
}

// Without CONTENT_DIR, the project's content/, wherever the script is run from; CONTENT_DIR is read from where it is run.
const dir = process.env.CONTENT_DIR ? contentDir() : contentDir(resolve(import.meta.dirname, '..'));
const { issues, corpus } = checkContent(dir);
if (issues.length === 0) issues.push(...anchorLedgerIssues(corpus));
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exit(1);
}
console.log(`Content OK: ${corpus.articles.length} article(s), ${corpus.statements.length} statements, ${corpus.people.length} people, ${corpus.outlets.length} outlets, ${corpus.events.length} events, ${corpus.views.length} views.`);
