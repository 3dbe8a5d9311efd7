// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkArticleBlocks } from './src/lib/remark-article-blocks.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { siteBase, siteUrl } from './src/lib/deploy.ts';

// Where the site is hosted is decided at build time: SITE_URL (origin) and SITE_BASE (subpath, e.g. /news/).
export default defineConfig({
  site: siteUrl(process.env),
  base: siteBase(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // Scripts always go to their own file, never inline, so a Content-Security-Policy needs no 'unsafe-inline' for them.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  integrations: [contentIntegrity(), mdx()],
  markdown: {
    // remark-gfm is added explicitly (and the built-in copy turned off, so it runs once);
    // quotes are kept exactly as published, so no SmartyPants.
    processor: unified({ remarkPlugins: [remarkGfm, remarkArticleBlocks], gfm: false, smartypants: false }),
  },
});
