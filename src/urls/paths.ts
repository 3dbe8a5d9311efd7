/** Every internal URL is built here, base-aware, with a trailing slash; no template writes a path by hand. */

/** Joins the site's base (`/` or `/news/` or `/news`) and a site path (`/people/x/`), with exactly one slash between. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

/** A site path with the configured base prepended. */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}

/** The absolute URL of a site path: origin from `site`, base included. */
export function absoluteUrl(path: string, site: string | URL | undefined = import.meta.env.SITE): string {
  return new URL(url(path), site ?? 'http://localhost:4321').href;
}

/** Site paths (without base) of every page kind. */
export const paths = {
  home: () => '/',
  /** The site icon (public/favicon.svg), so browsers do not ask for a missing /favicon.ico. */
  icon: () => '/favicon.svg',
  story: (articleId: string) => `/stories/${articleId}/`,
  /** One story's statements, by speaker (no JavaScript needed). */
  storyQuotes: (articleId: string) => `/stories/${articleId}/quotes/`,
  /** One story's timeline, drawn to scale within the story. */
  storyTimeline: (articleId: string) => `/stories/${articleId}/timeline/`,
  /** The stories index; pages after the first sit under `/stories/page/<n>/` (beside, never inside, a story's own folder). */
  stories: (page = 1) => (page <= 1 ? '/stories/' : `/stories/page/${page}/`),
  /** The people index; pages after the first sit under `/people/page/<n>/`. */
  people: (page = 1) => (page <= 1 ? '/people/' : `/people/page/${page}/`),
  person: (personId: string) => `/people/${personId}/`,
  /** Page `n` (from 1, oldest first) of a person's statements, once they outgrow one page (model/anchoring.ts). */
  personPage: (personId: string, page: number) => `/people/${personId}/page/${page}/`,
  outlet: (outletId: string) => `/outlets/${outletId}/`,
  /** The site timeline, oldest first; pages after the first sit under `/timeline/page/<n>/`. */
  timeline: (page = 1) => (page <= 1 ? '/timeline/' : `/timeline/page/${page}/`),
  /** The quotes index; pages after the first sit under `/quotes/page/<n>/`, so no statement id (even all digits) can collide. */
  quotes: (page = 1) => (page <= 1 ? '/quotes/' : `/quotes/page/${page}/`),
  /** A statement's own page (also the path a former id redirects from). */
  quote: (statementId: string) => `/quotes/${statementId}/`,
  /** The themes index; the rest of its table sits under `/themes/page/<n>/`. */
  themes: (page = 1) => (page <= 1 ? '/themes/' : `/themes/page/${page}/`),
  /** A theme's statements; pages after the first sit under `/themes/<id>/page/<n>/`. */
  theme: (themeId: string, page = 1) => (page <= 1 ? `/themes/${themeId}/` : `/themes/${themeId}/page/${page}/`),
  search: () => '/search/',
  /** Pagefind's script, written into the build by the search-index integration. */
  searchScript: () => '/pagefind/pagefind.js',
  /** The page hosts serve for unknown paths. */
  notFound: () => '/404.html',
  /** The sitemap index (written by @astrojs/sitemap). */
  sitemap: () => '/sitemap-index.xml',
  /** The RSS feed of stories. */
  feed: () => '/feed.xml',
  /** The page that lists the exports and feeds. */
  dataIndex: () => '/data/',
  /** A machine-readable export, e.g. `statements.json`, `statements.csv`. */
  data: (file: string) => `/data/${file}`,
  /** The JSON Schema of an export, e.g. `statements.schema.json`. */
  dataSchema: (name: string) => `/data/${name}.schema.json`,
  /** A 1200x630 share image: `statement-<id>`, `article-<id>` or `site`. */
  shareImage: (name: string) => `/share/${name}.png`,
  /** A statement's citation file for reference managers, beside its page: `citation.csl.json`, `citation.ris` or `citation.bib`. */
  quoteCitation: (id: string, format: CitationFormat) => `/quotes/${id}/citation.${format}`,
  /** A story's citation file, beside its page. */
  storyCitation: (id: string, format: CitationFormat) => `/stories/${id}/citation.${format}`,
};

/** The citation file formats, as file extensions: CSL-JSON, RIS, BibTeX. */
export const CITATION_FORMATS = ['csl.json', 'ris', 'bib'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** Fragment ids: `q-` a statement, `p-` a paragraph, `e-` an event. */
export const anchors = {
  statement: (statementId: string) => `q-${statementId}`,
  paragraph: (n: number) => `p-${n}`,
  event: (eventId: string) => `e-${eventId}`,
};

/** A path with a fragment. */
export function withFragment(path: string, fragment: string): string {
  return `${path}#${fragment}`;
}
