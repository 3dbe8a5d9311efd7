/** Where the built site will live, read from the build environment. */

/** The origin a build without `SITE_URL` writes into its absolute URLs: Astro's preview server. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** The origin the site is served from (`SITE_URL`), used for absolute permalinks; a localhost default for previews. */
export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim() || PREVIEW_ORIGIN;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be an http(s) URL, got "${value}"`);
  return url.origin;
}

/** The subpath the site is served under (`SITE_BASE`), always with a leading and trailing slash: `/`, `/news/`. */
export function siteBase(env: Record<string, string | undefined>): string {
  const value = env.SITE_BASE?.trim() || '/';
  if (!/^[A-Za-z0-9._~\-/]*$/.test(value)) throw new Error(`SITE_BASE must be a URL path such as /news/, got "${value}"`);
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** What a build without `SITE_URL` must say, loudly: where the wrong origin ends up and how to set the right one. */
export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return [
    `SITE_URL is not set: canonical links, citations, copied permalinks, share images, the feed and the sitemap will all say ${PREVIEW_ORIGIN}.`,
    'Set it to the address the site is served from before publishing, for example `SITE_URL=https://news.example.org npm run build`',
    '(and `SITE_BASE=/news/` when it is served under a subpath). See docs/hosting.md.',
  ].join('\n');
}
