import { z } from 'astro/zod';
import { text } from './text.ts';
import { idSchema } from './ids.ts';

/**
 * What a statement is: `direct`, a whole quotation; `partial`, quoted words inside reported speech;
 * `paraphrase`, reported speech in the publisher's words; `editorial`, the publisher's own judgment in its own voice.
 */
export const statementKindSchema = z.enum(['direct', 'partial', 'paraphrase', 'editorial']);
export type StatementKind = z.infer<typeof statementKindSchema>;

/**
 * Where words the speaker published themselves first appeared (a post on a social network, a televised statement),
 * apart from `via`, the outlet that reported them.
 */
export const channelSchema = z
  .object({
    /** How the speaker published the words. */
    medium: z.enum(['social-post', 'televised-statement', 'press-release', 'website', 'interview', 'other']),
    /** Where, as the article names it (e.g. "X", "Truth Social", "national television"). */
    name: text().min(1).optional(),
    /** The original's address, when known. */
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();
export type Channel = z.infer<typeof channelSchema>;

/** One thing someone said or wrote, as the article reports it. Its id is its file name. */
export const statementSchema = z
  .object({
    /** The article that reports it. */
    article: idSchema,
    /** Who said it: a person id or an outlet id. */
    speaker: idSchema,
    /** What kind of statement it is. */
    kind: statementKindSchema,
    /** The words exactly as in the article; for a quotation, what stands inside the quotation marks. */
    words: text().trim().min(1, { error: 'expected the statement\'s words, exactly as in the article' }),
    /** The outlet that reported it, or null when the article does not say. */
    via: idSchema.nullable(),
    /** The event at which it was said, or null when the article does not say. */
    event: idSchema.nullable(),
    /** Theme ids from the site file. */
    themes: z.array(idSchema).default([]),
    /** Former ids, so old links keep landing on this statement. */
    aliases: z.array(idSchema).default([]),
    /** The site's note on the statement (labelled as the site's). */
    note: text().min(1).optional(),
    /**
     * For the second part of a quotation interrupted by narration ("…," she continued. "…"): the id of the part it
     * continues. The parts are shown and cited as one quotation, with the break marked.
     */
    continues: idSchema.optional(),
    /** The speaker's own channel for words they published themselves; `via` stays the outlet that reported them. */
    channel: channelSchema.optional(),
  })
  .strict();
export type Statement = z.infer<typeof statementSchema>;
