import type { Event } from '../schemas/index.ts';
import type { Catalog, EntryLike, Speaker, StatementView } from './catalog.ts';
import { foldText } from '../content/text.ts';
import { outcomeWords } from '../schemas/event.ts';

/** One occasion of the lead event and what each principal said at it: a cell per principal, empty where one said nothing. */
export interface Occasion {
  /** The event (the lead event, or one of its parts) the words were said at; absent for words the article does not place. */
  event?: EntryLike<Event>;
  cells: { speaker: Speaker; statements: StatementView[] }[];
}

/**
 * The principals' words paired by occasion: the parts of the event first (its set pieces, in timeline order), then the
 * event as a whole, then words the article gives no occasion for. An occasion where no principal was quoted is left out.
 */
export function occasionsOf(catalog: Catalog, event: EntryLike<Event>, sides: { speaker: Speaker; statements: StatementView[] }[]): Occasion[] {
  const parts = catalog.timeline.filter((e) => e.data.partOf === event.id);
  const rows: Occasion[] = [...parts, event, undefined].map((occasion) => ({
    event: occasion,
    cells: sides.map(({ speaker, statements }) => ({ speaker, statements: statements.filter((s) => (s.data.event ?? undefined) === occasion?.id) })),
  }));
  return rows.filter((row) => row.cells.some((c) => c.statements.length > 0));
}

/** The lead event's sections: who spoke, the principals' words paired by occasion, others' framing, outcomes, reactions, experts. */
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
  // A quotation interrupted by narration is shown once, whole, at its first part.
  const isWhole = (s: StatementView) => !s.parts || s.parts[0].id === s.id;
  const sides = leaders.map((speaker) => ({ speaker, statements: inArticle.filter((s) => s.speaker.id === speaker.id && s.quotation && atEvent(s) && isWhole(s)) }));

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
  const occasions = occasionsOf(catalog, event, sides);
  return { event, article, leaders, sides, occasions, framing, outcomes, reactions, experts, timeline };
}
