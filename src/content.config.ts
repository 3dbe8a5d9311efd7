import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { COLLECTIONS, contentDir, type CollectionSpec } from './content/collections.ts';
import { articleSchema, eventSchema, outletSchema, personSchema, siteSchema, statementSchema, viewSchema } from './schemas/index.ts';

// The loaders read the same folders and files as the integrity check (COLLECTIONS); schemas come from src/schemas.
const dir = contentDir();
const spec = (name: CollectionSpec['name']) => COLLECTIONS.find((c) => c.name === name)!;
const loader = (name: CollectionSpec['name']) => glob({ pattern: spec(name).pattern, base: join(dir, spec(name).folder) });

export const collections = {
  site: defineCollection({ loader: loader('site'), schema: siteSchema }),
  articles: defineCollection({ loader: loader('articles'), schema: articleSchema }),
  people: defineCollection({ loader: loader('people'), schema: personSchema }),
  outlets: defineCollection({ loader: loader('outlets'), schema: outletSchema }),
  statements: defineCollection({ loader: loader('statements'), schema: statementSchema }),
  events: defineCollection({ loader: loader('events'), schema: eventSchema }),
  views: defineCollection({ loader: loader('views'), schema: viewSchema }),
};
