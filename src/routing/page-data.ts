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
  statementsBySpeakerOrder,
  type ArticleView,
  type Catalog,
  type EntryLike,
  type StatementView,
} from '../model/catalog.ts';
import { PERSON_KIND_LABEL, PERSON_KIND_LABELS } from '../model/labels.ts';
import { leadEventSections } from '../model/lead-event.ts';
import { QUOTES_PER_PAGE, quotePageRoutes, quotePages } from '../model/quote-pages.ts';
import { statementsByTheme, themeMatrix } from '../model/themes.ts';
import { statementFacets, storyFacets, type FacetValues } from '../model/search-facets.ts';
import { truncate } from '../content/text.ts';
import { compareIsoDates } from '../content/dates.ts';
import { STORIES_PER_PAGE, publishedText, storiesNewestFirst, storyPagesOf } from '../model/stories.ts';
import { articleCard, cardAlt, statementCard } from '../publish/share-image.ts';
import { eventLd, ldContext, ldGraph, newsArticleLd, organizationLd, quotationLd, speakerLd, type JsonLd } from '../publish/structured-data.ts';
import { CITATION_FORMATS, paths, type CitationFormat } from '../urls/paths.ts';
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
  return storiesNewestFirst(catalog)
    .map((story) => ({ story, statements: statements.filter((s) => s.article.id === story.article.id) }))
    .filter((g) => g.statements.length > 0);
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
      credits: [...new Set([article.publisherLabel, ...(stories.length > 1 ? stories.slice(0, STORIES_PER_PAGE).map((s) => s.article.publisherLabel) : [])])],
    } satisfies PageHead,
    leadLabel: catalog.site.leadLabel,
    // The newest stories (the rest on /stories/), listed when the site has more than the lead's.
    stories: stories.length > 1 ? stories.slice(0, STORIES_PER_PAGE) : [],
    storyCount: stories.length,
    ...sections,
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
      description: p.current === 1 ? `Every story on ${catalog.site.name}, newest first, with its publisher, date and speakers.` : `Stories ${(p.current - 1) * STORIES_PER_PAGE + 1} to ${(p.current - 1) * STORIES_PER_PAGE + p.items.length} of ${p.total}, newest first.`,
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

/** The people index (`/people/`): people by kind, and outlets that are speakers. */
export function peoplePage(catalog: Catalog) {
  const people = sortedPeople(catalog);
  const count = (id: string) => statementsBySpeaker(catalog, id).length;
  return {
    head: {
      title: 'People',
      description: 'Everyone the article quotes or reports: leaders, experts, officials, the public and unnamed groups, with what each said.',
      path: paths.people(),
    } satisfies PageHead,
    groups: [...new Set(people.map((p) => p.data.kind))].map((kind) => ({
      kind,
      label: PERSON_KIND_LABELS[kind],
      people: people.filter((p) => p.data.kind === kind).map((p) => ({ person: p, line: roleLine(p.data), count: count(p.id) })),
    })),
    outlets: speakingOutlets(catalog).map((o) => ({ outlet: o, count: count(o.id) })),
  };
}

