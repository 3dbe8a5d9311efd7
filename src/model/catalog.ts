/** The catalog: every entry resolved and indexed once, with what pages show computed once; components only render it. */
import { type Article, type Event, type Outlet, type Person, type Site, type Statement, type Theme, type View, isQuotationKind } from '../schemas/index.ts';
import type { Block, Mark } from '../content/body/article-body.ts';
import type { ArticleText } from '../content/collections.ts';
import { compareIsoDates } from '../content/dates.ts';
import { anchors, paths, withFragment } from '../urls/paths.ts';
import { KIND_LABELS } from './labels.ts';
import { eventPath } from './anchoring.ts';
import { languageView, type LanguageView } from './language.ts';
import { entriesOf, storedData } from '../content/loader.ts';
import type { Corpus } from '../content/read.ts';

/** An entry as both Astro's loaders and the integrity check give it. */
export interface EntryLike<T> {
  id: string;
  data: T;
  body?: string;
}

export interface CatalogInput {
  /** The site file, with the anchors the site has published (the ledger, as `path#id` keys) where known. */
  site: Site & { published?: string[] };
  /** Articles as the content layer stores them: frontmatter and the text the content stage read. */
  articles: EntryLike<Article & { text: ArticleText }>[];
  people: EntryLike<Person>[];
  outlets: EntryLike<Outlet>[];
  statements: EntryLike<Statement>[];
  events: EntryLike<Event>[];
  views: EntryLike<View>[];
}

/** An article with its text as read (paragraphs and marks) and what pages show of it. */
export type ArticleView = EntryLike<Article> & {
  text: ArticleText;
  /** The publisher's name (its id when the outlet is unknown). */
  publisherName: string;
  /**
   * The publisher as reader-facing text names it: its name, hedged when it is inferred ("Example Post (publisher
   * inferred)"), so that no page, card, citation or feed states an inference as fact.
   */
  publisherLabel: string;
  /** Site path of the story page. */
  path: string;
  /** The language the article is written in (BCP 47). */
  language: string;
};

/** What pages show of any speaker: name, the line under it, and where its page is. */
interface SpeakerLine {
  id: string;
  name: string;
  /** Role and affiliation, joined ("President, South Korea"); empty for an outlet or where neither is known. */
  line: string;
  /** Site path of the speaker's page. */
  path: string;
}

/** A speaker resolved: a person or an outlet. */
export type Speaker = SpeakerLine & ({ type: 'person'; data: Person } | { type: 'outlet'; data: Outlet });

/** A statement with everything a page needs to show it. */
export interface StatementView {
  id: string;
  data: Statement;
  speaker: Speaker;
  via?: EntryLike<Outlet>;
  event?: EntryLike<Event>;
  article: ArticleView;
  /** Where it is marked in the article. */
  mark: Mark;
  /** The paragraph or caption it is marked in. */
  block: Block;
  /** A quotation (direct or partial): the speaker's words, shown in quotation marks; otherwise the publisher's words. */
  quotation: boolean;
  /** Reader-facing label of its kind ("Direct quotation"). */
  kindLabel: string;
  /** Its themes, resolved to their labels. */
  themes: Theme[];
  /** Site path of its anchor in the story (`/stories/<article>/#q-<id>`). */
  storyPath: string;
  /** Site path of its own page. */
  pagePath: string;
  /** Site path, with the anchor, of its event on the site timeline (absent without an event). */
  eventPath?: string;
  /** The language it was said in and whether the article's words translate it, where the content records it. */
  language?: LanguageView;
  /** Reading position across the site: article order, then the order of the marks' numbered markers. */
  position: number;
  /** 1-based number of the statement within its article, shown beside its mark. */
  number: number;
  /** 1-based place of its marker within its paragraph, which pairs the marker with its note beside the text. */
  inBlock: number;
  /** Its story's headline, where the site has more than one story (so a card says which article it is in); absent otherwise. */
  storyName?: string;
  /** For a quotation interrupted by narration (`continues`): every part of it, in article order, this one included; absent otherwise. */
  parts?: StatementView[];
}

/** A withdrawn story: its pages stay at their URLs as notices, keeping every anchor they published. */
export interface WithdrawnStory {
  article: ArticleView;
  withdrawn: NonNullable<Article['withdrawn']>;
  /** Its statements: each id with its former ids, and who said it. */
  statements: { id: string; aliases: string[]; speaker: string; event: string | null }[];
  /** The numbers of its paragraphs and captions. */
  paragraphs: number[];
  /** The events only it reported (now off the timelines). */
  events: string[];
}

