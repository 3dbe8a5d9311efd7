import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../urls/paths.ts';

/** Allows every crawler and names the sitemap (a host serving the site under a subpath may ignore this file). */
export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
