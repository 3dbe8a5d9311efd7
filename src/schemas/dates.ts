import { z } from 'astro/zod';
import { isValidIsoDate, precisionOf } from '../lib/dates.ts';

/** How precisely a date is known. `approximate` means "on or around" the stated day, month or year. */
export const precisionSchema = z.enum(['day', 'month', 'year', 'approximate']);
export type Precision = z.infer<typeof precisionSchema>;

/** A calendar date as a string: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Never a Date, so no time zone can shift it. */
export const isoDateSchema = z
  .string({ error: 'expected a quoted date string such as "2026-01-13" (unquoted YAML dates are not accepted)' })
  .refine(isValidIsoDate, { error: 'expected a real calendar date written YYYY-MM-DD, YYYY-MM or YYYY' });

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
