/**
 * What each page shows, computed once from the catalog (and the publishing stage's JSON-LD and share cards): route files
 * call one of these in `getStaticPaths` (or at the top, for a single page) and pass the result as typed props; page
 * components only render it. Every result carries `head`, the props of the base layout.
 */
import type { Event, Person } from '../schemas/index.ts';
import {
  groupBySpeaker,
  roleLine,
  sortedPeople,
  speakingOutlets,
  statementsAtEvent,
  statementsBySpeaker,
  statementsInArticle,
  statementsVia,
  statementsBySpeakerOrderIn,
  type ArticleView,
  type Catalog,
  type EntryLike,
  type StatementView,
} from '../model/catalog.ts';
import { PERSON_KIND_LABEL, PERSON_KIND_LABELS } from '../model/labels.ts';
import { eventPath, withdrawnEventIds, withdrawnStoryIds, personForwards, personPlacement, storyOfEvent, timelineForwards, timelinePlacement, type Forward, type TimelineGroup } from '../model/anchoring.ts';
import { leadEventSections } from '../model/lead-event.ts';
import { quotePageRoutes, quotePages } from '../model/quote-pages.ts';
import { paginate } from '../model/pagination.ts';
import { statementsByTheme, themeMatrix } from '../model/themes.ts';
import { statementFacets, storyFacets, type FacetValues } from '../model/search-facets.ts';
import { truncate } from '../content/text.ts';
import { formatIsoDate } from '../content/dates.ts';
import { publishedText, storiesNewestFirst, storyPagesOf } from '../model/stories.ts';
import { articleCard, cardAlt, statementCard } from '../publish/share-image.ts';
import { eventLd, ldContext, ldGraph, newsArticleLd, organizationLd, quotationLd, speakerLd, type JsonLd } from '../publish/structured-data.ts';
import { CITATION_FORMATS, anchors, paths, withFragment, type CitationFormat } from '../urls/paths.ts';
import { CITATION_CONTENT_TYPES } from '../publish/citation-files.ts';

/** The base layout's props: what the page's head says about it. */
export interface PageHead {
  /** The page's own title; the site name is appended. */
  title: string;
  /** One sentence describing the page. */
  description: string;
  /** Site path of the page, for the canonical link and the current nav item. */
  path: string;
  /** Share image (Open Graph, Twitter), a site path from `paths.shareImage`; the site's own image by default. */
  image?: string;
  /** What the share image shows, for readers who cannot see it. */
  imageAlt?: string;
  /** `article` for a story or a statement, `website` otherwise (Open Graph type). */
  ogType?: 'website' | 'article';
  /** schema.org JSON-LD documents for this page. */
  jsonLd?: JsonLd[];
  /** Keep the page out of search indexes and the sitemap (redirects, the 404 page). */
  noindex?: boolean;
  /** Include the page in the site search (Pagefind); off for listings that repeat other pages and for non-indexed pages. */
  searchable?: boolean;
  /** The publishers whose words the page shows, credited in its footer; every publisher of the site when absent. */
  credits?: string[];
}

/** Statements grouped by their story, newest story first, each group in the article's order. */
function byStoryNewestFirst(catalog: Catalog, statements: readonly StatementView[]) {
  const byArticle = new Map<string, StatementView[]>();
  for (const s of statements) {
    const group = byArticle.get(s.article.id);
    if (group) group.push(s);
    else byArticle.set(s.article.id, [s]);
  }
  return storiesNewestFirst(catalog)
    .filter((story) => byArticle.has(story.article.id))
    .map((story) => ({ story, statements: byArticle.get(story.article.id)! }));
}

/** The publishers of these statements' articles, each once, for a page's footer. */
function creditsOf(statements: readonly StatementView[]): string[] {
  return [...new Set(statements.map((s) => s.article.publisherLabel))];
}

