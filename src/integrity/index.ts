import { loadCorpus, type Corpus } from '../content/read.ts';
import { checkCorpus, type ReadArticles } from './check.ts';
import type { ContentIssue } from '../content/issue.ts';

export { formatIssues, type ContentIssue } from '../content/issue.ts';
export { loadCorpus, type Corpus, type Entry } from '../content/read.ts';
export { checkCorpus, unaccountedQuotes } from './check.ts';
export { describeDifference, nearestPassage, wordChanges } from './difference.ts';

/** Reads and checks a content folder; every problem found is returned, none thrown. */
export function checkContent(dir: string, root: string = process.cwd()): { corpus: Corpus; issues: ContentIssue[]; articles: ReadArticles } {
  const loaded = loadCorpus(dir, root);
  const checked = checkCorpus(loaded.corpus);
  return { corpus: loaded.corpus, issues: [...loaded.issues, ...checked.issues], articles: checked.articles };
}
