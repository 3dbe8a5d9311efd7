/** `npm run check:content`: checks the content folder (CONTENT_DIR or content/) and prints every problem. */
import { contentDir } from '../src/content/collections.ts';
import { checkContent, formatIssues } from '../src/integrity/index.ts';
import { anchorLedgerIssues } from '../src/integrity/anchor-ledger.ts';

const dir = contentDir();
const { issues, corpus } = checkContent(dir);
if (issues.length === 0) issues.push(...anchorLedgerIssues(corpus));
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exit(1);
}
console.log(`Content OK: ${corpus.articles.length} article(s), ${corpus.statements.length} statements, ${corpus.people.length} people, ${corpus.outlets.length} outlets, ${corpus.events.length} events, ${corpus.views.length} views.`);
