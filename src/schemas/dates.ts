import { z } from 'astro/zod';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD with a month 01–12 and a day 01–31: what a JSON Schema can say of a date (the calendar check is code). */
export const ISO_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A date written to the day. */
export const ISO_DAY_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** The numbers of a date string. */
export interface DateParts { year: number; month?: number; day?: number }

/** Splits a date string into numbers; undefined when it is not written YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateParts(date: string): DateParts | undefined {
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
  const p = dateParts(date);
  if (!p) return false;
  if (p.month === undefined) return true;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === undefined) return true;
  return p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

/** The precision a date is written to: `day`, `month` or `year`. */
export function precisionOf(date: string): 'day' | 'month' | 'year' {
  const p = dateParts(date);
  if (!p) throw new Error(`not an ISO date: ${date}`);
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}


/** How precisely a date is known. `approximate` means "on or around" the stated day, month or year. */
export const precisionSchema = z.enum(['day', 'month', 'year', 'approximate']);
export type Precision = z.infer<typeof precisionSchema>;

/** A calendar date as a string: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Never a Date, so no time zone can shift it. */
export const isoDateSchema = z
  .string({ error: 'expected a quoted date string such as "2026-01-13" (unquoted YAML dates are not accepted)' })
  // The pattern travels into the published JSON Schemas (a `.refine` does not); the refinement adds the calendar check.
  .regex(ISO_DATE_PATTERN, { error: 'expected a real calendar date written YYYY-MM-DD, YYYY-MM or YYYY', abort: true })
  .refine(isValidIsoDate, { error: 'expected a real calendar date written YYYY-MM-DD, YYYY-MM or YYYY' });

/** The day of a change: a calendar date written YYYY-MM-DD, as a pattern the published JSON Schemas carry. */
export const isoDaySchema = isoDateSchema.regex(ISO_DAY_PATTERN, { error: 'expected the day of the change, written YYYY-MM-DD' });

/** A date with its precision; the written form must match the precision (a `day` needs YYYY-MM-DD). */
export const datePointSchema = z
  .object({
    /** The date, as precise as it is known. */
    date: isoDateSchema,
    /** How precisely the date is known. */
    precision: precisionSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!isValidIsoDate(value.date) || value.precision === 'approximate') return;
    const written = precisionOf(value.date);
    if (written !== value.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `precision "${value.precision}" does not match the date "${value.date}", which is written to the ${written}`,
      });
    }
  });
export type DatePoint = z.infer<typeof datePointSchema>;
