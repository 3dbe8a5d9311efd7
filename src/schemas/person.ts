import { z } from 'astro/zod';
import { languageTag, text } from './text.ts';

/** A name in its native script, with the BCP 47 language tag that screen readers and fonts need. */
export const nativeNameSchema = z
  .object({
    /** The name as written natively, e.g. 김민준. */
    text: text().min(1),
    /** BCP 47 language tag, e.g. `ko`, `ja`, `zh-Hans`. */
    lang: languageTag(),
  })
  .strict();

/**
 * The kinds of speaker: `leader` (a head of state or government, a party leader), `official` (an official of any rank,
 * a spokesperson), `analyst` (an expert whose view gets a summary), `journalist`, `activist`, `advocate` (who speaks for
 * a cause or a client, a lawyer), `organisation` (a company, an NGO, a body speaking as one), `public` (a member of the
 * public, named or not) and `group` (an unnamed group, such as "experts").
 */
export const personKindSchema = z.enum(['leader', 'official', 'analyst', 'journalist', 'activist', 'advocate', 'organisation', 'public', 'group']);
export type PersonKind = z.infer<typeof personKindSchema>;

/** A speaker: a named person, an anonymous member of the public, or an unnamed group. */
export const personSchema = z
  .object({
    /** Display name; for an anonymous or unnamed speaker, a description such as "Anonymous commenter". */
    name: text().min(1),
    /** Name in the native script, where known. */
    nativeName: nativeNameSchema.optional(),
    /** Role as the article gives it, e.g. "Mayor of Springfield". */
    role: text().min(1).optional(),
    /** Institution, as the article gives it. */
    affiliation: text().min(1).optional(),
    /** What kind of speaker this is. */
    kind: personKindSchema,
    /** A sentence on who this is, from the article. */
    description: text().min(1).optional(),
  })
  .strict();
export type Person = z.infer<typeof personSchema>;
