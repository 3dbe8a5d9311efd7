/** Dates the site may state to machines (feeds, sitemaps, link previews): only what is known to the day, never the build time. */
import type { Article } from '../schemas/index.ts';
import { compareIsoDates } from '../content/dates.ts';

/** The day an article was published, when the source states it exactly to the day; undefined for a bound or a coarser date. */
export function exactPublicationDay(article: Pick<Article, 'published'>): string | undefined {
  const p = article.published;
  return p.bound === 'exact' && p.precision === 'day' ? p.date : undefined;
}

/** The day an article last changed, as far as is known: its latest correction or update, else its exact publication day. */
export function lastModifiedDay(article: Pick<Article, 'published' | 'corrections'>): string | undefined {
  const days = [exactPublicationDay(article), ...article.corrections.map((c) => c.date)].filter((d): d is string => d !== undefined);
  return days.sort(compareIsoDates).at(-1);
}

/** The latest of some days, or undefined when none is known. */
export function latestDay(days: readonly (string | undefined)[]): string | undefined {
  return days.filter((d): d is string => d !== undefined).sort(compareIsoDates).at(-1);
}

/** A known day as a Date at 00:00 UTC (for RFC 822 dates in feeds); the day itself never shifts. */
export function dayAsUtcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
