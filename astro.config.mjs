// @ts-check
import { defineConfig } from 'astro/config';
import { engine } from './src/integrations/engine.ts';
import { siteBase, siteUrl } from './src/urls/deploy.ts';

// Where the site is hosted is decided at build time: SITE_URL (origin) and SITE_BASE (subpath, e.g. /news/).
export default defineConfig({
  site: siteUrl(process.env),
  base: siteBase(process.env),
  trailingSlash: 'always',
  // Styles inline in every page: HTML + CSS arrive in one request, within one TCP initial window (see the budget test).
  // One page at a time: incremental builds (below) need it.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 1 },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // A build renders only the pages whose cacheKey (a digest of what the page shows, src/routing/cache-key.ts) or code
  // changed since the last build in cacheDir, and copies the others from there; `npm run clean` makes the next one cold.
  experimental: { incrementalBuild: true },
  // Scripts are never inlined: the search page's script loads from a file, so a CSP of script-src 'self' allows it.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // Everything else (content check, MDX, sitemap, search, host files, CSP) is the engine's.
  integrations: [engine()],
});
