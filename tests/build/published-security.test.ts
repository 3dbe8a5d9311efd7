import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CASES_SITE, SITES, outDir } from '../support/sites.ts';
import { page, sitePages } from '../support/html.ts';

// Every page of every test build, including the one whose string fields hold HTML and script (tests/fixtures/must-build).
const builds = [...Object.values(SITES), CASES_SITE];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'xlink:href'];
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

/** The sources a directive of a Content-Security-Policy allows. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name);
  return found?.slice(1);
}

describe.each(builds.map((b) => [b.name, b] as const))('what is published (%s build)', (_, build) => {
  const dist = outDir(build);
  const pages = sitePages(dist);
  const origin = new URL(build.siteUrl).origin;

  it('has pages to check', () => expect(pages.length).toBeGreaterThan(5));

  it('has no inline event handler on any element', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      const handlers = $('*').toArray().flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)).map((a) => `<${(el as { name: string }).name} ${a}>`));
      expect(handlers, path).toEqual([]);
    }
  });

  it('has no javascript:, vbscript: or data: URL in any link or source', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      for (const attr of URL_ATTRIBUTES) {
        $(`[${attr.replace(':', '\\:')}]`).each((_, el) => {
          const value = ($(el).attr(attr) ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          expect(/^(javascript|vbscript|data):/.test(value), `${path}: ${attr}="${value}"`).toBe(false);
        });
      }
    }
  });

  it('opens external links with rel="noopener noreferrer"', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('mailto:')) return;
        if (new URL(href).origin === origin) return;
        const rel = ($(el).attr('rel') ?? '').split(/\s+/);
        expect(rel, `${path}: ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      });
    }
  });

  it('declares a Content-Security-Policy that allows no script but its own files and hashed inline scripts', () => {
    for (const path of pages) {
      const $ = page(dist, path);
      const meta = $('meta[http-equiv="content-security-policy" i]');
      expect(meta.length, path).toBe(1);
      // A <meta> policy only covers what comes after it (JSON-LD data blocks are never executed, so they may precede it).
      expect($('head').children().first().is(meta) || meta.prevAll('script:not([type="application/ld+json"]), link[rel="stylesheet"], style').length === 0, `${path}: the policy comes before any script or style`).toBe(true);
      const policy = meta.attr('content')!;
      const scripts = directive(policy, 'script-src') ?? directive(policy, 'default-src');
      expect(scripts, `${path}: script-src`).toBeDefined();
      for (const source of scripts!) expect(["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'], `${path}: script-src ${source}`).not.toContain(source);
      expect(directive(policy, 'object-src'), path).toEqual(["'none'"]);
      expect(directive(policy, 'base-uri'), path).toEqual(["'none'"]);
      $('script:not([src])').each((_, el) => {
        if (!EXECUTABLE.test($(el).attr('type') ?? '')) return;
        const hash = `'sha256-${createHash('sha256').update($(el).html() ?? '').digest('base64')}'`;
        expect(scripts, `${path}: inline script not allowed by hash`).toContain(hash);
      });
      $('script[src]').each((_, el) => {
        const src = $(el).attr('src')!;
        const sameOrigin = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || new URL(src).origin === origin;
        expect(sameOrigin, `${path}: script from another origin ${src}`).toBe(true);
      });
    }
  });
});
