import { statementsBySpeakerOrder, type Catalog } from './catalog.ts';
import { paginate, type PageOf } from './pagination.ts';

/**
 * Statements per index page: keeps every page within the performance budget as stories are added, and short enough to
 * scroll on a phone (the reading test holds each page under 7,000 px at 375 px wide).
 */
export const QUOTES_PER_PAGE = 30;

/** The quotes index, by speaker, cut into pages of statement ids. */
export function quotePages(catalog: Catalog): PageOf<string>[] {
  return paginate(statementsBySpeakerOrder(catalog).map((s) => s.id), QUOTES_PER_PAGE);
}

/** Every path a statement page is built at: its id (the page) and each former id (a redirect to it). */
export function quotePageRoutes(catalog: Catalog): { slug: string; statementId: string; redirect: boolean }[] {
  return catalog.statements.flatMap((s) => [
    { slug: s.id, statementId: s.id, redirect: false },
    ...s.data.aliases.map((alias) => ({ slug: alias, statementId: s.id, redirect: true })),
  ]);
}
