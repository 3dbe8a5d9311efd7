import { statementsBySpeakerOrder, type Catalog } from './catalog.ts';
import { paginate, type PageOf } from './pagination.ts';

/** The quotes index, by speaker, cut into pages of statement ids. */
export function quotePages(catalog: Catalog): PageOf<string>[] {
  return paginate(statementsBySpeakerOrder(catalog).map((s) => s.id), catalog.site.pageSize.list);
}

/** Every path a statement page is built at: its id (the page) and each former id (a redirect to it). */
export function quotePageRoutes(catalog: Catalog): { slug: string; statementId: string; redirect: boolean }[] {
  return catalog.statements.flatMap((s) => [
    { slug: s.id, statementId: s.id, redirect: false },
    ...s.data.aliases.map((alias) => ({ slug: alias, statementId: s.id, redirect: true })),
  ]);
}
