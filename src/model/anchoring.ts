/**
 * Where every permanent anchor renders, and the forwarding anchors that keep a published link working when what it
 * points at moves (a list split into pages) or goes (a withdrawn story). The anchor ledger is checked against
 * `renderedAnchors`, and the pages render exactly these.
 *
 * Lists that grow with the stories are split so that what is published stays put: a speaker's statements and the site
 * timeline's events are cut, oldest first, into numbered pages of `site.pageSize`; new stories fill the last page and
 * open new ones, never moving an older entry. An anchor that moves anyway (a list that outgrew its one page, a story
 * dated before others) leaves on its old page an element with its old id and a link to where it went.
 */
import type { Event } from '../schemas/index.ts';
import type { Anchor } from '../content/ledger.ts';
import { compareIsoDates } from '../content/dates.ts';
import { anchors, paths, withFragment } from '../urls/paths.ts';
import type { ArticleView, Catalog, EntryLike, StatementView, WithdrawnStory } from './catalog.ts';
import { paginate, type PageOf } from './pagination.ts';

/** An element kept at a published anchor that moved: the old id, and where the reader goes now. */
export interface Forward {
  /** The published fragment id. */
  id: string;
  /** Site path, with the fragment, of where it went. */
  to: string;
  /** Why the reader is sent on, as a sentence. */
  label: string;
}

/** A speaker's statements on their pages: one page while they fit (`paged` false), else numbered pages, oldest first. */
export interface SpeakerPlacement {
  paged: boolean;
  pages: PageOf<StatementView>[];
}

/** How a person's statements are split into pages (reading order: oldest story first). */
export function personPlacement(catalog: Catalog, personId: string): SpeakerPlacement {
  const said = catalog.statementsBy.speaker.get(personId) ?? [];
  const size = catalog.site.pageSize.person;
  return { paged: said.length > size, pages: paginate(said, size) };
}

/** The site path of page `n` of a person's statements: the person's own page while they fit on one. */
export function personPagePath(personId: string, placement: SpeakerPlacement, n: number): string {
  return placement.paged ? paths.personPage(personId, n) : paths.person(personId);
}

/** The story an event belongs to: the article that reports it; none for added context. */
export const storyOfEvent = (event: EntryLike<Event>): string | undefined => (event.data.origin === 'article' ? event.data.article : undefined);

/** One part of a timeline: a story's events (or added context), drawn to scale on their own axis. */
export interface TimelineGroup {
  /** The story the events belong to; absent for added context, and for the story's group on a single-story site. */
  story?: ArticleView;
  /** The group's heading; empty for a single-story site's only group. */
  title: string;
  events: EntryLike<Event>[];
}

/** The heading of the added context's group on the site timeline. */
export const ADDED_CONTEXT_TITLE = 'Added context, from other sources';

/**
 * The site timeline's groups: with one story, the story's own events, then the added context (so the page opens on
 * what the article reports, not on decades-old background); with several, the added context first (it stays put on the
 * first page while stories are added), then each story's events, stories in the order of their first event (so years
 * apart never squeeze one story's days).
 */
export function timelineGroups(catalog: Catalog): TimelineGroup[] {
  const all = catalog.timeline;
  const context = all.filter((e) => !storyOfEvent(e));
  const contextGroup = context.length > 0 ? [{ title: ADDED_CONTEXT_TITLE, events: context }] : [];
  if (catalog.articles.size <= 1) {
    const own = all.filter((e) => storyOfEvent(e));
    return [...(own.length > 0 ? [{ title: contextGroup.length > 0 ? 'What the article reports' : '', events: own }] : []), ...contextGroup];
  }
  return [
    ...contextGroup,
    ...[...catalog.articles.values()]
      .map((article) => ({ story: article, title: article.data.headline, events: all.filter((e) => storyOfEvent(e) === article.id) }))
      .filter((g) => g.events.length > 0)
      .sort((a, b) => compareIsoDates(a.events[0].data.start.date, b.events[0].data.start.date) || a.title.localeCompare(b.title)),
  ];
}

/** The site timeline cut into pages of `site.pageSize.timeline` events, groups kept in order (a group may continue on the next page). */
export function timelinePlacement(catalog: Catalog): PageOf<TimelineGroup>[] {
  const groups = timelineGroups(catalog);
  const flat = groups.flatMap((group) => group.events.map((event) => ({ group, event })));
  return paginate(flat, catalog.site.pageSize.timeline).map((page) => {
    const parts: TimelineGroup[] = [];
    for (const { group, event } of page.items) {
      const last = parts.at(-1);
      if (last && last.title === group.title && last.story === group.story) last.events.push(event);
      else parts.push({ ...group, events: [event] });
    }
    return { ...page, items: parts };
  });
}

/** Per catalog: where each published anchor's id renders now, by the family of pages it belongs to. */
interface Places {
  /** Statement id (current or former) → the page of its speaker's statements that shows it, per speaker. */
  person: Map<string, Map<string, string>>;
  /** Event id → the timeline page that shows it. */
  timeline: Map<string, string>;
  /** Published anchors by page path. */
  publishedOn: Map<string, string[]>;
}

const placesCache = new WeakMap<Catalog, Places>();

