// @ts-check
// The bare peer of the build-scaling benchmark: Astro and nothing else, building the plain Markdown pages of BARE_SRC/pages (as many as our build made, of the same sizes).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  srcDir: process.env.BARE_SRC,
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
