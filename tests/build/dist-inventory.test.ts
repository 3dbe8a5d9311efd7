import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../tooling/pages.ts';
import { outDir, ROOT, SITES } from '../support/sites.ts';

// Every file of dist/ is there for a reason: it is a page, a host reads it, or some page (or a file a page uses) refers
// to it. A file no rule explains, or that a rule explains only by a reference nothing makes, fails.
const site = SITES.root;
const dist = outDir(site);

/** The dist/ file a reference from `from` (a dist/ file) names, or undefined when it leaves the site. */
function targetOf(ref: string, from: string): string | undefined {
  const pageUrl = new URL(from.replace(/(^|\/)index\.html$/, '$1'), new URL(site.base, site.siteUrl));
  const target = new URL(ref, pageUrl);
  if (target.origin !== pageUrl.origin || !target.pathname.startsWith(site.base)) return undefined;
  const path = decodeURIComponent(target.pathname.slice(site.base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** What an HTML page refers to: links, scripts, images, its share image (meta content), the search page's Pagefind script. */
function pageReferences(file: string): string[] {
  const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
  const refs = [
    ...$('[href]').map((_, el) => $(el).attr('href')!).get(),
    ...$('[src]').map((_, el) => $(el).attr('src')!).get(),
    ...$('meta[property$=":image"], meta[name$=":image"]').map((_, el) => $(el).attr('content')!).get(),
    ...$('[data-pagefind]').map((_, el) => $(el).attr('data-pagefind')!).get(),
  ];
  return refs.flatMap((ref) => targetOf(ref, file) ?? []);
}

/** The files Pagefind's script loads once the search page has loaded `pagefind/pagefind.js` (what its source fetches, then what each file names). */
function pagefindLoads(): string[] {
  const dir = 'pagefind';
  const read = (file: string) => readFileSync(join(dist, dir, file));
  const unpack = (file: string) => gunzipSync(read(file)).toString('latin1');
  const entry = JSON.parse(read('pagefind-entry.json').toString('utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const languages = Object.values(entry.languages);
  // pagefind.js fetches the entry, then each language's meta and `wasm.<wasm or "unknown">.pagefind`, and starts the worker.
  const loaded = ['pagefind-entry.json', 'pagefind-worker.js', ...languages.flatMap((l) => [`pagefind.${l.hash}.pf_meta`, `wasm.${l.wasm ?? 'unknown'}.pagefind`])];
  const metas = languages.map((l) => unpack(`pagefind.${l.hash}.pf_meta`)).join('');
  const chunks = builtFiles(join(dist, dir), (name) => /\.pf_(index|filter)$/.test(name)).filter((f) => metas.includes(f.replace(/^.*?_|\.pf_\w+$/g, '')));
  const indexes = chunks.map(unpack).join('') + metas;
  const fragments = builtFiles(join(dist, dir), (name) => name.endsWith('.pf_fragment')).filter((f) => indexes.includes(f.replace(/^.*?_|\.pf_\w+$/g, '')));
  return [...loaded, ...chunks, ...fragments].map((f) => `${dir}/${f}`);
}

/** Who refers to each file: every page, then what the referred files (robots.txt, the sitemap index, Pagefind's script) name in turn. */
function referrers(files: string[]): Map<string, string> {
  const by = new Map<string, string>();
  const add = (target: string, from: string) => void (by.has(target) || by.set(target, from));
  for (const file of files.filter((f) => f.endsWith('.html'))) for (const target of pageReferences(file)) add(target, file);
  for (const line of readFileSync(join(dist, 'robots.txt'), 'utf8').matchAll(/^Sitemap: (\S+)$/gm)) add(targetOf(line[1], 'robots.txt')!, 'robots.txt');
  for (const loc of readFileSync(join(dist, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) add(targetOf(loc[1], 'sitemap-index.xml')!, 'sitemap-index.xml');
  if (by.has('pagefind/pagefind.js')) for (const file of pagefindLoads()) add(file, 'pagefind/pagefind.js');
  return by;
}

/** Why each kind of file is in dist/: `referenced` rules hold only for a file something refers to. */
const RULES: { kind: RegExp; why: string; referenced: boolean }[] = [
  { kind: /\.html$/, why: 'a page', referenced: false },
  { kind: /^_headers$/, why: 'host file: security headers for Netlify and Cloudflare Pages', referenced: false },
  { kind: /^\.nojekyll$/, why: 'host file: GitHub Pages serves folders starting with _ (the _astro/ scripts) only with it', referenced: false },
  { kind: /^robots\.txt$/, why: 'host file: read by crawlers at the root', referenced: false },
  { kind: /^favicon\.svg$/, why: 'the icon', referenced: true },
  { kind: /^feed\.xml$/, why: 'the RSS feed', referenced: true },
  { kind: /^sitemap-(index|\d+)\.xml$/, why: 'the sitemap', referenced: true },
  { kind: /^data\/[a-z-]+(\.schema)?\.json$|^data\/[a-z-]+\.csv$/, why: 'a data export or its JSON Schema', referenced: true },
  { kind: /\/citation\.(csl\.json|ris|bib)$/, why: 'a citation file', referenced: true },
  { kind: /^share\/[^/]+\.png$/, why: 'a share image', referenced: true },
  { kind: /^_astro\/[^/]+\.(js|css)$/, why: 'a script or stylesheet', referenced: true },
  { kind: /^pagefind\//, why: 'the search index, loaded by the search page', referenced: true },
];

describe('nothing unused is shipped (the root build)', () => {
  const files = builtFiles(dist);
  const refs = referrers(files);
  const inventory = files.map((file) => {
    const rule = RULES.find((r) => r.kind.test(file));
    if (!rule) return { file, problem: 'matches no rule of what dist/ may hold' };
    if (rule.referenced && !refs.has(file)) return { file, problem: `${rule.why}, but nothing refers to it` };
    return { file, why: rule.referenced ? `${rule.why}, used by ${refs.get(file)}` : rule.why };
  });

  it('writes the inventory, a file and why it is there a line, to test-results/ for review', () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', `dist-inventory-${site.name}.txt`), inventory.map((i) => `${i.file}\t${i.why ?? i.problem}\n`).join(''));
    expect(inventory.map((i) => i.file)).toEqual(files);
  });

  it('finds the files of every kind it has a rule for', () => {
    // A rule no file matches is stale, or the build lost a kind of file.
    expect(RULES.filter((r) => !files.some((f) => r.kind.test(f))).map((r) => r.why)).toEqual([]);
  });

  it('says why every file is there: each is a page, a host file, or used by a page', () => {
    expect(inventory.filter((i) => i.problem).map((i) => `${i.file}: ${i.problem}`)).toEqual([]);
  });

  it('refers to no file the build does not hold', () => {
    expect([...refs].filter(([target]) => !existsSync(join(dist, target))).map(([target, from]) => `${from} → ${target}`)).toEqual([]);
  });
});
