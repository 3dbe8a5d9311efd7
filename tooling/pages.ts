/** Walking a built site on disk: its files, its HTML pages as site paths, and the file behind a site path. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site whose name passes `keep`, relative to `dist` with `/` separators, sorted. */
export function builtFiles(dist: string, keep: (name: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (keep(entry.name)) found.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return found.sort();
}

/** Every HTML page of a built site, as site paths without the base (`/people/x/` for `people/x/index.html`, `/404.html`). */
export function sitePages(dist: string): string[] {
  return builtFiles(dist, (name) => name.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The file of a site path in a built site: `dist/people/x/index.html` for `/people/x/`, `dist/404.html` for `/404.html`. */
export function pageFile(dist: string, path: string): string {
  return join(dist, path.replace(/^\//, ''), path === '' || path.endsWith('/') ? 'index.html' : '');
}
