import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET, budgetProblems } from '../../src/publish/page-budget.ts';
import { brotliSize, measurePage, resolveResource } from '../../tooling/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function file(path: string, content: string | Buffer) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), content);
}

describe('resolveResource', () => {
  it('maps base-relative and relative URLs to files of dist, and other origins to external', () => {
    expect(resolveResource('/news/_astro/a.css', '/news/people/x/', '/news/')).toEqual({ file: '_astro/a.css' });
    expect(resolveResource('../a.png', '/news/people/x/', '/news/')).toEqual({ file: 'people/a.png' });
    expect(resolveResource('https://example.org/news/a.png', '/news/', '/news/', 'https://example.org')).toEqual({ file: 'a.png' });
    expect(resolveResource('https://fonts.example.com/x.woff2', '/', '/')).toEqual({ external: 'https://fonts.example.com/x.woff2' });
    expect(resolveResource('//cdn.example.com/x.js', '/', '/')).toEqual({ external: 'http://cdn.example.com/x.js' });
    expect(resolveResource('data:image/png;base64,AA', '/', '/')).toEqual({});
  });
});

describe('measurePage', () => {
  it('counts blocking CSS, its fonts, scripts and eager images, and finds what leaves the site', () => {
    const css = `@font-face{font-family:X;src:url(/f.woff2)} body{background:url("bg.png")}`;
    file('s.css', css);
    file('print.css', 'body{color:black}');
    file('f.woff2', Buffer.alloc(1000, 1));
    file('bg.png', Buffer.alloc(300, 2));
    file('a.js', 'console.log(1)');
    file('m.js', 'console.log(2)');
    file('i.png', Buffer.alloc(200, 3));
    file('icon.svg', '<svg/>');
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/print.css" media="print">
<link rel="canonical" href="https://other.example/"><link rel="icon" href="/icon.svg"><script src="/a.js"></script><script type="module" src="/m.js"></script>
<script type="application/ld+json">{"@type":"Thing"}</script></head><body><img src="/i.png"><img src="/lazy.png" loading="lazy">
<img src="https://cdn.example/x.png"><a href="https://elsewhere.example/">a link is not a request</a></body></html>`;
    file('p/index.html', html);
    const w = measurePage(dist, '/p/');
    expect(w.html).toEqual({ raw: Buffer.byteLength(html), br: brotliSize(html) });
    expect(w.blockingCss.raw).toBe(css.length);
    expect(w.critical.br).toBe(w.html.br + w.blockingCss.br);
    expect(w.fonts.raw).toBe(1000);
    expect(w.images.raw).toBe(300 + 200 + '<svg/>'.length);
    expect(w.js.raw).toBe('console.log(1)'.length + 'console.log(2)'.length);
    expect(w.blockingScripts).toEqual(['/a.js']);
    // HTML, s.css, print.css, f.woff2, bg.png, a.js, i.png; not m.js, a module script that runs after the first view, nor the icon
    expect(w.requests).toBe(7);
    expect(w.external).toEqual(['https://cdn.example/x.png']);
    const problems = budgetProblems(w);
    expect(problems.some((p) => p.includes('block rendering'))).toBe(true);
    expect(problems.some((p) => p.includes('leave the site'))).toBe(true);
  });

  it('reports a page over the critical budget', () => {
    // Incompressible text: random words defeat brotli.
    const words = Array.from({ length: 6000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join(' ');
    file('big/index.html', `<!doctype html><p>${words}</p>`);
    const w = measurePage(dist, '/big/');
    expect(w.critical.br).toBeGreaterThan(BUDGET.criticalBr);
    expect(budgetProblems(w)).toEqual([expect.stringContaining('over the 14336-byte budget')]);
  });

  it('passes a small page with inline styles in one request', () => {
    file('small/index.html', '<!doctype html><style>body{margin:0}</style><p>Hello</p>');
    const w = measurePage(dist, '/small/');
    expect(w.requests).toBe(1);
    expect(budgetProblems(w)).toEqual([]);
  });
});
