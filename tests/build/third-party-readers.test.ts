/**
 * The site's outputs as third-party tools read them: link-preview scrapers (metascraper, open-graph-scraper), a feed
 * parser (rss-parser), the sitemaps.org XSD (xmllint). Expectations come from each site's content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import createMetascraper from 'metascraper';
import metascraperDate from 'metascraper-date';
import Parser from 'rss-parser';
import ogs from 'open-graph-scraper';
import { isRedirectPage, page, sitePages } from '../support/html.ts';
import { ROOT, SITES, outDir, siteCorpus, type SiteBuild } from '../support/sites.ts';
import { exactPublicationDay, lastModifiedDay } from '../../src/publish/dates.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SITES_WITH_STORIES: SiteBuild[] = [SITES.root, SITES.sub, SITES.fixture];
const storyUrl = (site: SiteBuild, id: string) => `${site.siteUrl}${site.base}stories/${id}/`;
const html = (site: SiteBuild, id: string) => readFileSync(join(outDir(site), 'stories', id, 'index.html'), 'utf8');

describe('link previews read only the dates the site knows', () => {
  it('metascraper-date gets a story page’s exact publication day, or no date when only a bound is known', async () => {
    const metascraper = createMetascraper([metascraperDate()]);
    const seen = new Set<string>();
    for (const site of SITES_WITH_STORIES) {
      for (const a of siteCorpus(site).articles) {
        const day = exactPublicationDay(a.data);
        seen.add(day ? 'exact' : 'bound');
        const { date } = await metascraper({ html: html(site, a.id), url: storyUrl(site, a.id) });
        expect(date ? String(date).slice(0, 10) : null, `${site.name}: ${a.id}`).toBe(day ?? null);
      }
    }
    // Both cases are exercised: the real story's date is a bound, the fixture's is exact.
    expect([...seen].sort()).toEqual(['bound', 'exact']);
  });
});

describe('the feed, read by rss-parser', () => {
  it('gives pubDate only for a day known exactly, says a bound in the item, and dates the channel by its newest item', async () => {
    const parser = new Parser({ customFields: { feed: ['pubDate', 'lastBuildDate'] as any } });
    for (const site of SITES_WITH_STORIES) {
      const feed = await parser.parseString(readFileSync(join(outDir(site), 'feed.xml'), 'utf8'));
      const articles = siteCorpus(site).articles;
      expect(feed.items.map((i) => i.link).sort(), site.name).toEqual(articles.map((a) => storyUrl(site, a.id)).sort());
      for (const a of articles) {
        const item = feed.items.find((i) => i.link === storyUrl(site, a.id))!;
        const day = exactPublicationDay(a.data);
        if (day) expect(item.isoDate?.slice(0, 10), a.id).toBe(day);
        else {
          expect(item.pubDate, a.id).toBeUndefined();
          expect(item.contentSnippet ?? item.content, a.id).toMatch(/on or after/i);
        }
      }
      const newest = articles.map((a) => exactPublicationDay(a.data)).filter(Boolean).sort().at(-1);
      const changed = articles.map((a) => lastModifiedDay(a.data)).filter(Boolean).sort().at(-1);
      const channel = feed as unknown as { pubDate?: string; lastBuildDate?: string };
      expect(channel.pubDate ? new Date(channel.pubDate).toISOString().slice(0, 10) : undefined, site.name).toBe(newest);
      expect(channel.lastBuildDate ? new Date(channel.lastBuildDate).toISOString().slice(0, 10) : undefined, site.name).toBe(changed);
    }
  });
});

describe('the sitemap', () => {
  it('dates a story page by its latest correction, update or exact publication, and no page by a guess', () => {
    for (const site of SITES_WITH_STORIES) {
      const xml = readFileSync(join(outDir(site), 'sitemap-0.xml'), 'utf8');
      const lastmods = new Map([...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1], m[2]]));
      const expected = new Map(siteCorpus(site).articles.flatMap((a) => {
        const day = lastModifiedDay(a.data);
        return day ? [[storyUrl(site, a.id), day] as const] : [];
      }));
      for (const a of siteCorpus(site).articles) expect(lastmods.has(storyUrl(site, a.id)), a.id).toBe(true);
      for (const [loc, lastmod] of lastmods) expect(lastmod?.slice(0, 10), loc).toBe(expected.get(loc));
    }
  });
});

describe('the published JSON Schemas, read by Ajv (strict, with ajv-formats)', () => {
  const readJson = (site: SiteBuild, file: string) => JSON.parse(readFileSync(join(outDir(site), 'data', file), 'utf8'));

  it('accept every published export, and refuse a bad date, id, URL or kind', () => {
    for (const site of SITES_WITH_STORIES) {
      const ajv = new Ajv2020({ strict: true });
      addFormats(ajv);
      const check = (name: string, data: unknown) => {
        const schema = readJson(site, `${name}.schema.json`);
        const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
        return { ok: validate(data) as boolean, errors: ajv.errorsText(validate.errors) };
      };
      for (const name of ['statements', 'people', 'outlets', 'events']) {
        const data = readJson(site, `${name}.json`);
        expect(data.length, `${site.name}: ${name}`).toBeGreaterThan(0);
        const result = check(name, data);
        expect(result.ok, `${site.name}: ${name}: ${result.errors}`).toBe(true);
      }
      const [event] = readJson(site, 'events.json');
      for (const date of ['yesterday-ish', '2026-13-01', '13/01/2026']) {
        expect(check('events', [{ ...event, start: { ...event.start, date } }]).ok, date).toBe(false);
      }
      const [statement] = readJson(site, 'statements.json');
      expect(check('statements', [{ ...statement, id: 'Not A Slug' }]).ok).toBe(false);
      expect(check('statements', [{ ...statement, url: 'not a url' }]).ok).toBe(false);
      expect(check('statements', [{ ...statement, kind: 'rumour' }]).ok).toBe(false);
    }
  });
});

describe('link previews, read by open-graph-scraper', () => {
  it('read each page’s title, description, canonical URL, image and a language_TERRITORY locale from the site’s language', async () => {
    for (const site of [SITES.root, SITES.sub]) {
      const lang = siteCorpus(site).site!.data.lang;
      for (const path of sitePages(outDir(site)).filter((p) => p !== '/404.html' && !isRedirectPage(outDir(site), p))) {
        const $ = page(outDir(site), path);
        const { error, result } = await ogs({ html: $.html() });
        expect(error, path).toBe(false);
        expect(result.ogTitle?.length, path).toBeGreaterThan(0);
        expect($('title').text(), path).toContain(result.ogTitle);
        expect(result.ogDescription, path).toBe($('meta[name="description"]').attr('content'));
        expect(result.ogUrl, path).toBe(`${site.siteUrl}${site.base}${path.slice(1)}`);
        expect(result.ogImage?.[0]?.url.startsWith(`${site.siteUrl}${site.base}share/`), path).toBe(true);
        // Open Graph's form: the site's BCP 47 language, then a territory (en gives en_US).
        expect(result.ogLocale, path).toMatch(new RegExp(`^${lang.split('-')[0]}_[A-Z]{2}$`));
      }
    }
  });
});

describe('the sitemap, validated against the sitemaps.org XSD', () => {
  it('is valid sitemaps.org 0.9 XML (libxml2 through xmllint-wasm; the schema shipped by the `sitemap` package)', async () => {
    const xsd = readFileSync(join(ROOT, 'node_modules/sitemap/schema/sitemap.xsd'), 'utf8');
    expect(xsd).toContain('http://www.sitemaps.org/schemas/sitemap/0.9');
    // The validator can fail: a lastmod that is not a W3C date is refused.
    const bad = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/</loc><lastmod>yesterday-ish</lastmod></url></urlset>';
    expect((await validateXML({ xml: [{ fileName: 'bad.xml', contents: bad }], schema: [{ fileName: 'sitemap.xsd', contents: xsd }] })).valid).toBe(false);
    for (const site of SITES_WITH_STORIES) {
      const files = readdirSync(outDir(site)).filter((f) => /^sitemap-\d+\.xml$/.test(f));
      expect(files.length, site.name).toBeGreaterThan(0);
      for (const file of files) {
        const xml = readFileSync(join(outDir(site), file), 'utf8');
        const result = await validateXML({ xml: [{ fileName: file, contents: xml }], schema: [{ fileName: 'sitemap.xsd', contents: xsd }] });
        expect(result.errors.map((e) => e.message), `${site.name}: ${file}`).toEqual([]);
        expect(result.valid).toBe(true);
      }
    }
  });
});
