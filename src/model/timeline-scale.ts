import type { Event } from '../schemas/index.ts';
import type { EntryLike } from './catalog.ts';
import { formatAxisMonth } from '../content/dates.ts';

/** At most this many tick labels on an axis, so that labels never run into each other on a phone's width. */
export const MAX_TICK_LABELS = 4;

/** Two event days closer than this share of the axis are crowded: the axis then breaks at its long empty gaps. */
export const CROWDED_SHARE = 0.04;

/** An empty gap longer than this share of the whole span is cut out of a crowded axis. */
export const BREAK_SHARE = 0.3;

/** The share of the axis a break takes. */
export const BREAK_WIDTH = 0.06;

/** The share of the axis a label may need on a phone, and from a desktop's width (CSS shows `wide` labels there only). */
export const LABEL_SHARE = { narrow: 0.3, wide: 0.12 };

/** The day number of an ISO date (its first day when less precise), for counting days between dates. */
export function dayNumber(iso: string): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** One event placed on the axis. */
export interface ScaleRow {
  event: EntryLike<Event>;
  /** Where its first and last days sit on the axis, as fractions 0–1 of its width (each day at the middle of its slot). */
  from: number;
  to: number;
  /** Days since the previous event on the axis started; null for the first. */
  daysAfterPrevious: number | null;
}

/** A stretch of the axis drawn to one scale: its first and last days (ISO) and where it sits (fractions 0–1). */
export interface ScaleSegment {
  first: string;
  last: string;
  from: number;
  to: number;
}

/** Where a crowded axis skips an empty stretch: the days left out, and where the break is drawn. */
export interface ScaleBreak {
  /** First and last day left out (ISO), and how many. */
  first: string;
  last: string;
  days: number;
  from: number;
  to: number;
}

/** A label on the axis: its words, where it sits, which way it runs from there, and whether only wide screens show it. */
export interface ScaleLabel {
  /** The day it names (ISO), and its words. */
  date: string;
  text: string;
  at: number;
  anchor: 'start' | 'middle' | 'end';
  wide: boolean;
}

/** The timeline drawn to scale. */
export interface TimeScale {
  /** First and last day on the axis (ISO), and the days between them. */
  first: string;
  last: string;
  days: number;
  rows: ScaleRow[];
  /** The stretches drawn to scale, in order; one unless the axis breaks. */
  segments: ScaleSegment[];
  /** The empty stretches cut out between segments, so that crowded events stand apart. */
  breaks: ScaleBreak[];
  /** The first day of each month inside a segment, for gridlines. */
  ticks: { date: string; at: number }[];
  /** The axis labels, never closer than a label's width (LABEL_SHARE). */
  labels: ScaleLabel[];
  /** Events kept off the axis (added context, often decades earlier), so they do not crush the article's events. */
  apart: EntryLike<Event>[];
}

/** The stretches of days the axis draws: the whole span, or, when event days crowd together, the span with its long empty gaps cut out. */
function stretches(spans: [number, number][], min: number, max: number): [number, number][] {
  const days = [...new Set(spans.flat())].sort((a, b) => a - b);
  const total = max - min;
  const crowded = total > 0 && days.some((d, i) => i > 0 && d - days[i - 1] < CROWDED_SHARE * total);
  if (!crowded) return [[min, max]];
  // Covered stretches (overlapping events merged), then cut only the gaps between them that are long.
  const merged: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out: [number, number][] = [merged[0]];
  for (const [a, b] of merged.slice(1)) {
    const last = out.at(-1)!;
    if (a - last[1] > BREAK_SHARE * total) out.push([a, b]);
    else last[1] = b;
  }
  return out;
}

/**
 * Puts the article's own events (not their parts) on an axis of days from the first to the last, each day a slot of
 * equal width; events of added context are listed apart. When events days apart would crowd a months-long axis, the
 * long empty gaps are cut out (a break, said in words) and each remaining stretch keeps one scale within itself.
 * Events must come in date order (the catalog's timeline order).
 */
