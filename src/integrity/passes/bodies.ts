// The pass on bodies: each article and view body could be read, and holds only what its allowlist allows.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { at, fileLine, type CheckContext } from '../context.ts';

/** Each body parsed, holds nothing its allowlist refuses, and (in an article) every mark sits in a paragraph or caption. */
export function bodiesAreReadable({ corpus }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const a of corpus.articles) {
    if (!a.parsed.ok) {
      problems.push(problem('mdx-syntax', at(a, 'body', a.parsed.error.fileLine), a.parsed.error.message));
      continue;
    }
    for (const p of a.parsed.refused) problems.push(problem('allowlist', at(a, 'body', fileLine(a, p.line)), p.message));
    for (const p of a.parsed.read.problems) problems.push(problem('misplaced-mark', at(a, 'body', fileLine(a, p.line)), p.message));
  }
  for (const v of corpus.views) {
    if (!v.parsed.ok) {
      problems.push(problem('mdx-syntax', at(v, 'body', v.parsed.error.fileLine), v.parsed.error.message));
      continue;
    }
    for (const p of v.parsed.refused) problems.push(problem('allowlist', at(v, 'body', fileLine(v, p.line)), p.message));
  }
  return problems;
}
