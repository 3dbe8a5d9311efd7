import { z } from 'astro/zod';
import { text } from './text.ts';
import { idSchema } from './ids.ts';
import { datePointSchema } from './dates.ts';

/** Where an added-context fact comes from. */
export const contextSourceSchema = z
  .object({
    /** Title of the source. */
    title: text().min(1),
    /** Who publishes it. */
    publisher: text().min(1),
    /** Where to read it. */
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

const eventBase = z.object({
  /** A short title in the site's words. */
  title: text().min(1),
  /** When it started. */
  start: datePointSchema,
  /** When it ended, for events over several days. */
  end: datePointSchema.optional(),
  /** Order among events on the same day (1 first). */
  order: z.number().int().min(1).optional(),
  /** Where it happened. */
  place: text().min(1).optional(),
  /** The larger event this is part of. */
  partOf: idSchema.optional(),
  /** How the date was worked out from the sources' words, where it takes a step of reasoning. */
  dateNote: text().min(1).optional(),
  /** A sentence in the site's words on what happened. */
  summary: text().min(1).optional(),
});

/**
 * What was agreed or done at an event, in the article's words: the words alone (reported by the publisher), or with
 * `via`, the outlet the article credits for them ("According to <outlet>, …").
 */
export const outcomeSchema = z.union([
  text().min(1),
  z
    .object({
      /** The article's words, exactly. */
      words: text().min(1),
      /** The outlet the article credits for them. */
      via: idSchema,
    })
    .strict(),
]);
export type Outcome = z.infer<typeof outcomeSchema>;

/** The words of an outcome, whichever way it is written. */
export function outcomeWords(outcome: Outcome): string {
  return typeof outcome === 'string' ? outcome : outcome.words;
}

/** An event the article reports: dated by the article's own words. */
export const articleEventSchema = eventBase
  .extend({
    origin: z.literal('article'),
    /** The article that reports it. */
    article: idSchema,
    /** The article's words that date it ("on Monday", "from Tuesday to Wednesday"); each occurs verbatim in the article. */
    datedBy: z.array(text().min(1)).min(1),
    /** Statements that frame the leaders' words on the event's page (e.g. an observer's reading of the contrast). */
    framedBy: z.array(idSchema).default([]),
    /**
     * The people whose words the event's page sets side by side (person ids, in the order shown). Left out, the page
     * uses the article's speakers of kind `leader`, in order of first appearance.
     */
    principals: z.array(idSchema).min(1).optional(),
    /** What was agreed or done, in the article's words (each occurs verbatim in the article), with its source where the article names one. */
    outcomes: z.array(outcomeSchema).default([]),
  })
  .strict();

/** A fact from outside the article, shown as added context with its source. */
export const contextEventSchema = eventBase
  .extend({
    origin: z.literal('context'),
    /** Where the fact comes from. */
    sources: z.array(contextSourceSchema).min(1),
  })
  .strict();

/** An event on the timeline, tagged by where the fact comes from. */
export const eventSchema = z.discriminatedUnion('origin', [articleEventSchema, contextEventSchema]);
export type Event = z.infer<typeof eventSchema>;
