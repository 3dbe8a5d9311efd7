import type { Event } from '../schemas/index.ts';
import type { EntryLike } from './catalog.ts';
import { formatAxisMonth } from '../content/dates.ts';

/** At most this many tick labels on an axis, so that labels never run into each other on a phone's width. */
export const MAX_TICK_LABELS = 4;

/** The day number of an ISO date (its first day when less precise), for counting days between dates. */
export function dayNumber(iso: string): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** One event placed on the axis. */
export interface ScaleRow {
  event: EntryLike<Event>;
  /** Where it starts and ends on the axis, as fractions 0–1 of the whole span. */
  from: number;
  to: number;
  /** Days since the previous event on the axis started; null for the first. */
  daysAfterPrevious: number | null;
}

/** The timeline drawn to scale. */
export interface TimeScale {
  /** First and last day on the axis (ISO), and the days between them. */
  first: string;
  last: string;
  days: number;
  rows: ScaleRow[];
  /** The first day of each month inside the span, for gridlines; at most MAX_TICK_LABELS of them, spread out, carry a label (with its year on the first and where the year changes). */
  ticks: { date: string; at: number; label?: string }[];
  /** Events kept off the axis (added context, often decades earlier), so they do not crush the article's events. */
  apart: EntryLike<Event>[];
}

/**
 * Puts the article's own events (not their parts) on a linear axis of days from the first to the last; events of
 * added context are listed apart. Events must come in date order (the catalog's timeline order).
 */
export function timeScale(events: EntryLike<Event>[]): TimeScale | undefined {
  const onAxis = events.filter((e) => e.data.origin === 'article' && !e.data.partOf);
  if (onAxis.length === 0) return undefined;
  const start = (e: EntryLike<Event>) => dayNumber(e.data.start.date);
  const end = (e: EntryLike<Event>) => dayNumber((e.data.end ?? e.data.start).date);
  const min = Math.min(...onAxis.map(start));
  const max = Math.max(...onAxis.map(end));
  const days = max - min;
  const at = (day: number) => (days === 0 ? 0 : (day - min) / days);
  const rows = onAxis.map((e, i) => ({
    event: e,
    from: at(start(e)),
    to: at(end(e)),
    daysAfterPrevious: i === 0 ? null : start(e) - start(onAxis[i - 1]),
  }));
  const ticks: TimeScale['ticks'] = [];
  for (let d = new Date(min * 86_400_000); ; ) {
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    const day = d.getTime() / 86_400_000;
    if (day > max) break;
    ticks.push({ date: d.toISOString().slice(0, 10), at: at(day) });
  }
  const every = Math.ceil(ticks.length / MAX_TICK_LABELS);
  let lastYear = '';
  ticks.forEach((t, i) => {
    if (i % every !== 0) return;
    t.label = formatAxisMonth(t.date, t.date.slice(0, 4) !== lastYear);
    lastYear = t.date.slice(0, 4);
  });
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return { first: iso(min), last: iso(max), days, rows, ticks, apart: events.filter((e) => e.data.origin !== 'article') };
}