/** Every person's page (`/people/<id>/`); an analyst's opens with the site's summary of their view. */
export function personPages(catalog: Catalog) {
  return [...catalog.people.values()].map((person) => {
    const p = person.data;
    const isExpert = p.kind === 'analyst';
    const speaker = { type: 'person' as const, id: person.id, name: p.name, line: roleLine(p), path: paths.person(person.id), data: p };
    return {
      head: {
        title: isExpert ? `${p.name}: the expert’s view` : p.name,
        description: isExpert
          ? `${p.name}'s reading of the story, summarised by this site, and every statement the article reports from ${p.name}.`
          : `Everything the article reports from ${p.name}, word for word, with links to each passage.`,
        path: paths.person(person.id),
        jsonLd: [ldGraph([speakerLd(ldContext(catalog), speaker)])],
        credits: creditsOf(statementsBySpeaker(catalog, person.id)),
      } satisfies PageHead,
      person: person as EntryLike<Person>,
      line: speaker.line,
      kindLabel: PERSON_KIND_LABEL[p.kind],
      view: catalog.views.get(person.id),
      statements: statementsBySpeaker(catalog, person.id),
      byStory: byStoryNewestFirst(catalog, statementsBySpeaker(catalog, person.id)),
    };
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
            : `Statements ${(p.current - 1) * QUOTES_PER_PAGE + 1} to ${(p.current - 1) * QUOTES_PER_PAGE + p.items.length} of ${p.total}, by speaker, with their kind and themes.`,
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

/** What `/quotes/<slug>/` shows: a statement's page, or (at a former id) a page that sends the reader on. */
export interface StatementRoute {
  slug: string;
  statement?: { head: PageHead; statement: StatementView; citationFiles: CitationLink[]; searchFacets: FacetValues };
  redirect?: { to: string; label: string; lang: string };
}

/** A statement's page (`/quotes/<id>/`), or a page at a former id that sends the reader on. */
export function statementPages(catalog: Catalog): StatementRoute[] {
  return quotePageRoutes(catalog).map((r) => {
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
  });
}

/** The themes index (`/themes/`): each theme with its count, and the speaker × theme table. */
export function themesPage(catalog: Catalog) {
  const matrix = themeMatrix(catalog);
  return {
    head: { title: 'Themes', description: 'The statements by theme, and a table of who spoke about what.', path: paths.themes(), searchable: false } satisfies PageHead,
    themes: matrix.themes.map((theme) => ({ theme, count: statementsByTheme(catalog, theme.id).length })),
    rows: matrix.rows,
  };
}

/** Every theme's page (`/themes/<id>/`): its statements, grouped by speaker. */
export function themePages(catalog: Catalog) {
  return catalog.site.themes.map((theme) => {
    const statements = statementsByTheme(catalog, theme.id);
    return {
      head: {
        title: `Theme: ${theme.label}`,
        description: `${statements.length} statements on ${theme.label}${theme.description ? `: ${theme.description}` : ''}`,
        path: paths.theme(theme.id),
        searchable: false,
        credits: creditsOf(statements),
      } satisfies PageHead,
      theme,
      count: statements.length,
      groups: groupBySpeaker(statements),
    };
  });
}

/** One event on the timeline: the event, the event it is part of, and what was said at it. */
export interface TimelineEntry {
  event: EntryLike<Event>;
  parent?: EntryLike<Event>;
  said: StatementView[];
}

/** One part of a timeline: a story's events (or added context), drawn to scale on their own axis. */
export interface TimelineGroup {
  /** The story the events belong to; absent for added context, and for the one group of a single-story site. */
  story?: ArticleView;
  /** The group's heading; empty for the one group of a single-story site. */
  title: string;
  events: EntryLike<Event>[];
  entries: TimelineEntry[];
}

function timelineEntry(catalog: Catalog, event: EntryLike<Event>): TimelineEntry {
  return { event, parent: event.data.partOf ? catalog.events.get(event.data.partOf) : undefined, said: statementsAtEvent(catalog, event.id) };
}

/** The story an event belongs to: the article that reports it; none for added context. */
const storyOf = (event: EntryLike<Event>) => (event.data.origin === 'article' ? event.data.article : undefined);

/**
 * The timeline (`/timeline/`): events in date order, each with the statements made at it. With several stories, each
 * story's events form a group drawn to scale on their own axis (so years apart never squeeze one story's days into a
 * corner), oldest story first, after the added context.
 */
export function timelinePage(catalog: Catalog) {
  const all = catalog.timeline;
  const group = (title: string, events: EntryLike<Event>[], story?: ArticleView): TimelineGroup => ({ story, title, events, entries: events.map((e) => timelineEntry(catalog, e)) });
  const groups =
    catalog.articles.size <= 1
      ? [group('', all)]
      : [
          ...(all.some((e) => !storyOf(e)) ? [group('Added context, from other sources', all.filter((e) => !storyOf(e)))] : []),
          ...[...catalog.articles.values()]
            .map((article) => group(article.data.headline, all.filter((e) => storyOf(e) === article.id), article))
            .filter((g) => g.events.length > 0)
            .sort((a, b) => compareIsoDates(a.events[0].data.start.date, b.events[0].data.start.date) || a.title.localeCompare(b.title)),
        ];
  return {
    head: {
      title: 'Timeline',
      description: catalog.articles.size <= 1 ? 'The events behind the story in date order, each with the statements made at it.' : 'The events behind every story, story by story, each drawn to scale, with the statements made at each.',
      path: paths.timeline(),
    } satisfies PageHead,
    title: 'Timeline',
    groups,
  };
}

/** Each story's own timeline (`/stories/<id>/timeline/`): the events it reports, drawn to scale within the story. */
export function storyTimelinePages(catalog: Catalog) {
  return [...catalog.articles.values()].map((article) => {
    const events = catalog.timeline.filter((e) => storyOf(e) === article.id);
    return {
      head: {
        title: `Timeline: ${article.data.headline}`,
        description: `The events that “${truncate(article.data.headline, 90)}”, by ${article.publisherLabel}, reports, in date order and drawn to scale, with the statements made at each.`,
        path: paths.storyTimeline(article.id),
        credits: [article.publisherLabel],
      } satisfies PageHead,
      article,
      title: 'Timeline of the story',
      groups: [{ story: article, title: '', events, entries: events.map((e) => timelineEntry(catalog, e)) }] satisfies TimelineGroup[],
    };
  });
}

/** Each story's statements by speaker (`/stories/<id>/quotes/`), readable without JavaScript. */
export function storyQuotesPages(catalog: Catalog) {
  return [...catalog.articles.values()].map((article) => {
    const statements = statementsInArticle(catalog, article.id);
    const speakers = groupBySpeaker(statementsBySpeakerOrder(catalog).filter((s) => s.article.id === article.id));
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
