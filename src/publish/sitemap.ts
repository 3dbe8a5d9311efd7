/** What the sitemap lists: every page except redirects from former ids and the 404 page. */
import type { Corpus } from '../content/read.ts';
import type { SitemapItem } from '@astrojs/sitemap';
import { joinBase, paths } from '../urls/paths.ts';
import { lastModifiedDay } from './dates.ts';

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

/** Site paths of a withdrawn story's notices (its story, quotes, timeline and statement pages): out of the sitemap, like the pages' `noindex`. */
export function noticePaths(corpus: Pick<Corpus, 'articles' | 'statements'>): string[] {
  const withdrawn = new Set(corpus.articles.filter((a) => a.data.withdrawn).map((a) => a.id));
  return [
    ...[...withdrawn].flatMap((id) => [paths.story(id), paths.storyQuotes(id), paths.storyTimeline(id)]),
    ...corpus.statements.filter((s) => withdrawn.has(s.data.article)).map((s) => paths.quote(s.id)),
  ];
}

/** Adds `lastmod` to each story page whose latest change (a correction, an update, an exact publication day) is known; other pages get none. */
export function sitemapLastmod(base: string, corpus: Pick<Corpus, 'articles'>): (item: SitemapItem) => SitemapItem {
  const byPath = new Map<string, string>();
  for (const a of corpus.articles) {
    const day = lastModifiedDay(a.data);
    if (day) byPath.set(joinBase(base, paths.story(a.id)), day);
  }
  return (item) => {
    const day = byPath.get(new URL(item.url).pathname);
    return day ? { ...item, lastmod: day } : item;
  };
}
