// The pass on statements against their article and event: an editorial is the publisher's voice, and a statement is said before it is reported, at an event the article reports.
import { compareIsoDates } from '../../content/dates.ts';
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { at, type CheckContext } from '../context.ts';

/** An editorial statement's speaker is the article's publisher; a statement's event is one the article reports, and is not after it was published. */
export function statementsFitTheirArticle({ corpus, articles, events }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const s of corpus.statements) {
    const article = articles.get(s.data.article);
    const event = s.data.event ? events.get(s.data.event) : undefined;
    if (article && s.data.kind === 'editorial' && s.data.speaker !== article.data.publisher && corpus.fileIds.outlets.has(article.data.publisher)) {
      problems.push(problem('editorial-speaker', at(s, 'speaker'), article.data.publisher));
    }
    if (article && event && article.data.published.bound === 'exact' && compareIsoDates(event.data.start.date, article.data.published.date) > 0) {
      problems.push(problem('said-after-publication', at(s, 'event'), event.id, event.data.start.date, article.id, article.data.published.date));
    }
    if (event && event.data.origin === 'context') problems.push(problem('context-event', at(s, 'event'), event.id));
  }
  return problems;
}