/** Everything the pages read, derived once from the content. */
export interface Catalog {
  site: Site;
  /** Every anchor the site has published (`path#id`), from the ledger: pages forward those that moved. */
  published: Set<string>;
  /** Stories that are shown (withdrawn stories are not here: see `withdrawn`), oldest first. */
  articles: Map<string, ArticleView>;
  /** Withdrawn stories by id. */
  withdrawn: Map<string, WithdrawnStory>;
  people: Map<string, EntryLike<Person>>;
  outlets: Map<string, EntryLike<Outlet>>;
  events: Map<string, EntryLike<Event>>;
  views: Map<string, EntryLike<View>>;
  /** All statements of the shown stories, in reading order. */
  statements: StatementView[];
  statementById: Map<string, StatementView>;
  /** Statements indexed by speaker, event, reporting outlet and article, each list in reading order (so pages look up, not scan). */
  statementsBy: {
    speaker: Map<string, StatementView[]>;
    event: Map<string, StatementView[]>;
    via: Map<string, StatementView[]>;
    article: Map<string, StatementView[]>;
  };
  /** Events in date order (start day, then order within the day, then title). */
  timeline: EntryLike<Event>[];
}

/** Listing order of speaker kinds: those who decide, then who explains, reports and campaigns, then the public. */
const KIND_ORDER: Record<Person['kind'], number> = { leader: 0, analyst: 1, official: 2, journalist: 3, activist: 4, advocate: 5, organisation: 6, public: 7, group: 8 };

/** Builds the catalog; assumes content that passed the integrity check. */
/**
 * Marks in the order a reader meets their numbered markers: each marker follows its statement's last word, so a
 * statement nested inside another is met (and numbered) before the one around it.
 */
export function inMarkerOrder<T extends { block: number; start: number; end: number }>(marks: readonly T[]): T[] {
  return [...marks].sort((a, b) => a.block - b.block || a.end - b.end || b.start - a.start);
}

