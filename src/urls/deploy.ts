/** Where the built site will live, read from the build environment. */

/** The origin the site is served from (`SITE_URL`), used for absolute permalinks; a localhost default for previews. */
export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim() || 'http://localhost:4321';
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
