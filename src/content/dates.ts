/** Calendar dates as strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): compared and formatted by hand, so no time zone can shift them. */
import { dateParts, isValidIsoDate, precisionOf } from '../schemas/dates.ts';

export { isValidIsoDate, precisionOf };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Compares two ISO dates of any precision by their earliest day; negative when `a` is earlier. */
export function compareIsoDates(a: string, b: string): number {
  const pad = (d: string) => (d + '-01-01').slice(0, 10);
  return pad(a) < pad(b) ? -1 : pad(a) > pad(b) ? 1 : 0;
}

/** Formats an ISO date for readers, to its own precision: "13 January 2026", "January 2026", "2026". */
export function formatIsoDate(date: string, precision: string = precisionOf(date)): string {
  const p = dateParts(date);
  if (!p) throw new Error(`not an ISO date: ${date}`);
  const text =
    p.day !== undefined ? `${p.day} ${MONTHS[p.month! - 1]} ${p.year}` : p.month !== undefined ? `${MONTHS[p.month - 1]} ${p.year}` : `${p.year}`;
  return precision === 'approximate' ? `around ${text}` : text;
}

/** Formats a range; the shared month and year are written once ("13–14 January 2026"). */
export function formatIsoRange(start: string, end: string | undefined, precision?: string): string {
  if (!end || end === start) return formatIsoDate(start, precision);
  const a = dateParts(start);
  const b = dateParts(end);
  if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month && precision !== 'approximate') {
    return `${a.day}–${b.day} ${MONTHS[a.month! - 1]} ${a.year}`;
  }
  return `${formatIsoDate(start, precision)} – ${formatIsoDate(end, precision)}`;
}
