import type { Catalog, StatementView } from './catalog.ts';
import { foldText } from '../content/text.ts';
import { outcomeWords } from '../schemas/event.ts';

/** The lead event's sections: who spoke, the leaders' words side by side, outcomes, reactions, experts. */
export function leadEventSections(catalog: Catalog) {
  const event = catalog.events.get(catalog.site.leadEvent);
  const article = catalog.articles.get(catalog.site.leadArticle);
  if (!event || !article) throw new Error('the lead event and lead article must exist (checked by the integrity check)');
  const eventIds = new Set([event.id, ...[...catalog.events.values()].filter((e) => e.data.partOf === event.id).map((e) => e.id)]);
  const inArticle = catalog.statements.filter((s) => s.article.id === article.id);
  const kindOf = (s: StatementView) => (s.speaker.type === 'person' ? s.speaker.data.kind : 'outlet');

  // The principals the event declares, or else its leaders in order of first appearance; their quoted words at the
  // event, or undated in the article (said around it).
  const speakers = new Map(inArticle.map((s) => [s.speaker.id, s.speaker]));
  const declared = event.data.origin === 'article' ? event.data.principals : undefined;
  const leaders = declared
    ? declared.map((id) => speakers.get(id)).filter((s) => s !== undefined)
    : [...new Map(inArticle.filter((s) => kindOf(s) === 'leader').map((s) => [s.speaker.id, s.speaker])).values()];
  const principal = new Set(leaders.map((s) => s.id));
  const atEvent = (s: StatementView) => s.data.event === null || eventIds.has(s.data.event);
  const sides = leaders.map((speaker) => ({ speaker, statements: inArticle.filter((s) => s.speaker.id === speaker.id && s.quotation && atEvent(s)) }));

  const framing = (event.data.origin === 'article' ? event.data.framedBy : []).map((id) => catalog.statementById.get(id)).filter((s) => s !== undefined);
  const outcomes = (event.data.origin === 'article' ? event.data.outcomes : []).map((outcome) => ({
    text: outcomeWords(outcome),
    via: typeof outcome === 'string' ? undefined : catalog.outlets.get(outcome.via),
    paragraph: article.text.blocks.find((b) => b.text.includes(foldText(outcomeWords(outcome))))?.n,
  }));
  const reactionSpeakers = new Set(['official', 'public', 'group', 'outlet']);
  const reactions = inArticle.filter((s) => reactionSpeakers.has(kindOf(s)) && !principal.has(s.speaker.id) && !framing.some((f) => f.id === s.id));
  const experts = [...catalog.people.values()].filter((p) => p.data.kind === 'analyst' && !principal.has(p.id) && inArticle.some((s) => s.speaker.id === p.id));
  const timeline = catalog.timeline.filter((e) => e.data.origin === 'article' && e.data.article === article.id);
  return { event, article, leaders, sides, framing, outcomes, reactions, experts, timeline };
}