/** The lead event's page (`/`). */
export function leadEventPage(catalog: Catalog) {
  const sections = leadEventSections(catalog);
  const { event, article } = sections;
  const stories = storiesNewestFirst(catalog);
  return {
    head: {
      title: catalog.site.name,
      description: `${event.data.title}: ${catalog.site.tagline}`,
      path: paths.home(),
      jsonLd: [ldGraph([eventLd(ldContext(catalog), event)])],
      credits: [...new Set([article.publisherLabel, ...(stories.length > 1 ? stories.slice(0, catalog.site.pageSize.stories).map((s) => s.article.publisherLabel) : [])])],
    } satisfies PageHead,
    leadLabel: catalog.site.leadLabel,
    // The newest stories (the rest on /stories/), listed when the site has more than the lead's.
    stories: stories.length > 1 ? stories.slice(0, catalog.site.pageSize.stories) : [],
    storyCount: stories.length,
    ...sections,
    // Each occasion links to its event on the timeline.
    occasions: sections.occasions.map((o) => ({ ...o, href: o.event ? eventPath(catalog, o.event.id) : undefined })),
    framingBySpeaker: groupBySpeaker(sections.framing),
    experts: sections.experts.map((p) => ({
      person: p,
      line: roleLine(p.data),
      view: catalog.views.get(p.id),
      count: statementsBySpeaker(catalog, p.id).length,
    })),
    publisherLabel: article.publisherLabel,
  };
}

/** Every story page (`/stories/<id>/`). */
export function storyPages(catalog: Catalog) {
  return [...catalog.articles.values()].map((article) => {
    const a = article.data;
    return {
      head: {
        title: a.headline,
        description: a.description,
        path: article.path,
        ogType: 'article',
        image: paths.shareImage(`article-${article.id}`),
        imageAlt: cardAlt(articleCard(catalog, article.id)),
        jsonLd: [ldGraph([newsArticleLd(ldContext(catalog), article)])],
        credits: [article.publisherLabel],
      } satisfies PageHead,
      article,
      event: catalog.events.get(a.event),
      eventHref: eventPath(catalog, a.event),
      count: statementsInArticle(catalog, article.id).length,
      published: publishedText(a.published),
      citationFiles: citationLinks((format) => paths.storyCitation(article.id, format)),
      searchFacets: storyFacets(article),
    };
  });
}

/** Every page of the stories index (`/stories/`, `/stories/page/<n>/`): newest first. */
export function storiesIndexPages(catalog: Catalog) {
  return storyPagesOf(catalog).map((p) => ({
    head: {
      title: p.current === 1 ? 'Stories' : `Stories, page ${p.current} of ${p.last}`,
      description: p.current === 1 ? `Every story on ${catalog.site.name}, newest first, with its publisher, date and speakers.` : `Stories ${p.from} to ${p.to} of ${p.total}, newest first.`,
      path: paths.stories(p.current),
      searchable: false,
      credits: p.items.map((s) => s.article.publisherLabel).filter((name, i, all) => all.indexOf(name) === i),
    } satisfies PageHead,
    stories: p.items,
    current: p.current,
    last: p.last,
    total: p.total,
  }));
}

/**
 * The people index (`/people/`, and `/people/page/<n>/` once it outgrows a page): people by kind, then the outlets quoted
 * as speakers, each with their statement count; a page holds `pageSize.list` speakers, its groups headed by their kind.
 */
export function peopleIndexPages(catalog: Catalog) {
  const count = (id: string) => statementsBySpeaker(catalog, id).length;
  const speakers = [
    ...sortedPeople(catalog).map((p) => ({ group: p.data.kind as string, path: paths.person(p.id), name: p.data.name, nativeName: p.data.nativeName, line: roleLine(p.data), count: count(p.id) })),
    ...speakingOutlets(catalog).map((o) => ({ group: 'outlets', path: paths.outlet(o.id), name: o.data.name, nativeName: o.data.nativeName, line: '', count: count(o.id) })),
  ];
  const label = (group: string) => (group === 'outlets' ? 'Outlets quoted as speakers' : PERSON_KIND_LABELS[group as Person['kind']]);
  const size = catalog.site.pageSize.list;
  return paginate(speakers, size).map((p) => ({
    head: {
      title: p.current === 1 ? 'People' : `People, page ${p.current} of ${p.last}`,
      description:
        p.current === 1
          ? 'Everyone the stories quote or report: leaders, experts, officials, the public and unnamed groups, with what each said.'
          : `Speakers ${p.from} to ${p.to} of ${p.total}, by kind.`,
      path: paths.people(p.current),
    } satisfies PageHead,
    groups: [...new Set(p.items.map((x) => x.group))].map((group) => ({ group, label: label(group), speakers: p.items.filter((x) => x.group === group) })),
    from: p.from,
    to: p.to,
    current: p.current,
    last: p.last,
    total: p.total,
  }));
}

