/** Calendar dates as strings (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): parsed and formatted by hand, so no time zone can shift them. */

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Parts { year: number; month?: number; day?: number }

function parts(date: string): Parts | undefined {
  const m = ISO.exec(date);
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True when `date` is a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isValidIsoDate(date: unknown): date is string {
  if (typeof date !== 'string') return false;
  const p = parts(date);
  if (!p) return false;
  if (p.month === undefined) return true;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === undefined) return true;
  return p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

/** The precision a date is written to: `day`, `month` or `year`. */
export function precisionOf(date: string): 'day' | 'month' | 'year' {
  const p = parts(date);
  if (!p) throw new Error(`not an ISO date: ${date}`);
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

/** Compares two ISO dates of any precision by their earliest day; negative when `a` is earlier. */
export function compareIsoDates(a: string, b: string): number {
  const pad = (d: string) => (d + '-01-01').slice(0, 10);
  return pad(a) < pad(b) ? -1 : pad(a) > pad(b) ? 1 : 0;
}

/** Formats an ISO date for readers, to its own precision: "13 January 2026", "January 2026", "2026". */
export function formatIsoDate(date: string, precision: string = precisionOf(date)): string {
  const p = parts(date);
  if (!p) throw new Error(`not an ISO date: ${date}`);
  const text =
    p.day !== undefined ? `${p.day} ${MONTHS[p.month! - 1]} ${p.year}` : p.month !== undefined ? `${MONTHS[p.month - 1]} ${p.year}` : `${p.year}`;
  return precision === 'approximate' ? `around ${text}` : text;
}

/** Formats a range; the shared month and year are written once ("13–14 January 2026"). */
export function formatIsoRange(start: string, end: string | undefined, precision?: string): string {
  if (!end || end === start) return formatIsoDate(start, precision);
  const a = parts(start);
  const b = parts(end);
  if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month && precision !== 'approximate') {
    return `${a.day}–${b.day} ${MONTHS[a.month! - 1]} ${a.year}`;
  }
  return `${formatIsoDate(start, precision)} – ${formatIsoDate(end, precision)}`;
}
