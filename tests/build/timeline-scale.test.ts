import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/model/timeline-scale.ts';
import { page } from '../support/html.ts';
import { SITES, outDir, siteCorpus } from '../support/sites.ts';

describe('the timeline page drawn to scale', () => {
  const $ = page(outDir(SITES.root), '/timeline/');
  const corpus = siteCorpus(SITES.root);
  const onAxis = corpus.events.filter((e) => e.data.origin === 'article' && !e.data.partOf);

  it('gives each of the article\'s events a row, in date order, linking to its entry, its date in <time>', () => {
    const rows = $('figure.scale .scale-rows > li');
    expect(rows.length).toBe(onAxis.length);
    const dates = rows.map((_, li) => $(li).find('time').first().attr('datetime')).get();
    expect([...dates].sort()).toEqual(dates);
    rows.each((_, li) => expect($($(li).find('a').attr('href')).is('ol.timeline > li')).toBe(true));
  });

  it('places each mark in proportion to the days between events, and says the gaps in words', () => {
    const first = Math.min(...onAxis.map((e) => dayNumber(e.data.start.date)));
    const last = Math.max(...onAxis.map((e) => dayNumber((e.data.end ?? e.data.start).date)));
    expect($('figure.scale figcaption').text()).toContain(`${last - first} days`);
    $('figure.scale .scale-rows > li').each((_, li) => {
      const start = dayNumber($(li).find('time').first().attr('datetime')!);
      const x = parseFloat($(li).find('.scale-mark').attr('x1')!);
      expect(x).toBeCloseTo(((start - first) / (last - first)) * 100, 1);
    });
    expect($('figure.scale .scale-gap').text()).toContain('59 days later');
  });

  it('lists the added-context events apart, not on the axis, and hides the drawing from screen readers', () => {
    const apart = $('figure.scale .scale-apart li a').map((_, a) => $(a).attr('href')).get();
    expect(apart.sort()).toEqual(corpus.events.filter((e) => e.data.origin === 'context').map((e) => `#e-${e.id}`).sort());
    $('figure.scale svg').each((_, svg) => expect($(svg).attr('aria-hidden')).toBe('true'));
  });
});