/** Statements as the person pages show them: by story, newest story first. */
function personGroups(catalog: Catalog, statements: readonly StatementView[]) {
  return byStoryNewestFirst(catalog, statements).map(({ story, statements: said }) => ({ story, statements: said }));
}

/**
 * Every page of a person's (`/people/<id>/`, and `/people/<id>/page/<n>/` once their statements outgrow one page): an
 * analyst's opens with the site's summary of their view. While the statements fit one page they are anchored there;
 * beyond, they are anchored on numbered pages, oldest first (so a page, once full, never changes), and the person's
 * own page shows the newest of them, links to every page, and forwards the anchors it published before.
 */
export function personPages(catalog: Catalog) {
  return [...catalog.people.values()].flatMap((person) => {
    const p = person.data;
    const isExpert = p.kind === 'analyst';
    const speaker = { type: 'person' as const, id: person.id, name: p.name, line: roleLine(p), path: paths.person(person.id), data: p };
    const all = statementsBySpeaker(catalog, person.id);
    const placement = personPlacement(catalog, person.id);
    const size = catalog.site.pageSize.person;
    const pageLinks = placement.paged
      ? placement.pages.map((page) => ({
          n: page.current,
          path: paths.personPage(person.id, page.current),
          from: page.from,
          to: page.to,
          stories: [...new Set(page.items.map((s) => s.article.data.headline))],
        }))
      : [];
    const common = {
      person: person as EntryLike<Person>,
      line: speaker.line,
      kindLabel: PERSON_KIND_LABEL[p.kind],
      total: all.length,
      storyCount: new Set(all.map((s) => s.article.id)).size,
      pageLinks,
    };
    const shownFirst = placement.paged ? [...all].reverse().slice(0, size).reverse() : all;
    const index = {
      head: {
        title: isExpert ? `${p.name}: the expert’s view` : p.name,
        description: isExpert
          ? `${p.name}'s reading of the story, summarised by this site, and every statement the article reports from ${p.name}.`
          : `Everything the stories report from ${p.name}, word for word, with links to each passage.`,
        path: paths.person(person.id),
        jsonLd: [ldGraph([speakerLd(ldContext(catalog), speaker)])],
        credits: creditsOf(shownFirst),
      } satisfies PageHead,
      ...common,
      n: 0,
      view: catalog.views.get(person.id),
      /** Whether the cards here carry the statements' anchors (they do while everything fits this one page). */
      anchored: !placement.paged,
      statements: shownFirst,
      byStory: personGroups(catalog, shownFirst),
      forwards: personForwards(catalog, person.id, paths.person(person.id)),
    };
    const numbered = placement.paged
      ? placement.pages.map((page) => {
          const link = pageLinks[page.current - 1];
          return {
            head: {
              title: `${p.name}: statements ${link.from} to ${link.to} of ${all.length}`,
              description: `Statements ${link.from} to ${link.to} of the ${all.length} the stories report from ${p.name}, oldest first, word for word, with links to each passage.`,
              path: link.path,
              credits: creditsOf(page.items),
            } satisfies PageHead,
            ...common,
            n: page.current,
            view: undefined,
            anchored: true,
            statements: page.items,
            byStory: personGroups(catalog, page.items),
            forwards: personForwards(catalog, person.id, link.path),
          };
        })
      : [];
    return [index, ...numbered];
  });
}

/** Every outlet's page (`/outlets/<id>/`): what it published, claimed and reported. */
export function outletPages(catalog: Catalog) {
  return [...catalog.outlets.values()].map((outlet) => {
    const o = outlet.data;
    return {
      head: {
        title: o.name,
        description: `What ${o.name} reported and claimed, as the article cites it.`,
        path: paths.outlet(outlet.id),
        jsonLd: [ldGraph([organizationLd(ldContext(catalog), outlet.id)])],
        credits: creditsOf([...statementsBySpeaker(catalog, outlet.id), ...statementsVia(catalog, outlet.id)]),
      } satisfies PageHead,
      outlet,
      line: [o.medium.replace('-', ' '), o.country].filter(Boolean).join(', '),
      own: statementsBySpeaker(catalog, outlet.id),
      reported: statementsVia(catalog, outlet.id),
      published: [...catalog.articles.values()].filter((a) => a.data.publisher === outlet.id),
    };
  });
}