function placesOf(catalog: Catalog): Places {
  const cached = placesCache.get(catalog);
  if (cached) return cached;
  const person = new Map<string, Map<string, string>>();
  for (const id of catalog.people.keys()) {
    const placement = personPlacement(catalog, id);
    const where = new Map<string, string>();
    for (const page of placement.pages) {
      for (const s of page.items) for (const sid of [s.id, ...s.data.aliases]) where.set(sid, personPagePath(id, placement, page.current));
    }
    person.set(id, where);
  }
  // A withdrawn story's statements are found on its notice, which keeps their anchors.
  for (const story of catalog.withdrawn.values()) {
    for (const s of story.statements) for (const sid of [s.id, ...s.aliases]) person.get(s.speaker)?.set(sid, story.article.path);
  }
  const timeline = new Map<string, string>();
  for (const page of timelinePlacement(catalog)) for (const g of page.items) for (const e of g.events) timeline.set(e.id, paths.timeline(page.current));
  for (const story of catalog.withdrawn.values()) for (const id of story.events) timeline.set(id, paths.storyTimeline(story.article.id));
  const publishedOn = new Map<string, string[]>();
  for (const key of catalog.published) {
    const at = key.indexOf('#');
    const path = key.slice(0, at);
    publishedOn.set(path, [...(publishedOn.get(path) ?? []), key.slice(at + 1)]);
  }
  const places = { person, timeline, publishedOn };
  placesCache.set(catalog, places);
  return places;
}

/** The site path of the timeline page that shows an event, with its anchor (a withdrawn story's event: its notice). */
export function eventPath(catalog: Catalog, eventId: string): string {
  return withFragment(placesOf(catalog).timeline.get(eventId) ?? paths.timeline(), anchors.event(eventId));
}

/** The forwarding anchors of one page: each anchor published on it that now renders elsewhere. */
function forwardsOn(catalog: Catalog, path: string, where: ReadonlyMap<string, string>, what: (id: string) => string): Forward[] {
  return (placesOf(catalog).publishedOn.get(path) ?? [])
    .map((fragment) => ({ fragment, id: fragment.replace(/^[a-z]-/, '') }))
    .filter(({ id }) => where.has(id) && where.get(id) !== path)
    .map(({ fragment, id }) => ({ id: fragment, to: withFragment(where.get(id)!, fragment), label: what(where.get(id)!) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const movedTo = (kind: string) => (to: string) => (to.startsWith('/stories/') ? `This ${kind} belonged to a story that has been withdrawn: read why` : `This ${kind} has moved to another page: go to it`);

/** The forwarding anchors on a page of a person's statements (`/people/<id>/` or one of its numbered pages). */
export function personForwards(catalog: Catalog, personId: string, path: string): Forward[] {
  return forwardsOn(catalog, path, placesOf(catalog).person.get(personId) ?? new Map(), movedTo('statement'));
}

/** The forwarding anchors on a page of the site timeline. */
export function timelineForwards(catalog: Catalog, path: string): Forward[] {
  return forwardsOn(catalog, path, placesOf(catalog).timeline, movedTo('event'));
}

/** The ids a withdrawn story's notice keeps: each paragraph's and each statement's (with former ids). */
export function withdrawnStoryIds(story: WithdrawnStory): string[] {
  return [...story.paragraphs.map(anchors.paragraph), ...story.statements.flatMap((s) => [s.id, ...s.aliases].map(anchors.statement))];
}

/** The event ids a withdrawn story's timeline notice keeps: the events its article reported. */
export function withdrawnEventIds(catalog: Catalog, articleId: string): string[] {
  return [...catalog.events.values()].filter((e) => storyOfEvent(e) === articleId).map((e) => anchors.event(e.id));
}

/** Every permanent anchor the pages render: statements, paragraphs and events where they are shown, notices, and forwards. */
export function renderedAnchors(catalog: Catalog): Anchor[] {
  const found: Anchor[] = [];
  const add = (path: string, ids: string[]) => found.push(...ids.map((id) => ({ path, id })));
  for (const article of catalog.articles.values()) {
    add(article.path, article.text.blocks.map((b) => anchors.paragraph(b.n)));
    add(paths.storyTimeline(article.id), [...catalog.events.values()].filter((e) => storyOfEvent(e) === article.id).map((e) => anchors.event(e.id)));
  }
  for (const s of catalog.statements) add(s.article.path, [s.id, ...s.data.aliases].map(anchors.statement));
  for (const story of catalog.withdrawn.values()) {
    add(story.article.path, withdrawnStoryIds(story));
    add(paths.storyTimeline(story.article.id), withdrawnEventIds(catalog, story.article.id));
  }
  for (const id of catalog.people.keys()) {
    const placement = personPlacement(catalog, id);
    const shown = new Set<string>();
    for (const page of placement.pages) {
      const path = personPagePath(id, placement, page.current);
      shown.add(path);
      add(path, page.items.flatMap((s) => [s.id, ...s.data.aliases].map(anchors.statement)));
    }
    if (placement.paged) shown.add(paths.person(id));
    for (const path of shown) add(path, personForwards(catalog, id, path).map((f) => f.id));
  }
  for (const page of timelinePlacement(catalog)) {
    const path = paths.timeline(page.current);
    add(path, page.items.flatMap((g) => g.events.map((e) => anchors.event(e.id))));
    add(path, timelineForwards(catalog, path).map((f) => f.id));
  }
  return found.sort((a, b) => `${a.path}#${a.id}`.localeCompare(`${b.path}#${b.id}`));
}
