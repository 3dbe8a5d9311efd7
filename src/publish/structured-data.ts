/** schema.org JSON-LD for search engines, built from the catalog by pure functions; pages render it with `jsonLdScript`. */
import type { Catalog, EntryLike, ArticleView, Speaker, StatementView } from '../model/catalog.ts';
import type { Event } from '../schemas/index.ts';
import type { Event as LdEvent, Graph, NewsArticle, NewsMediaOrganization, Organization, Person, Quotation, Thing } from 'schema-dts';
import { absoluteUrl, anchors, paths, withFragment } from '../urls/paths.ts';
import { eventPath } from '../model/anchoring.ts';

/** A JSON-LD node, typed by schema.org's vocabulary (schema-dts); objects only, never a bare string. */
type Node<T> = Exclude<T, string>;

/** A JSON-LD document or node as pages embed it. */
export type JsonLd = Node<Thing> | Graph;


/** Where the site lives, so the functions stay pure (no `import.meta.env`). */
export interface LdContext {
  catalog: Catalog;
  /** The absolute URL of a site path. */
  abs: (path: string) => string;
}

/** The default context: absolute URLs from the build's `site` and base. */
export function ldContext(catalog: Catalog): LdContext {
  return { catalog, abs: (path) => absoluteUrl(path) };
}

/** Stable node ids, so nodes on different pages name the same thing. */
const ldIds = {
  article: (ctx: LdContext, id: string) => `${ctx.abs(paths.story(id))}#article`,
  speaker: (ctx: LdContext, s: Pick<Speaker, 'type' | 'id'>) =>
    `${ctx.abs(s.type === 'person' ? paths.person(s.id) : paths.outlet(s.id))}#${s.type === 'person' ? 'person' : 'organization'}`,
  // The event's first address, kept as its identifier when the timeline splits into pages (its `url` says where it is now).
  event: (ctx: LdContext, id: string) => ctx.abs(withFragment(paths.timeline(), anchors.event(id))),
  quotation: (ctx: LdContext, id: string) => `${ctx.abs(paths.quote(id))}#quotation`,
};

/** An outlet as a schema.org NewsMediaOrganization. */
export function organizationLd(ctx: LdContext, outletId: string): Node<NewsMediaOrganization> {
  const o = ctx.catalog.outlets.get(outletId);
  return {
    '@type': 'NewsMediaOrganization',
    '@id': ldIds.speaker(ctx, { type: 'outlet', id: outletId }),
    name: o?.data.name ?? outletId,
    ...(o?.data.nativeName ? { alternateName: o.data.nativeName.text } : {}),
    url: ctx.abs(paths.outlet(outletId)),
  };
}

/**
 * A speaker: a `Person` (named or anonymous), an `Organization` (a body speaking as one), a plain `Thing` for an unnamed
 * group (schema.org has no type for "experts" the article names together, and calling them a Person or an Organization
 * would claim what is not known), or an outlet's `NewsMediaOrganization`.
 */
export function speakerLd(ctx: LdContext, speaker: Speaker): Node<Person> | Node<Organization> | Node<Thing> {
  if (speaker.type === 'outlet') return organizationLd(ctx, speaker.id);
  const p = speaker.data;
  const common = {
    '@id': ldIds.speaker(ctx, speaker),
    name: p.name,
    ...(p.nativeName ? { alternateName: p.nativeName.text } : {}),
    ...(p.description ? { description: p.description } : {}),
    url: ctx.abs(paths.person(speaker.id)),
  };
  if (p.kind === 'group') return { '@type': 'Thing', ...common, description: p.description ?? `${p.name}: an unnamed group, as the article names them` };
  if (p.kind === 'organisation') return { '@type': 'Organization', ...common };
  return {
    '@type': 'Person',
    ...common,
    ...(p.role ? { jobTitle: p.role } : {}),
    ...(p.affiliation ? { affiliation: { '@type': 'Organization', name: p.affiliation } } : {}),
  };
}

/** The `creator` of a quotation: a Person or an Organization; an unnamed group is not one, so it is named in `creditText` instead. */
function creatorLd(ctx: LdContext, speaker: Speaker): Pick<Node<Quotation>, 'creator' | 'creditText'> {
  if (speaker.type === 'person' && speaker.data.kind === 'group') return { creditText: `${speaker.data.name} (an unnamed group, as the article names them)` };
  return { creator: speakerLd(ctx, speaker) as Node<Person> | Node<Organization> };
}

