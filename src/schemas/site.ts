import { z } from 'astro/zod';
import { languageTag, text } from './text.ts';
import { idSchema } from './ids.ts';

/** A theme is content, not code: statements are tagged with theme ids declared here. */
export const themeSchema = z
  .object({
    /** Stable slug used in statements' `themes`. */
    id: idSchema,
    /** Short human label. */
    label: text().min(1),
    /** One sentence on what the theme covers. */
    description: text().min(1).optional(),
  })
  .strict();

/** The site file (`site.yaml`): name, lead event and themes. */
export const siteSchema = z
  .object({
    /** The site's name, shown in the header and titles. */
    name: text().min(1),
    /** A one-line description of the site. */
    tagline: text().min(1),
    /** The event shown at `/`. */
    leadEvent: idSchema,
    /** The article shown as the lead story's text. */
    leadArticle: idSchema,
    /** What the navigation and the lead page call the lead, in the site's words (the engine names no kind of event). */
    leadLabel: text().min(1).default('The lead story'),
    /** BCP 47 language of the content. */
    lang: languageTag().default('en'),
    /**
     * How many entries a list that grows with the stories shows before it splits into pages, each page staying within
     * the page-weight budget: a speaker's statements (`person`), the site timeline's events (`timeline`), the quotes
     * index, a theme's statements, the people index and the table of who spoke about what (`list`), and the stories
     * (`stories`, also the home page's list).
     */
    pageSize: z
      .object({
        person: z.number().int().min(1).max(200).default(20),
        timeline: z.number().int().min(1).max(400).default(40),
        list: z.number().int().min(1).max(200).default(50),
        stories: z.number().int().min(1).max(200).default(20),
      })
      .strict()
      .default({ person: 20, timeline: 40, list: 50, stories: 20 }),
    /** Themes statements may be tagged with. */
    themes: z.array(themeSchema).min(1),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;
export type Theme = z.infer<typeof themeSchema>;