/** Every page of the quotes index (`/quotes/`, `/quotes/page/<n>/`): statements grouped by speaker. */
export function quotesPages(catalog: Catalog) {
  return quotePages(catalog).map((p) => {
    const title = p.current === 1 ? 'All quotes' : `All quotes, page ${p.current} of ${p.last}`;
    return {
      head: {
        title,
        description:
          p.current === 1
            ? 'Every statement in the stories, by speaker, with its kind and themes.'
            : `Statements ${p.from} to ${p.to} of ${p.total}, by speaker, with their kind and themes.`,
        path: paths.quotes(p.current),
        searchable: false,
        credits: creditsOf(p.items.map((id) => catalog.statementById.get(id)!)),
      } satisfies PageHead,
      groups: groupBySpeaker(p.items.map((id) => catalog.statementById.get(id)!)),
      current: p.current,
      last: p.last,
      total: p.total,
    };
  });
}

/** What `/quotes/<slug>/` shows: a statement's page, a page that sends the reader on (at a former id), or a notice (withdrawn). */
export interface StatementRoute {
  slug: string;
  statement?: { head: PageHead; statement: StatementView; citationFiles: CitationLink[]; searchFacets: FacetValues };
  redirect?: { to: string; label: string; lang: string };
  notice?: WithdrawnNotice;
}

/** A page kept at the address of something withdrawn: what it was, when and why it was withdrawn, and the anchors it kept. */
export interface WithdrawnNotice {
  head: PageHead;
  /** What the page was ("story", "statement", "story's timeline"…). */
  what: string;
  headline: string;
  storyPath: string;
  publisherLabel: string;
  published: string;
  withdrawn: { date: string; reason: string };
  /** The fragment ids the page published, each kept as an element that sends the reader to the notice. */
  forwards: Forward[];
}

/** The notice pages of every withdrawn story: at its story, quotes and timeline addresses, and at each statement's. */
export function withdrawnNotices(catalog: Catalog): { story: WithdrawnNotice; quotes: WithdrawnNotice; timeline: WithdrawnNotice; statements: { slug: string; notice: WithdrawnNotice }[]; id: string }[] {
  return [...catalog.withdrawn.values()].map((w) => {
    const a = w.article;
    const notice = (what: string, path: string, ids: string[], title = `Withdrawn ${what}: ${a.data.headline}`): WithdrawnNotice => ({
      head: {
        title,
        description: `This ${what} (${path}) was withdrawn on ${formatIsoDate(w.withdrawn.date)}: ${truncate(w.withdrawn.reason, 120)}`,
        path,
        noindex: true,
        searchable: false,
        credits: [a.publisherLabel],
      },
      what,
      headline: a.data.headline,
      storyPath: a.path,
      publisherLabel: a.publisherLabel,
      published: publishedText(a.data.published),
      withdrawn: w.withdrawn,
      forwards: ids.map((id) => ({ id, to: withFragment(path, 'withdrawn'), label: `This ${what.startsWith('story') ? 'passage' : what} was withdrawn with its story: read why` })),
    });
    return {
      id: a.id,
      story: notice('story', a.path, withdrawnStoryIds(w)),
      quotes: notice('story’s list of statements', paths.storyQuotes(a.id), []),
      timeline: notice('story’s timeline', paths.storyTimeline(a.id), withdrawnEventIds(catalog, a.id)),
      statements: w.statements.flatMap((s) => [s.id, ...s.aliases].map((slug) => ({ slug, notice: notice('statement', paths.quote(slug), [], `Withdrawn statement “${slug}”: ${a.data.headline}`) }))),
    };
  });
}

