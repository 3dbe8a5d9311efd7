/** Files for static hosts that read them (Netlify, Cloudflare Pages): `_headers` with a CSP and long caching of hashed assets. */
import { CITATION_FORMATS, joinBase } from '../urls/paths.ts';
import { CITATION_CONTENT_TYPES } from './citation-files.ts';

/** The policy every page declares in its CSP `<meta>` (Astro's `security.csp` adds the script and style hashes). */
export const CSP_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'"] as const;

/**
 * The same policy as an HTTP header, for hosts that read `_headers`: a header cannot carry each page's hashes, so it
 * allows inline styles and names scripts by origin (Pagefind's WebAssembly on the search page), and adds what only a
 * header can say (`frame-ancestors`). Browsers apply both policies, so the page's stricter meta still holds.
 */
export const CONTENT_SECURITY_POLICY = [
  ...CSP_DIRECTIVES,
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The security headers every response carries, on any host: the CSP above, no MIME sniffing, a strict referrer. */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/**
 * The nginx `location` blocks that serve a build at `base` (dist/ copied to `<root><base>`), as docs/hosting.md shows
 * them and the nginx test runs them: the same headers as `_headers` (nginx's `add_header` is not inherited by a
 * location that has its own, so the hashed assets' location repeats them), and redirects to `dir/` that keep the
 * request's path relative, never built from the `Host` header.
 */
export function nginxLocations(base: string): string {
  const headers = SECURITY_HEADERS.map(([name, value]) => `    add_header ${name} "${value}" always;`).join('\n');
  return [
    `location ${base} {`,
    '    absolute_redirect off;',
    '    try_files $uri $uri/ =404;',
    `    error_page 404 ${joinBase(base, '/404.html')};`,
    headers,
    // Citation files, with the types reference managers recognise (nginx's mime.types knows none of them);
    // these nested locations set no header of their own, so they keep the headers above.
    ...CITATION_FORMATS.map((format) => `    location ~ \\.${format.replace('.', '\\.')}$ { types { } default_type "${CITATION_CONTENT_TYPES[format]}; charset=utf-8"; }`),
    '}',
    `location ${joinBase(base, '/_astro/')} {`,
    '    absolute_redirect off;',
    headers,
    '    add_header Cache-Control "public, max-age=31536000, immutable" always;',
    '}',
  ].join('\n');
}

/** The `_headers` file: security headers on every path under the base, a year's immutable caching for Astro's hashed assets, the citation files' types. */
export function headersFile(base: string): string {
  const all = joinBase(base, '/*');
  const hashed = joinBase(base, '/_astro/*');
  return [
    all,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    '',
    hashed,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // Citation files, with the types reference managers recognise (a host guesses none of them from the extension).
    ...CITATION_FORMATS.flatMap((format) => [joinBase(base, `/*/citation.${format}`), `  Content-Type: ${CITATION_CONTENT_TYPES[format]}; charset=utf-8`, '']),
  ].join('\n');
}
