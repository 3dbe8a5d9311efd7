/** The site's stories as lists show them: newest first, each with its publisher, date, speakers and statement count. */
import type { Article } from '../schemas/index.ts';
import { compareIsoDates, formatIsoDate } from '../content/dates.ts';
import { oncePerCatalog, statementsInArticle, type ArticleView, type Catalog } from './catalog.ts';
import { paginate, type PageOf } from './pagination.ts';

/** One story in a list. */
export interface StorySummary {
  article: ArticleView;
  /** When it was published, to its precision ("On or after 13 January 2026", "November 2029"). */
  published: string;
  /** Its speakers' names, in order of first appearance. */
  speakers: string[];
  /** Statements marked in it. */
  count: number;
}

/** When an article was published, written to the precision it is known to. */
export function publishedText(published: Article['published']): string {
  return `${published.bound === 'not-before' ? 'On or after ' : ''}${formatIsoDate(published.date, published.precision)}`;
}

/** Every story, newest first (a date known only to its month counts from the month's first day); ties by headline. */
export const storiesNewestFirst: (catalog: Catalog) => readonly StorySummary[] = oncePerCatalog((catalog) =>
  [...catalog.articles.values()]
    .sort((a, b) => compareIsoDates(b.data.published.date, a.data.published.date) || a.data.headline.localeCompare(b.data.headline))
    .map((article) => {
      const statements = statementsInArticle(catalog, article.id);
      return { article, published: publishedText(article.data.published), speakers: [...new Set(statements.map((s) => s.speaker.name))], count: statements.length };
    }),
);

/** The stories index cut into pages. */
export function storyPagesOf(catalog: Catalog): PageOf<StorySummary>[] {
  return paginate(storiesNewestFirst(catalog), catalog.site.pageSize.stories);
}
