/** Files for static hosts that read them (Netlify, Cloudflare Pages): `_headers` with a CSP and long caching of hashed assets. */
import { joinBase } from './urls.ts';

/** The Content-Security-Policy the site works under: nothing from other origins; Pagefind's WebAssembly on the search page. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The `_headers` file: security headers on every path under the base, a year's immutable caching for Astro's hashed assets. */
export function headersFile(base: string): string {
  const all = joinBase(base, '/*');
  const hashed = joinBase(base, '/_astro/*');
  return [
    all,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    hashed,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
