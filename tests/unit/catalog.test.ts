import { describe, expect, it } from 'vitest';
import { statementsAtEvent, statementsBySpeaker } from '../../src/model/catalog.ts';
import { leadEventSections } from '../../src/model/lead-event.ts';
import { SITES, siteCatalog, siteCorpus } from '../support/sites.ts';

const corpus = siteCorpus(SITES.root);
const catalog = siteCatalog(SITES.root);

describe('the catalog', () => {
  it('lists every statement once, in reading order, numbered within its article', () => {
    expect(catalog.statements).toHaveLength(corpus.statements.length);
    expect(catalog.statements.map((s) => s.number)).toEqual(catalog.statements.map((_, i) => i + 1));
    const blocks = catalog.statements.map((s) => s.mark.block);
    expect([...blocks].sort((a, b) => a - b)).toEqual(blocks);
  });

  it('numbers statements in the order a reader meets their markers, a nested one before the one around it', () => {
    // Each marker follows its statement's last word, so numbers rise with the position where the words end.
    const ends = catalog.statements.map((s) => [s.mark.block, s.mark.end]);
    expect([...ends].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(ends);
    const nested = catalog.statements.filter((s) => s.mark.parent);
    expect(nested.length).toBeGreaterThan(0);
    for (const s of nested) expect(s.number, s.id).toBeLessThan(catalog.statementById.get(s.mark.parent!)!.number);
  });

  it('orders the timeline by date, then by order within the day', () => {
    const starts = catalog.timeline.map((e) => e.data.start.date);
    expect([...starts].sort()).toEqual(starts);
    const sameDay = catalog.timeline.filter((e) => e.data.start.date === '2026-01-13' && e.data.order);
    expect(sameDay.map((e) => e.data.order)).toEqual([...sameDay.map((e) => e.data.order)].sort());
  });

  it('finds each speaker\'s statements and the statements made at an event and its parts', () => {
    for (const s of catalog.statements) expect(statementsBySpeaker(catalog, s.speaker.id)).toContain(s);
    const lead = catalog.site.leadEvent;
    expect(statementsAtEvent(catalog, lead, true).length).toBeGreaterThan(statementsAtEvent(catalog, lead).length);
  });

  it('puts the leaders side by side, with quotations only, and the framing apart', () => {
    const { sides, framing, outcomes, reactions } = leadEventSections(catalog);
    expect(sides).toHaveLength(2);
    for (const side of sides) {
      expect(side.statements.length).toBeGreaterThan(1);
      for (const s of side.statements) expect(['direct', 'partial']).toContain(s.data.kind);
    }
    expect(framing.length).toBeGreaterThan(0);
    for (const o of outcomes) expect(o.paragraph).toBeGreaterThan(0);
    expect(reactions.every((s) => s.speaker.type === 'outlet' || !['leader', 'analyst'].includes(s.speaker.data.kind))).toBe(true);
  });

  it('pairs the principals\' quotations by occasion: every one once, the event\'s parts first, words without an occasion last', () => {
    const { event, sides, occasions } = leadEventSections(catalog);
    for (const row of occasions) {
      expect(row.cells.map((c) => c.speaker.id)).toEqual(sides.map((s) => s.speaker.id));
      expect(row.cells.some((c) => c.statements.length > 0)).toBe(true);
      for (const c of row.cells) for (const s of c.statements) expect(s.event?.id).toBe(row.event?.id);
    }
    for (const side of sides) expect(occasions.flatMap((o) => o.cells.filter((c) => c.speaker.id === side.speaker.id).flatMap((c) => c.statements))).toHaveLength(side.statements.length);
    const kinds = occasions.map((o) => (o.event === undefined ? 'none' : o.event.id === event.id ? 'event' : 'part'));
    expect(kinds).toEqual([...kinds].sort((a, b) => ['part', 'event', 'none'].indexOf(a) - ['part', 'event', 'none'].indexOf(b)));
    expect(kinds[0]).toBe('part');
  });
});
