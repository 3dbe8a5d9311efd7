/** The integrity check: everything a schema cannot check (references, verbatim quotes, marks, ids, dates), as ordered passes. */
import type { ContentIssue } from '../content/issue.ts';
import type { Corpus } from '../content/read.ts';
import { checkContext } from './context.ts';
import { PASSES } from './passes/index.ts';

/** Runs every pass of PASSES, in order, on one context computed up front; returns every problem found. */
export function checkCorpus(corpus: Corpus): ContentIssue[] {
  const context = checkContext(corpus);
  return PASSES.flatMap((pass) => pass(context));
}
