import { describe, expect, it } from 'vitest';
import { dayNumber, timeScale } from '../../src/model/timeline-scale.ts';
import { formatIsoDate } from '../../src/content/dates.ts';
import { page } from '../support/html.ts';
import { SITES, outDir, siteCatalog, siteCorpus } from '../support/sites.ts';

describe('the timeline page drawn to scale', () => {
  const $ = page(outDir(SITES.root), '/timeline/');
  const corpus = siteCorpus(SITES.root);
  const onAxis = corpus.events.filter((e) => e.data.origin === 'article' && !e.data.partOf);
  const markAt = (li: Parameters<typeof $>[0]) => parseFloat($(li).find('.scale-mark').attr('x1') ?? $(li).find('.scale-mark').attr('cx')!);

  it('gives each of the article\'s events a row, in date order, linking to its entry, its date in <time>', () => {
    const rows = $('figure.scale .scale-rows > li');
    expect(rows.length).toBe(onAxis.length);
    const dates = rows.map((_, li) => $(li).find('time').first().attr('datetime')).get();
    expect([...dates].sort()).toEqual(dates);
    rows.each((_, li) => expect($($(li).find('a').attr('href')).is('ol.timeline > li')).toBe(true));
  });

  it('places each mark in order of its days, in proportion within each stretch, says the gaps and breaks in words', () => {
    const first = Math.min(...onAxis.map((e) => dayNumber(e.data.start.date)));
    const last = Math.max(...onAxis.map((e) => dayNumber((e.data.end ?? e.data.start).date)));
    const caption = $('figure.scale figcaption').text();
    expect(caption).toContain(`${last - first} days`);
    const scale = timeScale(siteCatalog(SITES.root).timeline)!;
    for (const b of scale.breaks) expect(caption).toContain(`leaves out ${b.days} days without an event, ${formatIsoDate(b.first)} to ${formatIsoDate(b.last)}`);
    const marks = $('figure.scale .scale-rows > li').map((_, li) => ({ day: dayNumber($(li).find('time').first().attr('datetime')!), x: markAt(li) })).get();
    for (const a of marks) for (const b of marks) if (a.day < b.day) expect(a.x).toBeLessThan(b.x);
    marks.forEach((m, i) => expect(m.x).toBeCloseTo(scale.rows[i].from * 100, 1));
    expect($('figure.scale .scale-gap').text()).toContain('59 days later');
    // A bar never runs past the end of the axis.
    $('figure.scale .scale-mark--span').each((_, line) => expect(parseFloat($(line).attr('x2')!)).toBeLessThanOrEqual(100));
  });

  it('lists the added-context events after the article\'s own, under their own heading, not on the axis, and hides the drawing from screen readers', () => {
    const ids = $('ol.timeline li').map((_, li) => $(li).attr('id')).get();
    const context = corpus.events.filter((e) => e.data.origin === 'context').map((e) => `e-${e.id}`);
    const own = ids.filter((id) => !context.includes(id));
    expect(context.length).toBeGreaterThan(0);
    for (const c of context) expect(ids.indexOf(c)).toBeGreaterThan(ids.indexOf(own.at(-1)!));
    expect($(`#${context[0]}`).closest('section').find('h2').first().text()).toBe('Added context, from other sources');
    for (const c of context) expect($(`figure.scale a[href="#${c}"]`).length).toBe(0);
    $('figure.scale svg').each((_, svg) => expect($(svg).attr('aria-hidden')).toBe('true'));
  });

  it('nests each event\'s parts under it, and links the said words\' speakers, each with one link to the words in the article', () => {
    for (const e of corpus.events.filter((x) => x.data.partOf)) expect($(`#e-${e.id}`).parent().closest('li').attr('id'), e.id).toBe(`e-${e.data.partOf}`);
    const said = $('ul.said > li');
    expect(said.length).toBe(corpus.statements.filter((s) => s.data.event).length);
    said.each((_, li) => {
      expect($(li).find('a.speaker').length).toBe(1);
      expect($(li).find('a[href*="#q-"]').length).toBe(1);
      expect($(li).find('a[href*="#q-"]').text()).not.toMatch(/[“”]/);
    });
  });
});
