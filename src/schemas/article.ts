import { z } from 'astro/zod';
import { text } from './text.ts';
import { idSchema } from './ids.ts';
import { datePointSchema, isoDaySchema } from './dates.ts';
import { languageTagSchema } from './statement.ts';

/** A quoted term in the article that is nobody's statement (a place name, a label), declared so no quote is silently skipped. */
export const nonStatementSchema = z
  .object({
    /** The words inside the quotation marks. */
    words: text().min(1),
    /** Why it is not a statement. */
    reason: text().min(1),
  })
  .strict();

/** One entry of a story's corrections and updates log, kept in content and shown on the story page and in the feed. */
export const correctionSchema = z
  .object({
    /** The day the change was made, `YYYY-MM-DD`. */
    date: isoDaySchema,
    /** `correction`: something shown was wrong and was fixed; `update`: something was added or changed. */
    kind: z.enum(['correction', 'update']),
    /** What changed and why, in the site's words. */
    text: text().min(1),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

/** The article's frontmatter. The body is the article text with each statement marked by `<Q id="…">`. */
export const articleSchema = z
  .object({
    /** The headline: the site's own, since the source has none (`headlineBy` says whose). */
    headline: text().min(1),
    /** Whose headline it is: `site` when this site wrote it, `publisher` when the source gave it. */
    headlineBy: z.enum(['site', 'publisher']),
    /** Outlet id of the publisher. */
    publisher: idSchema,
    /** How the publisher is known: `stated` in the source, or `inferred` from the words in `publisherBasis`. */
    publisherKnown: z.enum(['stated', 'inferred']),
    /** The article's words the publisher rests on. */
    publisherBasis: text().min(1).optional(),
    /** When it was published, with the precision it is known to. */
    published: datePointSchema
      .safeExtend({
        /** `exact` or `not-before` (published on or after the date). */
        bound: z.enum(['exact', 'not-before']),
        /** The article's words the date rests on. */
        basis: text().min(1),
      }),
    /** The event the article covers. */
    event: idSchema,
    /** Where the text comes from. */
    source: z
      .object({
        /** The seed file name. */
        file: text().min(1),
        /** The original URL, when known. */
        url: z.url({ protocol: /^https?$/ }).nullable(),
      })
      .strict(),
    /** A short description in the site's words. */
    description: text().min(1),
    /** Quoted terms that are nobody's words. */
    nonStatements: z.array(nonStatementSchema).default([]),
    /** Corrections and updates to this story on this site, oldest first; empty when there are none. */
    corrections: z.array(correctionSchema).default([]),
    /** The licence the article is published under, when it states one (e.g. CC BY 4.0). */
    licence: z
      .object({
        /** The licence's name, as the publisher gives it. */
        name: text().min(1),
        /** The licence's text. */
        url: z.url({ protocol: /^https?$/ }),
      })
      .strict()
      .optional(),
    /** The credit line the publisher or its licence requires, shown wherever the article's words are. */
    credit: text().min(1).optional(),
    /** The language the article is written in (BCP 47); the site's language when left out. */
    language: languageTagSchema.optional(),
    /**
     * Set when the story is withdrawn: its page stays at its URL, with its anchors, as a notice that says why; its
     * statements leave every list, feed, search index and export.
     */
    withdrawn: z
      .object({
        /** The day it was withdrawn, `YYYY-MM-DD`. */
        date: isoDaySchema,
        /** Why, in the site's words, shown on the notice. */
        reason: text().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Article = z.infer<typeof articleSchema>;
