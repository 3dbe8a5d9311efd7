/** Every internal URL, base-aware (paths.ts), and where the site is hosted (deploy.ts): used by every stage. */
export { absoluteUrl, anchors, joinBase, paths, url, withFragment } from './paths.ts';
export { siteBase, siteUrl } from './deploy.ts';
