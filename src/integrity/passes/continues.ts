// The pass on quotations interrupted by narration: a part that `continues` another belongs to the same article and speaker, both are quotations, and it comes after the part it continues.
import { isQuotationKind } from '../../schemas/index.ts';
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { at, type CheckContext } from '../context.ts';


/** Each `continues` names an earlier quotation part of the same article and speaker (that it exists is referencesExist's). */
export function continuedQuotationsAreOne({ corpus, statements, readArticles }: CheckContext): ContentIssue[] {
  const order = new Map<string, number>();
  for (const { body } of readArticles) body.marks.forEach((m, i) => order.set(m.id, i));
  const problems: ContentIssue[] = [];
  for (const s of corpus.statements) {
    const partId = s.data.continues;
    const part = partId ? statements.get(partId) : undefined;
    if (!partId || !part) continue;
    if (part.data.article !== s.data.article) {
      problems.push(problem('continues-mismatch', at(s, 'continues'), partId, 'article', s.data.article, part.data.article));
      continue;
    }
    if (part.data.speaker !== s.data.speaker) problems.push(problem('continues-mismatch', at(s, 'continues'), partId, 'speaker', s.data.speaker, part.data.speaker));
    if (!isQuotationKind(s.data.kind) || !isQuotationKind(part.data.kind)) problems.push(problem('continues-not-quotation', at(s, 'continues'), partId, `${s.data.kind} and ${part.data.kind}`));
    const mine = order.get(s.id);
    const theirs = order.get(partId);
    if (mine !== undefined && theirs !== undefined && mine <= theirs) problems.push(problem('continues-out-of-order', at(s, 'continues'), partId));
  }
  return problems;
}
