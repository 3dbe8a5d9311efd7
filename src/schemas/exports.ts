import { z } from 'astro/zod';
import { idSchema } from './ids.ts';
import { statementSchema } from './statement.ts';
import { personSchema } from './person.ts';
import { outletSchema } from './outlet.ts';
import { eventSchema } from './event.ts';

/** Links every exported record carries, so a researcher can go from a row back to the page. */
const linked = {
  /** The entry's id (its content file name). */
  id: idSchema,
  /** The entry's page on this site, absolute. */
  url: z.url(),
};

/** A statement as published in `/data/statements.json`: the content fields, its id, its page and its anchor in the story. */
export const statementExportSchema = statementSchema.safeExtend({
  ...linked,
  /** The statement's anchor in its story, absolute (`…/stories/<article>/#q-<id>`). */
  storyUrl: z.url(),
  /** The speaker's name, as shown on the site. */
  speakerName: z.string().min(1),
});

/** A person as published in `/data/people.json`. */
export const personExportSchema = personSchema.safeExtend(linked);

/** An outlet as published in `/data/outlets.json`. */
export const outletExportSchema = outletSchema.safeExtend(linked);

/** An event as published in `/data/events.json`; `url` is its entry on the timeline. */
export const eventExportSchema = z.intersection(eventSchema, z.object(linked));

/** Every JSON export by name: `/data/<name>.json`, with its JSON Schema at `/data/<name>.schema.json`. */
export const exportSchemas = {
  statements: z.array(statementExportSchema),
  people: z.array(personExportSchema),
  outlets: z.array(outletExportSchema),
  events: z.array(eventExportSchema),
} as const;
export type ExportName = keyof typeof exportSchemas;
