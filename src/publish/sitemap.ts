/** What the sitemap lists: every page except redirects from former ids and the 404 page. */
import type { Corpus } from '../content/read.ts';
import { joinBase, paths } from '../urls/paths.ts';

/** A filter for @astrojs/sitemap that drops the given site paths (base-relative) and the 404 page. */
export function sitemapFilter(base: string, excluded: readonly string[]): (page: string) => boolean {
  const drop = new Set(excluded.map((p) => joinBase(base, p)));
  return (page) => {
    const path = new URL(page).pathname;
    return !drop.has(path) && !/\/404\/?$/.test(path);
  };
}

/** Site paths of the redirect pages at statements' former ids. */
export function redirectPaths(corpus: Pick<Corpus, 'statements'>): string[] {
  return corpus.statements.flatMap((s) => s.data.aliases).map((alias) => paths.quote(alias));
}
