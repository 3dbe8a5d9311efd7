// The pass on bodies: each article and view body could be read, and holds only what its allowlist allows.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { MAX_NESTING } from '../../content/guards/limits.ts';
import type { ArticleEntry, ViewEntry } from '../../content/read.ts';
import { at, fileLine, type CheckContext } from '../context.ts';

/** The problem that stopped a body from being read: a syntax error, or nesting deeper than the limit. */
function bodyError(entry: ArticleEntry | ViewEntry): ContentIssue {
  const error = (entry.parsed as Extract<ArticleEntry['parsed'] | ViewEntry['parsed'], { ok: false }>).error;
  const place = at(entry, 'body', error.fileLine);
  return error.code === 'nesting-too-deep' ? problem('nesting-too-deep', place, error.message, MAX_NESTING) : problem('mdx-syntax', place, error.message);
}

/** Each body parsed, holds nothing its allowlist refuses, and (in an article) every mark sits in a paragraph or caption. */
export function bodiesAreReadable({ corpus }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const a of corpus.articles) {
    if (!a.parsed.ok) {
      problems.push(bodyError(a));
      continue;
    }
    for (const p of a.parsed.refused) problems.push(problem('allowlist', at(a, 'body', fileLine(a, p.line)), p.message));
    for (const p of a.parsed.read.problems) problems.push(problem('misplaced-mark', at(a, 'body', fileLine(a, p.line)), p.message));
  }
  for (const v of corpus.views) {
    if (!v.parsed.ok) {
      problems.push(bodyError(v));
      continue;
    }
    for (const p of v.parsed.refused) problems.push(problem('allowlist', at(v, 'body', fileLine(v, p.line)), p.message));
  }
  return problems;
}
