// Passes on events: dates that hold together, and the article's own words for what dates an event and what came of it.
import { outcomeWords } from '../../schemas/event.ts';
import { compareIsoDates } from '../../content/dates.ts';
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { foldText } from '../../content/text.ts';
import { at, type CheckContext } from '../context.ts';
import { nearestHint } from '../difference.ts';

/** An event ends after it starts, is not part of itself, and falls within the event it is part of. */
export function eventDatesAreConsistent({ corpus, events }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const e of corpus.events) {
    const { start, end, partOf } = e.data;
    if (end && compareIsoDates(end.date, start.date) < 0) problems.push(problem('end-before-start', at(e, 'end.date'), end.date, start.date));
    if (partOf === e.id) problems.push(problem('event-part-of-itself', at(e, 'partOf')));
    const parent = partOf ? events.get(partOf) : undefined;
    if (parent) {
      const parentEnd = parent.data.end?.date ?? parent.data.start.date;
      if (compareIsoDates(start.date, parent.data.start.date) < 0 || compareIsoDates(start.date, parentEnd) > 0) {
        problems.push(problem('outside-parent-event', at(e, 'start.date'), start.date, parent.id, parent.data.start.date, parentEnd));
      }
    }
  }
  return problems;
}

/** An event from the article is dated by the article's words, and its outcomes are the article's words. */
export function eventWordsAreTheArticles({ corpus, sources }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const e of corpus.events) {
    if (e.data.origin !== 'article') continue;
    const article = e.data.article;
    const text = sources.get(article)?.text;
    if (!text) continue;
    const folded = foldText(text);
    e.data.datedBy.forEach((words, i) => {
      if (folded.includes(foldText(words))) return;
      const at_ = folded.toLowerCase().indexOf(foldText(words).toLowerCase());
      if (at_ >= 0) problems.push(problem('dating-words-case', at(e, `datedBy.${i}`), words, article, folded.slice(at_, at_ + foldText(words).length)));
      else problems.push(problem('dating-words-not-in-article', at(e, `datedBy.${i}`), words, article, nearestHint(text, words)));
    });
    e.data.outcomes.forEach((outcome, i) => {
      const words = outcomeWords(outcome);
      if (!folded.includes(foldText(words))) problems.push(problem('outcome-not-in-article', at(e, typeof outcome === 'string' ? `outcomes.${i}` : `outcomes.${i}.words`), article, nearestHint(text, words)));
    });
  }
  return problems;
}
