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

/** A date with the precision it is known to, as events and articles store it. */
export interface DateWithPrecision {
  date: string;
  precision: string;
}

/** A range in words, each end with its own date: the start's text, the separator, the end's (absent for one day). */
export interface RangeParts {
  start: { date: string; text: string };
  separator: string;
  end?: { date: string; text: string };
}

/** Splits a range into its written parts; a shared month and year are written once ("13–14 January 2026"). */
export function rangeParts(start: DateWithPrecision, end?: DateWithPrecision): RangeParts {
  const startText = formatIsoDate(start.date, start.precision);
  if (!end || end.date === start.date) return { start: { date: start.date, text: startText }, separator: '' };
  const endText = formatIsoDate(end.date, end.precision);
  const sameMonthDays = start.precision === 'day' && end.precision === 'day' && start.date.slice(0, 7) === end.date.slice(0, 7);
  return sameMonthDays
    ? { start: { date: start.date, text: String(dateParts(start.date)!.day) }, separator: '–', end: { date: end.date, text: endText } }
    : { start: { date: start.date, text: startText }, separator: ' – ', end: { date: end.date, text: endText } };
}

/** Formats a range as one string ("13–14 January 2026", "7 November 2025 – 14 January 2026"). */
export function formatIsoRange(start: DateWithPrecision, end?: DateWithPrecision): string {
  const parts = rangeParts(start, end);
  return parts.start.text + parts.separator + (parts.end?.text ?? '');
}

/** A month for an axis label: "Jul", or "Jul 2029" with its year (for the first label, and where the year changes). */
export function formatAxisMonth(date: string, withYear: boolean): string {
  const p = dateParts(date);
  if (!p || p.month === undefined) throw new Error(`not a month or day: ${date}`);
  const month = MONTHS[p.month - 1].slice(0, 3);
  return withYear ? `${month} ${p.year}` : month;
}
