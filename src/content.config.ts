import { defineCollection } from 'astro:content';
import { STORED_SCHEMAS, type CollectionName } from './content/collections.ts';
import { corpusLoader } from './content/loader.ts';

// Every collection is derived from the one list in content/collections.ts and filled by the corpus loader.
import type { ZodType } from 'astro/zod';
type Collections = { [K in CollectionName]: (typeof STORED_SCHEMAS)[K] extends infer S extends ZodType ? ReturnType<typeof defineCollection<S>> : never };
export const collections = Object.fromEntries(
  (Object.keys(STORED_SCHEMAS) as CollectionName[]).map((name) => [name, defineCollection({ loader: corpusLoader(name), schema: STORED_SCHEMAS[name] })]),
) as Collections;
