// Passes on views: each analyst has one view, and a view cites only its analyst's own statements.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { at, fileLine, type CheckContext, statementRef } from '../context.ts';

/** A view summarises an analyst, each analyst has exactly one. */
export function viewsBelongToAnalysts({ corpus, people }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  const viewed = new Set<string>();
  for (const v of corpus.views) {
    const person = people.get(v.data.person);
    if (person && person.data.kind !== 'analyst') problems.push(problem('view-of-non-analyst', at(v, 'person'), person.id, person.data.kind));
    if (viewed.has(v.data.person)) problems.push(problem('view-twice', at(v, 'person'), v.data.person));
    viewed.add(v.data.person);
  }
  for (const p of corpus.people) {
    // A view file named after the analyst counts even when it failed its schema: that file's own problem is reported already.
    if (p.data.kind === 'analyst' && !corpus.fileIds.views.has(p.id) && !corpus.views.some((v) => v.data.person === p.id)) {
      problems.push(problem('analyst-without-view', at(p, 'kind'), p.id));
    }
  }
  return problems;
}

/** Each `<Cite>` of a view names, by its current id, a statement of the view's own analyst. */
export function viewsCiteTheirAnalyst(context: CheckContext): ContentIssue[] {
  const { corpus } = context;
  const problems: ContentIssue[] = [];
  for (const v of corpus.views) {
    if (!v.parsed.ok) continue;
    for (const cite of v.parsed.read.cites) {
      // A cite without one plain-string id is refused by the allowlist already.
      if (!cite.id) continue;
      const place = at(v, 'body', fileLine(v, cite.line));
      const ref = statementRef(context, cite.id);
      if ('formerOf' in ref) problems.push(problem('cite-former-id', place, cite.id, ref.formerOf));
      if ('unknown' in ref) problems.push(problem('cite-unknown-statement', place, cite.id));
      if (!('found' in ref)) continue;
      const s = ref.found;
      if (s.data.speaker !== v.data.person) {
        problems.push(problem('cite-other-speaker', place, cite.id, s.data.speaker, v.data.person));
      }
      const story = corpus.articles.find((a) => a.id === s.data.article);
      if (story?.data.withdrawn) problems.push(problem('cite-withdrawn', place, cite.id, story.id));
    }
  }
  return problems;
}
