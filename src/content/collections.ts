/** The content folder's collections: where each is stored, its schema as editors write it, and as later stages read it. */
import { resolve } from 'node:path';
import { z, type ZodType } from 'astro/zod';
import { articleSchema, eventSchema, outletSchema, personSchema, siteSchema, statementSchema, viewSchema } from '../schemas/index.ts';
import type { ArticleBody } from './body/article-body.ts';

/** How one collection is stored in the content folder. */
export interface CollectionSpec {
  /** Collection name in Astro and in messages. */
  name: 'site' | 'articles' | 'people' | 'outlets' | 'statements' | 'events' | 'views';
  /** Folder below the content folder ('' for the folder itself). */
  folder: string;
  /** Glob of entry files, relative to the folder. */
  pattern: string;
  /** Entry file format. */
  format: 'yaml' | 'mdx';
  /** File endings also allowed in the folder (not entries). */
  companions: string[];
  /** Schema of the entry's data (frontmatter for MDX). */
  schema: ZodType;
  /** Whether at least one entry is required. */
  required: boolean;
}

/** Every collection: `content.config.ts` wires loaders from this list and the integrity check reads the same files. */
export const COLLECTIONS: readonly CollectionSpec[] = [
  { name: 'site', folder: '', pattern: 'site.yaml', format: 'yaml', companions: [], schema: siteSchema, required: true },
  { name: 'articles', folder: 'articles', pattern: '*.mdx', format: 'mdx', companions: ['.source.txt'], schema: articleSchema, required: true },
  { name: 'people', folder: 'people', pattern: '*.yaml', format: 'yaml', companions: [], schema: personSchema, required: true },
  { name: 'outlets', folder: 'outlets', pattern: '*.yaml', format: 'yaml', companions: [], schema: outletSchema, required: true },
  { name: 'statements', folder: 'statements', pattern: '*.yaml', format: 'yaml', companions: [], schema: statementSchema, required: true },
  { name: 'events', folder: 'events', pattern: '*.yaml', format: 'yaml', companions: [], schema: eventSchema, required: true },
  { name: 'views', folder: 'views', pattern: '*.mdx', format: 'mdx', companions: [], schema: viewSchema, required: false },
];

/** A collection's name, as in Astro's `getCollection(name)`. */
export type CollectionName = CollectionSpec['name'];

/** An article's text as the content stage read it once: numbered paragraphs and captions, and every mark. */
export type ArticleText = Pick<ArticleBody, 'blocks' | 'marks'>;

/**
 * The schemas of the content layer: what editors write, plus what the content stage read once (an article's `text`
 * from its body; the site's `published` anchors from the ledger), stored with the entry so that no later stage parses a body again.
 */
export const STORED_SCHEMAS = {
  site: siteSchema.extend({ published: z.array(z.string()) }),
  articles: articleSchema.extend({ text: z.custom<ArticleText>() }),
  people: personSchema,
  outlets: outletSchema,
  statements: statementSchema,
  events: eventSchema,
  views: viewSchema,
} as const satisfies Record<CollectionName, ZodType>;

/** The content folder: `CONTENT_DIR` (relative to the project root) or `content/`. */
export function contentDir(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  return resolve(root, env.CONTENT_DIR && env.CONTENT_DIR.length > 0 ? env.CONTENT_DIR : 'content');
}

/** The source text that sits beside an article: `<id>.source.txt`. */
export function sourceTextPath(articleFile: string): string {
  return articleFile.replace(/\.mdx$/, '.source.txt');
}
