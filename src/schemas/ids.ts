import { z } from 'astro/zod';

/** An id is a lowercase slug: it becomes part of URLs and `#q-…` anchors, so it must stay stable and URL-safe. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: ids become URL segments, anchors and file names in `dist/`. */
export const MAX_ID_LENGTH = 80;

/** A reference to another entry by its id (the file name without extension). Existence is checked by the integrity check. */
export const idSchema = z
  .string({ error: 'expected an id (a lowercase slug such as "jane-doe")' })
  .regex(ID_PATTERN, { error: 'expected a lowercase slug: letters a-z, digits and single hyphens, e.g. "jane-doe"' })
  .max(MAX_ID_LENGTH, { error: `expected an id of at most ${MAX_ID_LENGTH} characters` });