/** An event; its dates keep their written precision (`2026-01`, `1965` are valid ISO 8601). */
export function eventLd(ctx: LdContext, event: EntryLike<Event>): Node<LdEvent> {
  const e = event.data;
  return {
    '@type': 'Event',
    '@id': ldIds.event(ctx, event.id),
    name: e.title,
    startDate: e.start.date,
    ...(e.end ? { endDate: e.end.date } : {}),
    ...(e.place ? { location: { '@type': 'Place', name: e.place } } : {}),
    ...(e.summary ? { description: e.summary } : {}),
    ...(e.partOf ? { superEvent: { '@id': ldIds.event(ctx, e.partOf) } } : {}),
    url: ctx.abs(eventPath(ctx.catalog, event.id)),
  };
}

/**
 * The article as a NewsArticle: its publisher, and its publication date only when the source states it exactly
 * (a date known as "on or after" is not a publication date, so it is left out rather than invented).
 */
export function newsArticleLd(ctx: LdContext, article: ArticleView): Node<NewsArticle> {
  const a = article.data;
  const event = ctx.catalog.events.get(a.event);
  return {
    '@type': 'NewsArticle',
    '@id': ldIds.article(ctx, article.id),
    headline: a.headline,
    description: a.description,
    // An inferred publisher is not stated as fact: it is left out, and the hedged credit is said in words.
    ...(a.publisherKnown === 'stated' ? { publisher: organizationLd(ctx, a.publisher) } : { creditText: `${article.publisherLabel}, from the article's words “${a.publisherBasis ?? ''}”` }),
    ...(a.published.bound === 'exact' ? { datePublished: a.published.date } : {}),
    ...(a.source.url ? { url: a.source.url, sameAs: a.source.url } : {}),
    mainEntityOfPage: ctx.abs(paths.story(article.id)),
    inLanguage: article.language,
    image: ctx.abs(paths.shareImage(`article-${article.id}`)),
    ...(event ? { about: eventLd(ctx, event) } : {}),
    ...(a.licence ? { license: a.licence.url } : {}),
    ...(a.credit ? { creditText: a.credit } : {}),
    ...(a.corrections.length > 0 ? { correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })) } : {}),
  };
}

/** A quotation: its words, the speaker as creator, the article it is based on, and the date it was said when the article gives one. */
export function quotationLd(ctx: LdContext, s: StatementView): Node<Quotation> {
  if (!s.quotation) throw new Error(`statement "${s.id}" is a ${s.data.kind}, not a quotation`);
  return {
    '@type': 'Quotation',
    '@id': ldIds.quotation(ctx, s.id),
    text: s.data.words,
    ...creatorLd(ctx, s.speaker),
    ...(s.event ? { dateCreated: s.event.data.start.date } : {}),
    isBasedOn: { '@id': ldIds.article(ctx, s.article.id) },
    ...(s.article.data.licence ? { license: s.article.data.licence.url } : {}),
    ...(s.article.data.credit ? { creditText: s.article.data.credit } : {}),
    url: ctx.abs(paths.quote(s.id)),
    // The words as published are in the article's language; a translation names what it translates.
    inLanguage: s.article.language,
    ...(s.language?.translated ? { translationOfWork: { '@type': 'Quotation', inLanguage: s.language.original } } : {}),
    ...(s.data.note || s.language ? { description: [s.data.note, s.language?.note].filter(Boolean).join(' ') } : {}),
  };
}

/** Wraps nodes in one JSON-LD document. */
export function ldGraph(nodes: Node<Thing>[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line separators are escaped as
 * `\uXXXX`, so no content (e.g. `</script>`) can end the script early; JSON parsers read the same value back.
 */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The Open Graph locale (`language_TERRITORY`, e.g. `en_US`) of a BCP 47 tag: the tag's own region when it has one,
 * else the likely one (CLDR likely subtags, through `Intl.Locale#maximize`), so `en` gives `en_US` and `ko` gives `ko_KR`.
 */
export function openGraphLocale(lang: string): string {
  const locale = new Intl.Locale(lang).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}
