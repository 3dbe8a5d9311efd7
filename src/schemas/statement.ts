import { z } from 'astro/zod';
import { languageTag, text } from './text.ts';
import { idSchema } from './ids.ts';

/**
 * What a statement is: `direct`, a whole quotation; `partial`, quoted words inside reported speech;
 * `paraphrase`, reported speech in the publisher's words; `editorial`, the publisher's own judgment in its own voice.
 */
export const statementKindSchema = z.enum(['direct', 'partial', 'paraphrase', 'editorial']);
export type StatementKind = z.infer<typeof statementKindSchema>;

/** Whether a statement of this kind is a quotation (the speaker's words in quotation marks): `direct` or `partial`. */
export function isQuotationKind(kind: StatementKind): boolean {
  return kind === 'direct' || kind === 'partial';
}

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

/** A BCP 47 language tag (`ko`, `ja`, `zh-Hans`, `en-GB`). */
export const languageTagSchema = languageTag();

/**
 * The language the words were said or written in, and whether the article's words are a translation. Each is marked
 * as stated by the article or inferred by an editor (never derived from the script of a name), with its basis.
 */
export const statementLanguageSchema = z
  .object({
    /** The language the speaker used. */
    original: languageTagSchema,
    /** `stated`: the article says which language; `inferred`: an editor's inference, explained in `basis`. */
    originalKnown: z.enum(['stated', 'inferred']),
    /** Whether the article's words are a translation of what was said. */
    translated: z.boolean(),
    /** `stated`: the article says whether they are translated; `inferred`: an editor's inference. */
    translatedKnown: z.enum(['stated', 'inferred']),
    /** Who translated, when the article names them; left out when it does not. */
    translator: text().min(1).optional(),
    /** The article's words it rests on, or the editor's reasoning. */
    basis: text().min(1),
  })
  .strict();
export type StatementLanguage = z.infer<typeof statementLanguageSchema>;

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
    /** The language the words were said in and whether the article's words translate them; left out where nobody can say. */
    language: statementLanguageSchema.optional(),
  })
  .strict();
export type Statement = z.infer<typeof statementSchema>;