/** A statement's page (`/quotes/<id>/`), or a page at a former id that sends the reader on. */
export function statementPages(catalog: Catalog): StatementRoute[] {
  const notices = withdrawnNotices(catalog).flatMap((w) => w.statements);
  return [...quotePageRoutes(catalog).map((r) => {
    const s = catalog.statementById.get(r.statementId)!;
    if (r.redirect) {
      return { slug: r.slug, redirect: { to: s.pagePath, label: `the page of ${s.speaker.name}’s statement`, lang: catalog.site.lang } };
    }
    const ctx = ldContext(catalog);
    const title = s.quotation ? `${s.speaker.name}: “${truncate(s.data.words, 70)}”` : `${s.speaker.name}, reported: ${truncate(s.data.words, 70)}`;
    return {
      slug: r.slug,
      statement: {
        head: {
          title,
          description: `${s.kindLabel} by ${s.speaker.name}${s.event ? `, ${s.event.data.title}` : ''}: ${truncate(s.data.words, 150)}`,
          path: s.pagePath,
          ogType: 'article',
          image: paths.shareImage(`statement-${s.id}`),
          imageAlt: cardAlt(statementCard(catalog, s)),
          jsonLd: [ldGraph(s.quotation ? [quotationLd(ctx, s)] : [speakerLd(ctx, s.speaker)])],
          credits: [s.article.publisherLabel],
        } satisfies PageHead,
        statement: s,
        citationFiles: citationLinks((format) => paths.quoteCitation(s.id, format)),
        searchFacets: statementFacets(s),
      },
    };
  }), ...notices];
}

/**
 * The themes index (`/themes/`): each theme with its count, and the speaker × theme table, whose rows continue on
 * `/themes/page/<n>/` once there are more speakers than `pageSize.list`.
 */
export function themesIndexPages(catalog: Catalog) {
  const matrix = themeMatrix(catalog);
  const size = catalog.site.pageSize.list;
  const themes = matrix.themes.map((theme) => ({ theme, count: statementsByTheme(catalog, theme.id).length }));
  return paginate(matrix.rows, size).map((p) => ({
    head: {
      title: p.current === 1 ? 'Themes' : `Who spoke about what, page ${p.current} of ${p.last}`,
      description:
        p.current === 1
          ? 'The statements by theme, and a table of who spoke about what.'
          : `Speakers ${p.from} to ${p.to} of ${p.total} in the table of who spoke about what.`,
      path: paths.themes(p.current),
      searchable: false,
    } satisfies PageHead,
    themes,
    rows: p.items,
    from: p.from,
    to: p.to,
    current: p.current,
    last: p.last,
    total: p.total,
  }));
}

/** Every theme's pages (`/themes/<id>/`, and `/themes/<id>/page/<n>/` once long): its statements, grouped by speaker. */
export function themePages(catalog: Catalog) {
  return catalog.site.themes.flatMap((theme) => {
    const statements = statementsByTheme(catalog, theme.id);
    return paginate(statements, catalog.site.pageSize.list).map((p) => ({
      head: {
        title: p.current === 1 ? `Theme: ${theme.label}` : `Theme: ${theme.label}, page ${p.current} of ${p.last}`,
        description:
          p.current === 1
            ? `${statements.length} statements on ${theme.label}${theme.description ? `: ${theme.description}` : ''}`
            : `Statements ${p.from} to ${p.to} of ${p.total} on ${theme.label}.`,
        path: paths.theme(theme.id, p.current),
        searchable: false,
        credits: creditsOf(p.items),
      } satisfies PageHead,
      theme,
      count: statements.length,
      groups: groupBySpeaker(p.items),
      current: p.current,
      last: p.last,
    }));
  });
}

/** One event on the timeline: the event, the event it is part of (and where its anchor is), what was said at it, and its own parts. */
export interface TimelineEntry {
  event: EntryLike<Event>;
  parent?: EntryLike<Event>;
  /** Site path, with the anchor, of the parent event; absent where the entry is nested under it. */
  parentPath?: string;
  said: StatementView[];
  /** The events that are part of this one (`partOf`), nested under it in date order. */
  parts: TimelineEntry[];
}

/** A timeline group with its entries, as the timeline pages show it: an event's parts nested under it when both are in the group. */
export type TimelineGroupView = TimelineGroup & { entries: TimelineEntry[] };

