// Tooling shared by the tests and the benchmark (never by the site): build a site, serve it, drive Chromium, walk, crawl and weigh its pages.
// Import the file you need (this index also loads playwright-core and cheerio). tests/ and scripts/bench/ import from this folder, never from each other.
export { ROOT, buildEnv, buildSite, startBuild, type BuildOptions } from './build.ts';
export { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from './chromium.ts';
export { crawlSite, type CrawlOptions, type CrawlReport, type Fetched } from './crawl.ts';
export { brotliSize, measurePage, measureSite, resolveResource } from './page-weight.ts';
export { builtFiles, pageFile, sitePages } from './pages.ts';
export { distDifferences } from './dist-diff.ts';
export { phaseLog, renderLog, type Phase, type RenderLog } from './build-log.ts';
export { CONTENT_TYPES, contentType, requestPath, serveStatic, type ServeOptions, type StaticServer } from './static-server.ts';
export { textOverlaps, type TextOverlaps } from './text-overlap.ts';
