import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/schemas/index.ts';
import { BREAK_SHARE, CROWDED_SHARE, LABEL_SHARE, dayNumber, timeScale } from '../../src/model/timeline-scale.ts';
import { SITES, siteCatalog, siteCorpus } from '../support/sites.ts';

const corpus = siteCorpus(SITES.root);
const catalog = siteCatalog(SITES.root);
const event = (id: string, date: string, end?: string) => ({ id, data: { origin: 'article', article: 'a', title: id, datedBy: ['x'], framedBy: [], outcomes: [], start: { date, precision: 'day' }, ...(end ? { end: { date: end, precision: 'day' } } : {}) } as Event });

describe('the timeline to scale', () => {
  it('counts days across months and years', () => {
    expect(dayNumber('2026-01-05') - dayNumber('2025-11-07')).toBe(59);
    expect(dayNumber('2026-01') - dayNumber('2025-12-31')).toBe(1);
  });

  it('spans the article\'s events only, and keeps added context apart', () => {
    const scale = timeScale(catalog.timeline)!;
    const article = corpus.events.filter((e) => e.data.origin === 'article');
    const starts = article.map((e) => e.data.start.date).sort();
    const ends = article.map((e) => (e.data.end ?? e.data.start).date).sort();
    expect(scale.first).toBe(starts[0]);
    expect(scale.last).toBe(ends.at(-1));
    expect(scale.days).toBe(dayNumber(scale.last) - dayNumber(scale.first));
    expect(scale.apart.map((e) => e.id).sort()).toEqual(corpus.events.filter((e) => e.data.origin === 'context').map((e) => e.id).sort());
    expect(scale.rows.every((r) => !r.event.data.partOf && r.event.data.origin === 'article')).toBe(true);
  });

  it('places each event in proportion to the days between them within each stretch of the axis, every bar inside the axis', () => {
    const scale = timeScale(catalog.timeline)!;
    const segmentOf = (iso: string) => scale.segments.findIndex((s) => iso >= s.first && iso <= s.last);
    for (const r of scale.rows) {
      const s = scale.segments[segmentOf(r.event.data.start.date)];
      expect(r.from).toBeGreaterThanOrEqual(s.from);
      expect(r.to).toBeGreaterThanOrEqual(r.from);
      // A bar for a multi-day event ends within its stretch, so never past the axis end.
      expect(r.to).toBeLessThanOrEqual(s.to);
      expect(r.to).toBeLessThanOrEqual(1);
      const perDay = (s.to - s.from) / (dayNumber(s.last) - dayNumber(s.first) + 1);
      expect(r.from).toBeCloseTo(s.from + (dayNumber(r.event.data.start.date) - dayNumber(s.first) + 0.5) * perDay);
    }
    expect(scale.segments[0].from).toBe(0);
    expect(scale.segments.at(-1)!.to).toBeCloseTo(1);
    const gaps = scale.rows.map((r) => r.daysAfterPrevious);
    expect(gaps[0]).toBeNull();
    expect(gaps.slice(1).reduce((a, b) => a! + b!, 0)).toBe(dayNumber(scale.rows.at(-1)!.event.data.start.date) - dayNumber(scale.first));
    for (const t of scale.ticks) expect(segmentOf(t.date)).toBeGreaterThanOrEqual(0);
  });

  it('breaks a crowded axis at its long empty gaps, so that events days apart stand apart', () => {
    const scale = timeScale(catalog.timeline)!;
    const days = [...new Set(scale.rows.map((r) => dayNumber(r.event.data.start.date)))].sort((a, b) => a - b);
    const crowded = days.some((d, i) => i > 0 && d - days[i - 1] < CROWDED_SHARE * scale.days);
    expect(scale.breaks.length > 0).toBe(crowded);
    for (const b of scale.breaks) expect(b.days).toBeGreaterThan(BREAK_SHARE * scale.days - 1);
    for (const a of scale.rows) {
      for (const b of scale.rows) {
        if (a.event.data.start.date !== b.event.data.start.date) expect(Math.abs(a.from - b.from), `${a.event.id} and ${b.event.id}`).toBeGreaterThanOrEqual(CROWDED_SHARE);
      }
    }
  });

  it('keeps an axis whole where nothing crowds, and breaks one where days crowd after a long gap', () => {
    expect(timeScale([event('a', '2029-03-10'), event('b', '2031-02-01')])!.breaks).toEqual([]);
    const crowded = timeScale([event('a', '2030-01-01'), event('b', '2030-06-01'), event('c', '2030-06-02'), event('d', '2030-06-04', '2030-06-06')])!;
    expect(crowded.breaks.map((b) => [b.first, b.last, b.days])).toEqual([['2030-01-02', '2030-05-31', 150]]);
    expect(crowded.rows.at(-1)!.to).toBeLessThanOrEqual(1);
    expect(crowded.rows[2].from - crowded.rows[1].from).toBeGreaterThan(CROWDED_SHARE);
  });

  it('never sets two labels of a broken axis closer than a label\'s width, on a phone or from a desktop\'s width', () => {
    for (const scale of [timeScale(catalog.timeline)!, timeScale([event('a', '2030-01-01'), event('b', '2030-06-01'), event('c', '2030-06-02'), event('d', '2030-06-04', '2030-06-06')])!]) {
      for (const [share, labels] of [[LABEL_SHARE.narrow, scale.labels.filter((l) => !l.wide)], [LABEL_SHARE.wide, scale.labels]] as const) {
        const extents = labels.map((l) => (l.anchor === 'end' ? [l.at - share, l.at] : l.anchor === 'start' ? [l.at, l.at + share] : [l.at - share / 2, l.at + share / 2]));
        for (let i = 1; i < extents.length; i++) expect(extents[i][0]).toBeGreaterThanOrEqual(extents[i - 1][1] - 1e-9);
      }
      expect(scale.labels.filter((l) => !l.wide).length).toBeGreaterThan(0);
    }
  });
});
