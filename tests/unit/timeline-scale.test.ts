import { describe, expect, it } from 'vitest';
import { dayNumber, timeScale } from '../../src/model/timeline-scale.ts';
import { SITES, siteCatalog, siteCorpus } from '../support/sites.ts';

const corpus = siteCorpus(SITES.root);
const catalog = siteCatalog(SITES.root);

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

  it('places each event in proportion to the days between them', () => {
    const scale = timeScale(catalog.timeline)!;
    for (const r of scale.rows) {
      expect(r.from).toBeCloseTo((dayNumber(r.event.data.start.date) - dayNumber(scale.first)) / scale.days);
      expect(r.to).toBeGreaterThanOrEqual(r.from);
      expect(r.to).toBeLessThanOrEqual(1);
    }
    expect(scale.rows[0].from).toBe(0);
    expect(Math.max(...scale.rows.map((r) => r.to))).toBe(1);
    const gaps = scale.rows.map((r) => r.daysAfterPrevious);
    expect(gaps[0]).toBeNull();
    expect(gaps.slice(1).reduce((a, b) => a! + b!, 0)).toBe(dayNumber(scale.rows.at(-1)!.event.data.start.date) - dayNumber(scale.first));
    expect(scale.ticks.map((t) => t.date)).toEqual(['2025-12-01', '2026-01-01']);
  });
});
