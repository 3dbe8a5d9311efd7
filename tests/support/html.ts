import { existsSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { pageFile } from '../../tooling/pages.ts';

/** Every HTML file of a built site, as site paths (`/people/x/` for `people/x/index.html`). */
export { sitePages } from '../../tooling/pages.ts';

/** The built HTML of a site path, parsed. */
export function page(dist: string, path: string): cheerio.CheerioAPI {
  const file = pageFile(dist, path);
  if (!existsSync(file)) throw new Error(`no page at ${path} (looked for ${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Folds whitespace and typographic quotes, as the integrity check does. */
export { foldText } from '../../src/content/text.ts';

/** Whether a built page only sends the reader on (a former id's page: meta refresh). */
export function isRedirectPage(dist: string, path: string): boolean {
  return path.endsWith('/') && page(dist, path)('meta[http-equiv="refresh"]').length > 0;
}

/** Whether a built page is the notice kept at a withdrawn story's address (tests/build/newsroom.test.ts checks them). */
export function isNoticePage(dist: string, path: string): boolean {
  return path.endsWith('/') && page(dist, path)('main #withdrawn').length > 0;
}
