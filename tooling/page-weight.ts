/** Page weight of a built site, read from `dist/`: what a browser must fetch to draw each page's first view (the budget it must hold is src/publish/page-budget.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { Bytes, PageWeight } from '../src/publish/page-budget.ts';
import { pageFile, sitePages } from './pages.ts';

const FONT = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const DATA_SCRIPT = /json|importmap|speculationrules|template/i;

/** Brotli at the quality a static host uses for precompressed files. */
export function brotliSize(data: string | Buffer): number {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function bytes(data: string | Buffer): Bytes {
  return { raw: Buffer.byteLength(data), br: brotliSize(data) };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, br: a.br + b.br };
}

const ZERO: Bytes = { raw: 0, br: 0 };

/** Resolves a resource URL found in a page or stylesheet to a file of `dist/`, or marks it external. */
export function resolveResource(ref: string, from: string, base: string, siteOrigin?: string): { file?: string; external?: string } {
  if (/^(data|blob|about|javascript|mailto|tel):/i.test(ref) || ref.startsWith('#')) return {};
  const page = new URL(from, 'http://site.invalid');
  const target = new URL(ref, page);
  const sameOrigin = target.origin === 'http://site.invalid' || (siteOrigin !== undefined && target.origin === new URL(siteOrigin).origin);
  if (!sameOrigin) return { external: target.href };
  let path = decodeURIComponent(target.pathname);
  if (path.startsWith(base)) path = '/' + path.slice(base.length);
  if (path.endsWith('/')) path += 'index.html';
  return { file: path.replace(/^\//, '') };
}

/** The CSS `url(...)` references of a stylesheet, and its `@import`s. */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) urls.push(m[2]);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) urls.push(m[2]);
  return urls;
}

/** Measures one page of a built site. `base` is the site's base path (`/` or `/news/`). */
export function measurePage(dist: string, path: string, base = '/', siteOrigin?: string): PageWeight {
  const html = readFileSync(pageFile(dist, path), 'utf8');
  const $ = cheerio.load(html);
  const pageUrl = base.replace(/\/$/, '') + path;
  const external = new Set<string>();
  const seen = new Set<string>();
  let blockingCss = ZERO;
  let js = ZERO;
  let fonts = ZERO;
  let images = ZERO;
  let requests = 1;
  const blockingScripts: string[] = [];

  /** Reads a same-site file once; counts a request for it when the first view waits for it. Returns its content, or undefined if external or missing. */
  const fetch = (ref: string, from: string, firstView = true): Buffer | undefined => {
    const r = resolveResource(ref, from, base, siteOrigin);
    if (r.external) {
      external.add(r.external);
      return undefined;
    }
    if (!r.file || seen.has(r.file)) return undefined;
    seen.add(r.file);
    if (firstView) requests++;
    const file = join(dist, r.file);
    return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  };
  const fromCss = (css: string, from: string) => {
    for (const ref of cssUrls(css)) {
      const content = fetch(ref, from);
      if (content === undefined) continue;
      if (FONT.test(ref)) fonts = add(fonts, bytes(content));
      else if (/\.css(\?|#|$)/i.test(ref)) fromCss(content.toString('utf8'), resolveUrl(ref, from));
      else images = add(images, bytes(content));
    }
  };

  $('style').each((_, el) => fromCss($(el).text(), pageUrl));
  $('[style]').each((_, el) => fromCss($(el).attr('style') ?? '', pageUrl));
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = $(el).attr('href')!;
    if (rel.includes('stylesheet')) {
      const content = fetch(href, pageUrl);
      if (content === undefined) return;
      const media = ($(el).attr('media') ?? 'all').trim();
      if (media !== 'print') blockingCss = add(blockingCss, bytes(content));
      fromCss(content.toString('utf8'), resolveUrl(href, pageUrl));
    } else if (rel.some((r) => ['icon', 'preload', 'modulepreload', 'manifest'].includes(r))) {
      // The browser fetches an icon beside the page; the first view does not wait for it.
      const content = fetch(href, pageUrl, !rel.includes('icon'));
      if (content !== undefined && rel.includes('icon')) images = add(images, bytes(content));
      if (content !== undefined && rel.includes('modulepreload')) js = add(js, bytes(content));
    }
  });
  $('script').each((_, el) => {
    const type = ($(el).attr('type') ?? '').toLowerCase();
    if (DATA_SCRIPT.test(type)) return;
    const isModule = type === 'module';
    const src = $(el).attr('src');
    const deferred = isModule || $(el).attr('defer') !== undefined || $(el).attr('async') !== undefined;
    if (src) {
      // A deferred or module script runs after the first view is drawn, so the first view does not wait for it.
      const content = fetch(src, pageUrl, !deferred);
      if (content !== undefined) js = add(js, bytes(content));
      if (!deferred) blockingScripts.push(src);
    } else {
      const text = $(el).text();
      js = add(js, bytes(text));
      if (!isModule) blockingScripts.push(`inline script (${text.length} characters)`);
    }
  });
  $('img, source, video, audio, iframe, embed, object, input[type="image"]').each((_, el) => {
    const lazy = ($(el).attr('loading') ?? '').toLowerCase() === 'lazy' || ($(el).closest('picture').find('img').attr('loading') ?? '') === 'lazy';
    const refs = [$(el).attr('src'), $(el).attr('data'), $(el).attr('poster'), ...($(el).attr('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])].filter(
      (r): r is string => Boolean(r),
    );
    for (const ref of refs) {
      if (lazy) {
        const r = resolveResource(ref, pageUrl, base, siteOrigin);
        if (r.external) external.add(r.external);
        continue;
      }
      const content = fetch(ref, pageUrl);
      if (content !== undefined) images = add(images, bytes(content));
    }
  });

  const htmlBytes = bytes(html);
  return {
    path,
    html: htmlBytes,
    blockingCss,
    critical: add(htmlBytes, blockingCss),
    js,
    blockingScripts,
    fonts,
    images,
    requests,
    external: [...external].sort(),
  };
}

function resolveUrl(ref: string, from: string): string {
  return new URL(ref, new URL(from, 'http://site.invalid')).pathname;
}

/** Measures every page of a built site. */
export function measureSite(dist: string, base = '/', siteOrigin?: string): PageWeight[] {
  return sitePages(dist).map((path) => measurePage(dist, path, base, siteOrigin));
}
