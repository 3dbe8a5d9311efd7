import { z } from 'astro/zod';
import { text } from './text.ts';
import { nativeNameSchema } from './person.ts';

/** A news outlet the article cites or that published it. An outlet can also be a speaker. */
export const outletSchema = z
  .object({
    /** The outlet's name as the article writes it. */
    name: text().min(1),
    /** The name in its own script, with its language. */
    nativeName: nativeNameSchema.optional(),
    /** What kind of medium it is. */
    medium: z.enum(['newspaper', 'broadcaster', 'news-agency', 'video-channel', 'other']),
    /** Country of the outlet. */
    country: text().min(1).optional(),
  })
  .strict();
export type Outlet = z.infer<typeof outletSchema>;
