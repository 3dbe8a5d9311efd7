import { describe, expect, it } from 'vitest';
import { compareIsoDates, formatIsoDate, formatIsoRange, isValidIsoDate, precisionOf, rangeParts } from '../../src/content/dates.ts';

describe('dates', () => {
  it('accepts real calendar dates at each precision and rejects impossible ones', () => {
    for (const ok of ['2026-01-13', '2024-02-29', '2026-01', '1965']) expect(isValidIsoDate(ok), ok).toBe(true);
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13', '2026-1-13', '26-01-13', '2026-01-13T00:00', '', 20260113]) expect(isValidIsoDate(bad), String(bad)).toBe(false);
  });

  it('tells the precision a date is written to', () => {
    expect(precisionOf('2026-01-13')).toBe('day');
    expect(precisionOf('2026-01')).toBe('month');
    expect(precisionOf('1965')).toBe('year');
  });

  it('formats without any time zone shift, to the precision given', () => {
    expect(formatIsoDate('2026-01-13')).toBe('13 January 2026');
    expect(formatIsoDate('2025-11-07')).toBe('7 November 2025');
    expect(formatIsoDate('2026-01')).toBe('January 2026');
    expect(formatIsoDate('2026-01-13', 'approximate')).toBe('around 13 January 2026');
    const day = (date: string) => ({ date, precision: 'day' });
    expect(formatIsoRange(day('2026-01-13'), day('2026-01-14'))).toBe('13–14 January 2026');
    expect(formatIsoRange(day('2025-11-07'), day('2026-01-14'))).toBe('7 November 2025 – 14 January 2026');
    expect(formatIsoRange(day('2026-01-13'), day('2026-01-13'))).toBe('13 January 2026');
    expect(formatIsoRange({ date: '2026-01', precision: 'month' }, day('2026-01-14'))).toBe('January 2026 – 14 January 2026');
    expect(rangeParts(day('2026-01-13'), day('2026-01-14'))).toEqual({ start: { date: '2026-01-13', text: '13' }, separator: '–', end: { date: '2026-01-14', text: '14 January 2026' } });
  });

  it('orders dates of mixed precision by their first day', () => {
    const sorted = ['2026-01-13', '1965', '2025-11-07', '2026-01'].sort(compareIsoDates);
    expect(sorted).toEqual(['1965', '2025-11-07', '2026-01', '2026-01-13']);
  });
});
