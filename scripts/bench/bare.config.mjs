// @ts-check
// The bare baseline of the build-scaling benchmark: Astro with MDX and nothing else, building plain MDX pages from BARE_SRC/pages.
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