export function buildCatalog(input: CatalogInput): Catalog {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const outlets = new Map(input.outlets.map((o) => [o.id, o]));
  const events = new Map(input.events.map((e) => [e.id, e]));
  const views = new Map(input.views.map((v) => [v.data.person, v]));
  const themes = new Map(input.site.themes.map((t) => [t.id, t]));
  const allArticles = [...input.articles]
    .sort((a, b) => compareIsoDates(a.data.published.date, b.data.published.date) || a.id.localeCompare(b.id))
    .map(({ id, data: { text, ...data }, body }): ArticleView => ({
      id,
      data,
      body,
      text,
      publisherName: outlets.get(data.publisher)?.data.name ?? data.publisher,
      publisherLabel: publisherLabel(outlets.get(data.publisher)?.data.name ?? data.publisher, data.publisherKnown),
      path: paths.story(id),
      language: data.language ?? input.site.lang,
    }));
  const articles = new Map(allArticles.filter((a) => !a.data.withdrawn).map((a) => [a.id, a]));
  const byId = new Map(input.statements.map((s) => [s.id, s]));
  const statements: StatementView[] = [];
  let position = 0;
  for (const article of articles.values()) {
    let number = 0;
    let inBlock = 0;
    let block = 0;
    for (const mark of inMarkerOrder(article.text.marks)) {
      const s = byId.get(mark.id);
      if (!s) continue;
      inBlock = mark.block === block ? inBlock + 1 : 1;
      block = mark.block;
      const quotation = isQuotationKind(s.data.kind);
      statements.push({
        id: s.id,
        data: s.data,
        speaker: resolveSpeaker(s.data.speaker, people, outlets),
        via: s.data.via ? outlets.get(s.data.via) : undefined,
        event: s.data.event ? events.get(s.data.event) : undefined,
        article,
        mark,
        block: article.text.blocks.find((b) => b.n === mark.block)!,
        quotation,
        kindLabel: KIND_LABELS[s.data.kind].label,
        themes: s.data.themes.map((t) => themes.get(t) ?? { id: t, label: t }),
        storyPath: withFragment(article.path, anchors.statement(s.id)),
        pagePath: paths.quote(s.id),
        language: s.data.language ? languageView(s.data.language, input.site.lang) : undefined,
        position: position++,
        number: ++number,
        inBlock,
        storyName: articles.size > 1 ? article.data.headline : undefined,
      });
    }
  }
  joinQuotationParts(statements);
  const withdrawn = new Map(
    allArticles
      .filter((a) => a.data.withdrawn)
      .map((a) => {
        const said = input.statements.filter((s) => s.data.article === a.id);
        const live = new Set(statements.map((s) => s.data.event));
        const events = input.events.filter((e) => e.data.origin === 'article' && e.data.article === a.id && !live.has(e.id)).map((e) => e.id);
        return [
          a.id,
          {
            article: a,
            withdrawn: a.data.withdrawn!,
            statements: said.map((s) => ({ id: s.id, aliases: s.data.aliases, speaker: s.data.speaker, event: s.data.event })),
            paragraphs: a.text.blocks.map((b) => b.n),
            events,
          },
        ] as const;
      }),
  );
  const offTimeline = new Set([...withdrawn.values()].flatMap((w) => w.events));
  const timeline = [...input.events].filter((e) => !offTimeline.has(e.id)).sort(
    (a, b) =>
      compareIsoDates(a.data.start.date, b.data.start.date) ||
      (a.data.order ?? 0) - (b.data.order ?? 0) ||
      Number(Boolean(a.data.partOf)) - Number(Boolean(b.data.partOf)) ||
      a.data.title.localeCompare(b.data.title),
  );
  const { published, ...site } = input.site;
  const catalog: Catalog = {
    site,
    published: new Set(published ?? []),
    articles,
    withdrawn,
    people,
    outlets,
    events,
    views,
    statements,
    statementById: new Map(statements.map((s) => [s.id, s])),
    statementsBy: {
      speaker: groupBy(statements, (s) => s.speaker.id),
      event: groupBy(statements, (s) => s.data.event),
      via: groupBy(statements, (s) => s.data.via),
      article: groupBy(statements, (s) => s.article.id),
    },
    timeline,
  };
  for (const s of statements) if (s.event) s.eventPath = eventPath(catalog, s.event.id);
  return catalog;
}

/** Links the parts of each quotation interrupted by narration (a chain of `continues`), so each part is shown as the whole. */
function joinQuotationParts(statements: StatementView[]): void {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const first = (s: StatementView): StatementView => {
    const seen = new Set<string>();
    let at = s;
    while (at.data.continues && byId.has(at.data.continues) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.data.continues)!;
    }
    return at;
  };
  const continued = new Set(statements.map((s) => s.data.continues).filter(Boolean));
  const groups = groupBy(
    statements.filter((s) => s.data.continues || continued.has(s.id)),
    (s) => first(s).id,
  );
  for (const parts of groups.values()) for (const s of parts) s.parts = parts;
}

/** The catalog of a corpus read directly (scripts and tests), its entries stored exactly as the content layer stores them. */
export function catalogOfCorpus(corpus: Corpus): Catalog {
  const stored = <T,>(name: Parameters<typeof entriesOf>[1]) => entriesOf(corpus, name).map((e) => ({ id: e.id, body: e.body, data: storedData(name, e, corpus) as T }));
  if (!corpus.site) throw new Error('the content folder has no valid site.yaml');
  return buildCatalog({
    site: storedData('site', corpus.site, corpus) as CatalogInput['site'],
    articles: stored('articles'),
    people: stored('people'),
    outlets: stored('outlets'),
    statements: stored('statements'),
    events: stored('events'),
    views: stored('views'),
  });
}

/** Groups items by a key, keeping their order; items whose key is null are left out. */
function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Resolves a speaker id to a person or an outlet. */
function resolveSpeaker(id: string, people: Map<string, EntryLike<Person>>, outlets: Map<string, EntryLike<Outlet>>): Speaker {
  const person = people.get(id);
  if (person) return { type: 'person', id, name: person.data.name, line: roleLine(person.data), path: paths.person(id), data: person.data };
  const outlet = outlets.get(id);
  if (outlet) return { type: 'outlet', id, name: outlet.data.name, line: '', path: paths.outlet(id), data: outlet.data };
  throw new Error(`unknown speaker "${id}" (the integrity check should have caught this)`);
}

