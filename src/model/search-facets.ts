/** The search page's facets: which filters a page carries in the Pagefind index, each value as readers see it (never an id). */
import type { ArticleView, StatementView } from './catalog.ts';

/** Each facet the search page offers, with the words of its control ("Any speaker"). */
export const SEARCH_FACETS = [
  { key: 'story', label: 'Story', any: 'Any story' },
  { key: 'speaker', label: 'Speaker', any: 'Any speaker' },
  { key: 'kind', label: 'Kind', any: 'Any kind' },
  { key: 'theme', label: 'Theme', any: 'Any theme' },
] as const;

/** A facet's key (Pagefind's filter name). */
export type SearchFacet = (typeof SEARCH_FACETS)[number]['key'];

/** A page's values for each facet it carries. */
export type FacetValues = Partial<Record<SearchFacet, string[]>>;

/** A statement's page: its story's headline, its speaker's name, its kind's label and its themes' labels. */
export function statementFacets(s: StatementView): FacetValues {
  return { story: [s.article.data.headline], speaker: [s.speaker.name], kind: [s.kindLabel], theme: s.themes.map((t) => t.label) };
}

/** A story's page: its headline alone, so that filtering by a story finds the story and its statements, and filtering by a speaker finds only statements. */
export function storyFacets(article: ArticleView): FacetValues {
  return { story: [article.data.headline] };
}
