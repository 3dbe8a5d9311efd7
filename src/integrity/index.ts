/** The integrity stage: checks the corpus the content stage read, and reports every problem by its code (src/content/problems.ts). */
import { loadCorpus, type Corpus } from '../content/read.ts';
import type { ContentIssue } from '../content/issue.ts';
import { checkCorpus } from './check.ts';

export { formatIssues, type ContentIssue } from '../content/issue.ts';
export { loadCorpus, type Corpus, type Entry } from '../content/read.ts';
export { checkCorpus } from './check.ts';
export { PASSES, unaccountedQuotes } from './passes/index.ts';
export { describeDifference, nearestPassage, wordChanges } from './difference.ts';

/** Reads and checks a content folder; every problem found is returned, none thrown. */
export function checkContent(dir: string, root: string = process.cwd()): { corpus: Corpus; issues: ContentIssue[] } {
  const loaded = loadCorpus(dir, root);
  return { corpus: loaded.corpus, issues: [...loaded.issues, ...checkCorpus(loaded.corpus)] };
}