/** A publisher's name as readers see it: hedged when the publisher is inferred, not stated by the source. */
export function publisherLabel(name: string, known: Article['publisherKnown']): string {
  return known === 'inferred' ? `${name} (publisher inferred)` : name;
}

/** A person's role and affiliation as one line ("President, South Korea"); empty when neither is known. */
export function roleLine(person: Pick<Person, 'role' | 'affiliation'>): string {
  return [person.role, person.affiliation].filter(Boolean).join(', ');
}

/** Statements by one speaker, in reading order. */
export function statementsBySpeaker(catalog: Catalog, speakerId: string): StatementView[] {
  return catalog.statementsBy.speaker.get(speakerId) ?? [];
}

/** Statements of one article, in reading order. */
export function statementsInArticle(catalog: Catalog, articleId: string): StatementView[] {
  return catalog.statementsBy.article.get(articleId) ?? [];
}

/** Statements made at an event, including at the events that are part of it, in reading order. */
export function statementsAtEvent(catalog: Catalog, eventId: string, includeParts = false): StatementView[] {
  const own = catalog.statementsBy.event.get(eventId) ?? [];
  if (!includeParts) return own;
  const parts = [...catalog.events.values()].filter((e) => e.data.partOf === eventId).flatMap((e) => catalog.statementsBy.event.get(e.id) ?? []);
  return [...own, ...parts].sort((a, b) => a.position - b.position);
}

/** Statements reported via an outlet, in reading order. */
export function statementsVia(catalog: Catalog, outletId: string): StatementView[] {
  return catalog.statementsBy.via.get(outletId) ?? [];
}

/**
 * A function of the catalog alone, computed once per catalog: a catalog never changes once built, and every route of a
 * build asks the same questions of it (a list sorted once, not once per person or story).
 */
export function oncePerCatalog<T>(compute: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const cache = new WeakMap<Catalog, T>();
  return (catalog) => {
    if (!cache.has(catalog)) cache.set(catalog, compute(catalog));
    return cache.get(catalog)!;
  };
}

/** People sorted for listing: leaders, analysts, officials, public, groups; then by name. */
export const sortedPeople: (catalog: Catalog) => readonly EntryLike<Person>[] = oncePerCatalog((catalog) =>
  [...catalog.people.values()].sort((a, b) => KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind] || a.data.name.localeCompare(b.data.name)),
);

/** Outlets that are speakers of at least one statement, sorted by name. */
export function speakingOutlets(catalog: Catalog): EntryLike<Outlet>[] {
  const speaking = new Set(catalog.statements.filter((s) => s.speaker.type === 'outlet').map((s) => s.speaker.id));
  return [...catalog.outlets.values()].filter((o) => speaking.has(o.id)).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Statements grouped by speaker (people in listing order, then outlets), for indexes. */
export const statementsBySpeakerOrder: (catalog: Catalog) => readonly StatementView[] = oncePerCatalog((catalog) => {
  const rank = new Map<string, number>();
  sortedPeople(catalog).forEach((p, i) => rank.set(p.id, i));
  const people = rank.size;
  [...catalog.outlets.values()].sort((a, b) => a.data.name.localeCompare(b.data.name)).forEach((o, i) => rank.set(o.id, people + i));
  return [...catalog.statements].sort((a, b) => (rank.get(a.speaker.id) ?? 0) - (rank.get(b.speaker.id) ?? 0) || a.position - b.position);
});

const bySpeakerOrderPerArticle = oncePerCatalog((catalog) => groupBy([...statementsBySpeakerOrder(catalog)], (s) => s.article.id));

/** One article's statements grouped by speaker, in the order of `statementsBySpeakerOrder`. */
export function statementsBySpeakerOrderIn(catalog: Catalog, articleId: string): readonly StatementView[] {
  return bySpeakerOrderPerArticle(catalog).get(articleId) ?? [];
}

/** Consecutive statements by the same speaker, grouped (input already in speaker order). */
export function groupBySpeaker(statements: readonly StatementView[]): { speaker: Speaker; items: StatementView[] }[] {
  const groups: { speaker: Speaker; items: StatementView[] }[] = [];
  for (const s of statements) {
    const g = groups.at(-1);
    if (g && g.speaker.id === s.speaker.id) g.items.push(s);
    else groups.push({ speaker: s.speaker, items: [s] });
  }
  return groups;
}
