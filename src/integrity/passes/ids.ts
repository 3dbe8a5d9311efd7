// Passes on ids: a speaker id names one person or one outlet, and an alias is a former id that leads to one statement.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { at, type CheckContext } from '../context.ts';

/** People and outlets share one namespace of speaker ids, so no id may name both. */
export function speakerIdsAreUnique({ corpus, people }: CheckContext): ContentIssue[] {
  return [...corpus.fileIds.people]
    .filter((id) => corpus.fileIds.outlets.has(id) && people.has(id))
    .map((id) => problem('speaker-id-shared', at(people.get(id)!, '(file name)'), id));
}

/** An alias is an id a statement had before: no statement's id now, and claimed by one statement only. */
export function aliasesAreFormerIds({ corpus }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  const claimedBy = new Map<string, string>();
  for (const s of corpus.statements) {
    for (const alias of s.data.aliases) {
      // The statement's own id is also a statement id, so it is told apart first.
      if (alias === s.id) {
        problems.push(problem('alias-is-own-id', at(s, 'aliases'), alias));
      } else if (corpus.fileIds.statements.has(alias)) {
        problems.push(problem('alias-is-an-id', at(s, 'aliases'), alias));
      } else if (claimedBy.has(alias) && claimedBy.get(alias) !== s.id) {
        problems.push(problem('alias-shared', at(s, 'aliases'), alias, claimedBy.get(alias)!));
      }
      claimedBy.set(alias, s.id);
    }
  }
  return problems;
}
