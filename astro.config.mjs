// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkArticleBlocks } from './src/integrations/remark-article-blocks.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { siteBase, siteUrl } from './src/routing/deploy.ts';
import { CSP_DIRECTIVES } from './src/publish/hosting.ts';
import { redirectPaths, sitemapFilter } from './src/publish/sitemap.ts';

// Where the site is hosted is decided at build time: SITE_URL (origin) and SITE_BASE (subpath, e.g. /news/).
const base = siteBase(process.env);
export default defineConfig({
  site: siteUrl(process.env),
  base,
  trailingSlash: 'always',
  // Styles inline in every page: HTML + CSS arrive in one request, within one TCP initial window (see the budget test).
  build: { format: 'directory', inlineStylesheets: 'always' },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page (works on any static host): scripts and styles only from the site
  // itself or, when Astro inlines them, by hash; no plugins, no <base> hijack, no form posts elsewhere.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
    },
  },
  // Scripts are never inlined: the search page's script loads from a file, so a CSP of script-src 'self' allows it.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  integrations: [contentIntegrity(), mdx(), sitemap({ filter: sitemapFilter(base, redirectPaths(process.cwd())) }), searchIndex(), hostFiles()],
  markdown: {
    // No code blocks in articles or views, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // remark-gfm is added explicitly (and the built-in copy turned off, so it runs once);
    // quotes are kept exactly as published, so no SmartyPants.
    processor: unified({ remarkPlugins: [remarkGfm, remarkArticleBlocks], gfm: false, smartypants: false }),
  },
});
