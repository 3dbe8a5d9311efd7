import { z } from 'astro/zod';
import { text } from './text.ts';
import { idSchema } from './ids.ts';

/** An expert's view: the site's own summary of an analyst's argument, citing statements with `<Cite id="…" />`. */
export const viewSchema = z
  .object({
    /** The analyst (a person of kind `analyst`). */
    person: idSchema,
    /** The view's title, in the site's words. */
    title: text().min(1),
    /** The article the cited statements come from. */
    article: idSchema,
  })
  .strict();
export type View = z.infer<typeof viewSchema>;
