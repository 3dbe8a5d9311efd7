/** Stage 4, publishing: what the site gives machines and hosts besides pages (JSON-LD, feed, sitemap, exports, share images, host files and CSP) and the page budget. */
export { ldGraph, serializeJsonLd, type JsonLd } from './structured-data.ts';
export { feedItems } from './feed.ts';
export { redirectPaths, sitemapFilter } from './sitemap.ts';
export { exportJsonSchema, exportRecords, statementsCsv } from './exports.ts';
export { renderShareImage, shareCards, shareImagesEnabled } from './share-image.ts';
export { CSP_DIRECTIVES, headersFile } from './hosting.ts';
export { BUDGET, budgetProblems } from './page-budget.ts';
