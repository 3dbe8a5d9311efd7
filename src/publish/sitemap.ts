/** What the sitemap lists: every page except redirects from former ids and the 404 page. */
import { contentDir } from '../content/collections.ts';
import { loadCorpus } from '../integrity/index.ts';
import { joinBase, paths } from '../routing/urls.ts';

/** A filter for @astrojs/sitemap that drops the given site paths (base-relative) and the 404 page. */
export function sitemapFilter(base: string, excluded: readonly string[]): (page: string) => boolean {
  const drop = new Set(excluded.map((p) => joinBase(base, p)));
  return (page) => {
    const path = new URL(page).pathname;
    return !drop.has(path) && !/\/404\/?$/.test(path);
  };
}

/** Site paths of the redirect pages at statements' former ids, read from the content folder. */
export function redirectPaths(root: string): string[] {
  const { corpus } = loadCorpus(contentDir(root), root);
  return corpus.statements.flatMap((s) => s.data?.aliases ?? []).map((alias) => paths.quote(alias));
}