export function timeScale(events: EntryLike<Event>[]): TimeScale | undefined {
  const onAxis = events.filter((e) => e.data.origin === 'article' && !e.data.partOf);
  if (onAxis.length === 0) return undefined;
  const start = (e: EntryLike<Event>) => dayNumber(e.data.start.date);
  const end = (e: EntryLike<Event>) => dayNumber((e.data.end ?? e.data.start).date);
  const min = Math.min(...onAxis.map(start));
  const max = Math.max(...onAxis.map(end));
  const parts = stretches(onAxis.map((e) => [start(e), end(e)]), min, max);
  // Each stretch gets its share of the width left by the breaks, in proportion to its days (a slot per day).
  const slots = parts.reduce((n, [a, b]) => n + b - a + 1, 0);
  const room = 1 - BREAK_WIDTH * (parts.length - 1);
  const segments: (ScaleSegment & { a: number; b: number })[] = [];
  let x = 0;
  for (const [a, b] of parts) {
    const width = (room * (b - a + 1)) / slots;
    segments.push({ first: isoOfDay(a), last: isoOfDay(b), from: x, to: x + width, a, b });
    x += width + BREAK_WIDTH;
  }
  const at = (day: number) => {
    const s = segments.find((seg) => day >= seg.a && day <= seg.b + 1) ?? segments.at(-1)!;
    return s.from + ((day - s.a + 0.5) / (s.b - s.a + 1)) * (s.to - s.from);
  };
  const rows = onAxis.map((e, i) => ({
    event: e,
    from: at(start(e)),
    to: at(end(e)),
    daysAfterPrevious: i === 0 ? null : start(e) - start(onAxis[i - 1]),
  }));
  const breaks = segments.slice(1).map((s, i) => {
    const before = segments[i];
    return { first: isoOfDay(before.b + 1), last: isoOfDay(s.a - 1), days: s.a - before.b - 1, from: before.to, to: s.from };
  });
  const ticks: TimeScale['ticks'] = [];
  for (const s of segments) {
    for (let d = new Date(s.a * 86_400_000); ; ) {
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      const day = d.getTime() / 86_400_000;
      if (day > s.b) break;
      ticks.push({ date: isoOfDay(day), at: at(day) });
    }
  }
  return {
    first: isoOfDay(min),
    last: isoOfDay(max),
    days: max - min,
    rows,
    segments: segments.map(({ first, last, from, to }) => ({ first, last, from, to })),
    breaks,
    ticks,
    labels: breaks.length === 0 ? monthLabels(ticks) : segmentLabels(segments, writtenDates(onAxis)),
    apart: events.filter((e) => e.data.origin !== 'article'),
  };
}

/** Each day an event starts or ends on, as the event gives it (to the day, the month or the year): the most precise wins. */
function writtenDates(events: EntryLike<Event>[]): Map<number, string> {
  const written = new Map<number, string>();
  for (const point of events.flatMap((e) => [e.data.start, e.data.end ?? e.data.start])) {
    const day = dayNumber(point.date);
    if ((written.get(day)?.length ?? 0) < point.date.length) written.set(day, point.date);
  }
  return written;
}

/** An unbroken axis: at most MAX_TICK_LABELS month ticks, spread out, with the year on the first and where it changes. */
function monthLabels(ticks: TimeScale['ticks']): ScaleLabel[] {
  const every = Math.ceil(ticks.length / MAX_TICK_LABELS);
  let lastYear = '';
  return ticks.flatMap((t, i) => {
    if (i % every !== 0) return [];
    const withYear = t.date.slice(0, 4) !== lastYear;
    lastYear = t.date.slice(0, 4);
    return [{ date: t.date, text: formatAxisMonth(t.date, withYear), at: t.at, anchor: 'middle' as const, wide: false }];
  });
}

/**
 * A broken axis: the first day of each stretch where it starts, and the last day at the end, each kept only where it
 * leaves a label's width to the one before (on a phone; more are shown from a desktop's width).
 */
function segmentLabels(segments: (ScaleSegment & { a: number; b: number })[], written: Map<number, string>): ScaleLabel[] {
  // A day known only to its month or year is labelled so ("Mar 2029"), never as the first of the month.
  const day = (iso: string) => {
    const as = written.get(dayNumber(iso)) ?? iso;
    return as.length === 10 ? `${Number(as.slice(8, 10))} ${formatAxisMonth(as, true)}` : as.length === 7 ? formatAxisMonth(as, true) : as;
  };
  const last = segments.at(-1)!;
  const candidates: Omit<ScaleLabel, 'wide'>[] = [
    ...segments.map((s) => ({ date: s.first, text: day(s.first), at: s.from, anchor: 'start' as const })),
    ...(last.a < last.b ? [{ date: last.last, text: day(last.last), at: 1, anchor: 'end' as const }] : []),
  ];
  const extent = (c: Omit<ScaleLabel, 'wide'>, share: number) => (c.anchor === 'end' ? [c.at - share, c.at] : [c.at, c.at + share]);
  const fits = (c: Omit<ScaleLabel, 'wide'>, set: Omit<ScaleLabel, 'wide'>[], share: number) => {
    const [l, r] = extent(c, share);
    return set.every((o) => {
      const [ol, or] = extent(o, share);
      return r <= ol || or <= l;
    });
  };
  const narrow: typeof candidates = [];
  for (const c of candidates) if (fits(c, narrow, LABEL_SHARE.narrow)) narrow.push(c);
  const wide = [...narrow];
  for (const c of candidates) if (!wide.includes(c) && fits(c, wide, LABEL_SHARE.wide)) wide.push(c);
  return candidates.filter((c) => wide.includes(c)).map((c) => ({ ...c, wide: !narrow.includes(c) }));
}
