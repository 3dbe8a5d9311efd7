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
  type Catalog,
  type EntryLike,
  type StatementView,
} from '../model/catalog.ts';
import { PERSON_KIND_LABEL, PERSON_KIND_LABELS } from '../model/labels.ts';
import { leadEventSections } from '../model/lead-event.ts';
import { quotePageRoutes, quotePages } from '../model/quote-pages.ts';
import { statementsByTheme, themeMatrix } from '../model/themes.ts';
import { truncate } from '../content/text.ts';
import { formatIsoDate } from '../content/dates.ts';
import { articleCard, cardAlt, statementCard } from '../publish/share-image.ts';
import { eventLd, ldContext, ldGraph, newsArticleLd, organizationLd, quotationLd, speakerLd, type JsonLd } from '../publish/structured-data.ts';
import { paths } from '../urls/paths.ts';

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
}

/** The lead event's page (`/`). */
export function leadEventPage(catalog: Catalog) {
  const sections = leadEventSections(catalog);
  const { event, article } = sections;
  return {
    head: {
      title: catalog.site.name,
      description: `${event.data.title}: ${catalog.site.tagline}`,
      path: paths.home(),
      jsonLd: [ldGraph([eventLd(ldContext(catalog), event)])],
    } satisfies PageHead,
    leadLabel: catalog.site.leadLabel,
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
      } satisfies PageHead,
      article,
      event: catalog.events.get(a.event),
      count: statementsInArticle(catalog, article.id).length,
      published: `${a.published.bound === 'not-before' ? 'On or after ' : ''}${formatIsoDate(a.published.date, a.published.precision)}`,
    };
  });
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
      } satisfies PageHead,
      person: person as EntryLike<Person>,
      line: speaker.line,
      kindLabel: PERSON_KIND_LABEL[p.kind],
      view: catalog.views.get(person.id),
      statements: statementsBySpeaker(catalog, person.id),
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
        description: 'Every statement in the stories, by speaker, with its kind and themes.',
        path: paths.quotes(p.current),
        searchable: false,
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
  statement?: { head: PageHead; statement: StatementView };
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
        } satisfies PageHead,
        statement: s,
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

/** The timeline (`/timeline/`): events in date order, each with the statements made at it. */
export function timelinePage(catalog: Catalog) {
  return {
    head: { title: 'Timeline', description: 'The events behind the story in date order, each with the statements made at it.', path: paths.timeline() } satisfies PageHead,
    events: catalog.timeline,
    entries: catalog.timeline.map(
      (event): TimelineEntry => ({
        event,
        parent: event.data.partOf ? catalog.events.get(event.data.partOf) : undefined,
        said: statementsAtEvent(catalog, event.id),
      }),
    ),
  };
}