function timelineView(catalog: Catalog, groups: TimelineGroup[], pagePath: string): TimelineGroupView[] {
  const here = new Set(groups.flatMap((g) => g.events.map((e) => e.id)));
  return groups.map((g) => {
    const inGroup = new Set(g.events.map((e) => e.id));
    const entry = (event: EntryLike<Event>): TimelineEntry => {
      const parent = event.data.partOf ? catalog.events.get(event.data.partOf) : undefined;
      const nested = parent !== undefined && inGroup.has(parent.id);
      const parentPath = parent && !nested ? (here.has(parent.id) ? withFragment(pagePath, anchors.event(parent.id)) : eventPath(catalog, parent.id)) : undefined;
      const parts = g.events.filter((e) => e.data.partOf === event.id).map(entry);
      return { event, parent, parentPath, said: statementsAtEvent(catalog, event.id), parts };
    };
    return { ...g, entries: g.events.filter((e) => !(e.data.partOf && inGroup.has(e.data.partOf))).map(entry) };
  });
}

/**
 * The site timeline (`/timeline/`, and `/timeline/page/<n>/` once it outgrows one page): events in date order, each with
 * the statements made at it. With several stories, each story's events form a group drawn to scale on its own axis (so
 * years apart never squeeze one story's days into a corner), oldest story first, after the added context.
 */
export function timelinePages(catalog: Catalog) {
  const single = catalog.articles.size <= 1;
  return timelinePlacement(catalog).map((page) => {
    const path = paths.timeline(page.current);
    return {
      head: {
        title: page.current === 1 ? 'Timeline' : `Timeline, page ${page.current} of ${page.last}`,
        description:
          page.current === 1
            ? single
              ? 'The events behind the story in date order, each with the statements made at it.'
              : 'The events behind every story, story by story, each drawn to scale, with the statements made at each.'
            : `Events ${page.from} to ${page.to} of ${page.total}, in date order, story by story.`,
        path,
        credits: [...new Set(page.items.flatMap((g) => (g.story ? [g.story.publisherLabel] : [])))],
      } satisfies PageHead,
      title: page.current === 1 ? 'Timeline' : `Timeline, page ${page.current} of ${page.last}`,
      groups: timelineView(catalog, page.items, path),
      current: page.current,
      last: page.last,
      forwards: timelineForwards(catalog, path),
    };
  });
}

/** Each story's own timeline (`/stories/<id>/timeline/`): the events it reports, drawn to scale within the story. */
export function storyTimelinePages(catalog: Catalog) {
  return [...catalog.articles.values()].map((article) => {
    const events = [...catalog.timeline.filter((e) => storyOfEvent(e) === article.id)];
    const path = paths.storyTimeline(article.id);
    return {
      head: {
        title: `Timeline: ${article.data.headline}`,
        description: `The events that “${truncate(article.data.headline, 90)}”, by ${article.publisherLabel}, reports, in date order and drawn to scale, with the statements made at each.`,
        path,
        credits: [article.publisherLabel],
      } satisfies PageHead,
      article,
      title: 'Timeline of the story',
      groups: timelineView(catalog, [{ story: article, title: '', events }], path),
      current: 1,
      last: 1,
      forwards: [] as Forward[],
    };
  });
}

/** Each story's statements by speaker (`/stories/<id>/quotes/`), readable without JavaScript. */
export function storyQuotesPages(catalog: Catalog) {
  return [...catalog.articles.values()].map((article) => {
    const statements = statementsInArticle(catalog, article.id);
    const speakers = groupBySpeaker(statementsBySpeakerOrderIn(catalog, article.id));
    return {
      head: {
        title: `Quotes: ${article.data.headline}`,
        description: `The ${statements.length} statements of “${truncate(article.data.headline, 90)}”, by ${article.publisherLabel}, grouped by speaker, with their kind and themes.`,
        path: paths.storyQuotes(article.id),
        searchable: false,
        credits: [article.publisherLabel],
      } satisfies PageHead,
      article,
      total: statements.length,
      groups: speakers,
    };
  });
}

/** A link to one citation file: the site path, what it is, and its content type (the `type` hint on the link). */
export interface CitationLink { path: string; label: string; type: string }

/** The links to a page's citation files, in a fixed order (CSL-JSON, RIS, BibTeX). */
export function citationLinks(pathOf: (format: CitationFormat) => string): CitationLink[] {
  const labels: Record<CitationFormat, string> = { 'csl.json': 'CSL-JSON', ris: 'RIS', bib: 'BibTeX' };
  return CITATION_FORMATS.map((format) => ({ path: pathOf(format), label: labels[format], type: CITATION_CONTENT_TYPES[format] }));
}
