import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { shownCorpus, SITES, outDir, siteCorpus } from '../support/sites.ts';
import { foldText, page, sitePages } from '../support/html.ts';
import { csvValue, parseCsv } from '../support/csv.ts';
import { SEARCH_FACETS } from '../../src/model/search-facets.ts';

const root = outDir(SITES.root);
const sub = outDir(SITES.sub);
const fixtureDist = outDir(SITES.fixture);
const corpus = siteCorpus(SITES.root);
const fixture = siteCorpus(SITES.fixture);
const quoted = (kind: string) => kind === 'direct' || kind === 'partial';

/** Every JSON-LD node of a page, `@graph`s flattened. */
function jsonLd($: cheerio.CheerioAPI): Record<string, any>[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()))
    .get()
    .flatMap((doc: Record<string, any>) => doc['@graph'] ?? [doc]);
}

/** Pages a reader can land on (not the redirects at former ids). */
function contentPages(dist: string, aliases: string[]): string[] {
  return sitePages(dist).filter((p) => !aliases.some((a) => p === `/quotes/${a}/`));
}
const aliases = corpus.statements.flatMap((s) => s.data.aliases);

describe('metadata on every page', () => {
  it('gives each page a unique title and description, an absolute canonical URL and Open Graph and Twitter tags', () => {
    for (const [dist, site] of [[root, SITES.root], [sub, SITES.sub], [outDir(SITES.newsroom), SITES.newsroom]] as const) {
      const titles = new Map<string, string>();
      const descriptions = new Map<string, string>();
      for (const path of contentPages(dist, aliases)) {
        const $ = page(dist, path);
        const title = $('title').text();
        const description = $('meta[name="description"]').attr('content') ?? '';
        expect(description.length, `description of ${path}`).toBeGreaterThan(20);
        if (path !== '/404.html') {
          expect(titles.has(title), `${path} shares its title with ${titles.get(title)}`).toBe(false);
          expect(descriptions.has(description), `${path} shares its description with ${descriptions.get(description)}`).toBe(false);
        }
        titles.set(title, path);
        descriptions.set(description, path);
        const canonical = $('link[rel="canonical"]').attr('href')!;
        if (path !== '/404.html') expect(canonical, path).toBe(`${site.siteUrl}${site.base}${path.slice(1)}`);
        expect($('meta[property="og:url"]').attr('content'), path).toBe(canonical);
        expect($('meta[property="og:title"]').attr('content'), path).toBeTruthy();
        expect($('meta[property="og:description"]').attr('content'), path).toBe(description);
        expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary_large_image');
        const image = $('meta[property="og:image"]').attr('content')!;
        expect(image.startsWith(`${site.siteUrl}${site.base}share/`), `${path}: ${image}`).toBe(true);
        expect(existsSync(join(dist, image.slice(`${site.siteUrl}${site.base}`.length))), image).toBe(true);
        expect($('meta[name="twitter:image"]').attr('content'), path).toBe(image);
        expect($('meta[property="og:image:alt"]').attr('content'), path).toBeTruthy();
      }
    }
  });

  it('ships a 1200x630 PNG share image for the site, every article and every statement', () => {
    const dir = join(root, 'share');
    const names = readdirSync(dir).sort();
    const expected = ['site.png', ...corpus.articles.map((a) => `article-${a.id}.png`), ...corpus.statements.map((s) => `statement-${s.id}.png`)].sort();
    expect(names).toEqual(expected);
    for (const name of names) {
      const png = readFileSync(join(dir, name));
      expect(png.subarray(1, 4).toString(), name).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
    }
  });
});

describe('structured data', () => {
  it('describes the story as a NewsArticle with its publisher, about the summit Event', () => {
    for (const a of corpus.articles) {
      const nodes = jsonLd(page(root, `/stories/${a.id}/`));
      const article = nodes.find((n) => n['@type'] === 'NewsArticle')!;
      expect(article.headline).toBe(a.data.headline);
      const publisher = corpus.outlets.find((o) => o.id === a.data.publisher)!.data.name;
      if (a.data.publisherKnown === 'stated') expect(article.publisher.name).toBe(publisher);
      else expect([article.publisher, article.creditText]).toEqual([undefined, expect.stringMatching(new RegExp(`${publisher}.*inferred`))]);
      expect(article.about['@type']).toBe('Event');
      expect(article.mainEntityOfPage).toBe(`https://example.org/stories/${a.id}/`);
    }
    const synthetic = jsonLd(page(fixtureDist, '/stories/harbour-wall/')).find((n) => n['@type'] === 'NewsArticle')!;
    expect(synthetic.datePublished).toBe('2030-03-05');
    expect(synthetic.correction.map((c: { text: string }) => c.text)).toEqual(fixture.articles[0].data.corrections.map((c) => c.text));
  });

  it('makes each direct or partial statement a Quotation on its page, and a paraphrase never one', () => {
    for (const s of corpus.statements) {
      const nodes = jsonLd(page(root, `/quotes/${s.id}/`));
      const quotation = nodes.find((n) => n['@type'] === 'Quotation');
      if (!quoted(s.data.kind)) {
        expect(quotation, s.id).toBeUndefined();
        continue;
      }
      expect(quotation!.text, s.id).toBe(s.data.words);
      const speaker = corpus.people.find((p) => p.id === s.data.speaker);
      // An unnamed group is no Person or Organization: it is named in creditText, with no creator.
      if (speaker?.data.kind === 'group') {
        expect(quotation!.creator, s.id).toBeUndefined();
        expect(quotation!.creditText, s.id).toContain(speaker.data.name);
      } else expect(quotation!.creator.name, s.id).toBe(speaker?.data.name ?? corpus.outlets.find((o) => o.id === s.data.speaker)!.data.name);
      expect(quotation!.isBasedOn['@id'], s.id).toBe(`https://example.org/stories/${s.data.article}/#article`);
      const event = corpus.events.find((e) => e.id === s.data.event);
      expect(quotation!.dateCreated, s.id).toBe(event?.data.start.date);
    }
  });

  it('describes each person on their page, and the summit as an Event on the home page', () => {
    for (const p of corpus.people) {
      // Groups and organisations are not Person.
      const type = p.data.kind === 'group' ? 'Thing' : p.data.kind === 'organisation' ? 'Organization' : 'Person';
      const nodes = jsonLd(page(root, `/people/${p.id}/`));
      expect(nodes.map((n) => n['@type']), p.id).toEqual([type]);
      const person = nodes[0];
      expect(person.name).toBe(p.data.name);
      expect(person.url).toBe(`https://example.org/people/${p.id}/`);
    }
    const lead = corpus.events.find((e) => e.id === corpus.site!.data.leadEvent)!;
    const event = jsonLd(page(root, '/')).find((n) => n['@type'] === 'Event')!;
    expect(event).toMatchObject({ name: lead.data.title, startDate: lead.data.start.date, endDate: lead.data.end!.date });
  });

  it('cannot be broken out of by content: "</script>" in a correction stays inside the JSON', () => {
    const html = readFileSync(join(fixtureDist, 'stories/harbour-wall/index.html'), 'utf8');
    const $ = cheerio.load(html);
    expect($('script[type="application/ld+json"]').length).toBe(1);
    expect(html).toContain('\\u003c/script\\u003e');
  });
});

describe('a page per statement', () => {
  it('shows the words, the speaker, the kind and the link to the anchor in the story', () => {
    for (const s of corpus.statements) {
      const $ = page(root, `/quotes/${s.id}/`);
      const main = $('main');
      expect(foldText(main.find('blockquote, .reported').first().text()), s.id).toContain(foldText(s.data.words));
      const speakerName = corpus.people.find((p) => p.id === s.data.speaker)?.data.name ?? corpus.outlets.find((o) => o.id === s.data.speaker)!.data.name;
      expect(main.find('h1').text(), s.id).toContain(speakerName);
      expect(main.find(`a[href="/stories/${s.data.article}/#q-${s.id}"]`).length, s.id).toBe(1);
      expect(main.find('.badge').first().text(), s.id).toMatch(/quotation|Paraphrase|judgment/);
      // A paraphrase is never set in quotation marks.
      if (!quoted(s.data.kind)) expect(main.find('blockquote').length, s.id).toBe(0);
      expect($('meta[property="og:image"]').attr('content'), s.id).toBe(`https://example.org/share/statement-${s.id}.png`);
    }
  });

  it('sends a former id on to the current page: meta refresh, a plain link and a canonical', () => {
    const $ = page(fixtureDist, '/quotes/mayor-spring/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/quotes/mayor-start-in-spring/');
    expect($('a[href="/quotes/mayor-start-in-spring/"]').length).toBe(1);
    expect($('link[rel="canonical"]').attr('href')).toBe('http://localhost:4321/quotes/mayor-start-in-spring/');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('keeps the quotes index at /quotes/ and puts later index pages under /quotes/page/', () => {
    const pages = sitePages(root);
    expect(pages).toContain('/quotes/');
    expect(pages.filter((p) => /^\/quotes\/\d+\/$/.test(p))).toEqual([]);
    // Every statement is listed once across the index's pages, which run on from /quotes/ in order.
    const index = ['/quotes/', ...pages.filter((p) => /^\/quotes\/page\/\d+\/$/.test(p)).sort((a, b) => Number(a.split('/')[3]) - Number(b.split('/')[3]))];
    expect(index.slice(1)).toEqual(index.slice(1).map((_, i) => `/quotes/page/${i + 2}/`));
    for (const s of corpus.statements) expect(index.reduce((n, path) => n + page(root, path)(`a[href="/quotes/${s.id}/"]`).length, 0), s.id).toBe(1);
  });
});

describe('feeds, sitemap and data', () => {
  it('publishes an RSS feed of the stories, with the corrections log', () => {
    const $ = cheerio.load(readFileSync(join(sub, 'feed.xml'), 'utf8'), { xml: true });
    expect($('rss > channel > title').text()).toBe(corpus.site!.data.name);
    expect($('channel > link').text()).toBe('https://example.github.io/news/');
    expect($('channel > atom\\:link[rel="self"]').attr('href')).toBe('https://example.github.io/news/feed.xml');
    const items = $('item');
    expect(items.length).toBe(corpus.articles.length);
    expect(items.first().find('link').text()).toBe(`https://example.github.io/news/stories/${corpus.articles[0].id}/`);
    expect(items.first().find('content\\:encoded').text()).toContain('Corrections and updates');

    const f = cheerio.load(readFileSync(join(fixtureDist, 'feed.xml'), 'utf8'), { xml: true });
    // The item's HTML content, read as a feed reader shows it.
    const content = cheerio.load(f('item content\\:encoded').text());
    expect(content('h2').text()).toBe('Corrections and updates');
    expect(content('li').map((_, li) => content(li).text()).get()).toEqual(fixture.articles[0].data.corrections.map((c) => expect.stringContaining(c.text)));
    expect(new Date(f('item pubDate').text()).toISOString().slice(0, 10)).toBe('2030-03-05');
    // The head of every page points feed readers at the feed.
    expect(page(sub, '/')('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/news/feed.xml');
  });

  it('puts every story of a site of several in its feed and its sitemap, with its timeline and quotes pages', () => {
    const dist = outDir(SITES.newsroom);
    const stories = shownCorpus(SITES.newsroom).articles;
    const feed = cheerio.load(readFileSync(join(dist, 'feed.xml'), 'utf8'), { xml: true });
    expect(feed('item link').map((_, l) => feed(l).text()).get().sort()).toEqual(stories.map((a) => `https://example.org/stories/${a.id}/`).sort());
    const index = cheerio.load(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'), { xml: true });
    const locs = index('sitemap > loc').map((_, el) => index(el).text()).get().flatMap((loc: string) => {
      const $ = cheerio.load(readFileSync(join(dist, loc.replace('https://example.org/', '')), 'utf8'), { xml: true });
      return $('url > loc').map((_, el) => $(el).text()).get();
    });
    for (const a of stories) for (const path of ['', 'timeline/', 'quotes/']) expect(locs, `${a.id} ${path}`).toContain(`https://example.org/stories/${a.id}/${path}`);
    expect(locs).toContain('https://example.org/stories/');
  });

  it('shows the corrections log on the story page', () => {
    const log = page(fixtureDist, '/stories/harbour-wall/')('#corrections li');
    expect(log.map((_, li) => page(fixtureDist, '/stories/harbour-wall/')(li).find('time').attr('datetime')).get()).toEqual(['2030-03-06', '2030-03-07']);
    expect(page(root, `/stories/${corpus.articles[0].id}/`)('#corrections').text()).toContain('None so far');
  });

  it('lists every page in the sitemap except redirects and the 404 page', () => {
    const index = cheerio.load(readFileSync(join(sub, 'sitemap-index.xml'), 'utf8'), { xml: true });
    const maps = index('sitemap > loc').map((_, el) => index(el).text()).get();
    expect(maps.length).toBeGreaterThan(0);
    const locs = maps.flatMap((loc: string) => {
      const $ = cheerio.load(readFileSync(join(sub, loc.replace('https://example.github.io/news/', '')), 'utf8'), { xml: true });
      return $('url > loc').map((_, el) => $(el).text()).get();
    });
    const expected = contentPages(sub, aliases).filter((p) => p !== '/404.html').map((p) => `https://example.github.io/news${p}`);
    expect([...locs].sort()).toEqual(expected.sort());
    expect(readFileSync(join(sub, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.github.io/news/sitemap-index.xml');
  });

  it('exports statements, people, outlets and events as JSON that validates against the published JSON Schemas', () => {
    const ajv = new Ajv2020({ strict: false });
    const counts = { statements: corpus.statements.length, people: corpus.people.length, outlets: corpus.outlets.length, events: corpus.events.length };
    for (const [name, count] of Object.entries(counts)) {
      const schema = JSON.parse(readFileSync(join(root, 'data', `${name}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const data = JSON.parse(readFileSync(join(root, 'data', `${name}.json`), 'utf8'));
      const validate = ajv.compile(schema);
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(data).toHaveLength(count);
    }
    const statements = JSON.parse(readFileSync(join(root, 'data/statements.json'), 'utf8'));
    for (const s of corpus.statements) expect(statements.find((x: { id: string }) => x.id === s.id).words).toBe(s.data.words);
  });

  it('exports statements as RFC 4180 CSV, one row each, words exact', () => {
    const rows = parseCsv(readFileSync(join(root, 'data/statements.csv'), 'utf8'));
    expect(rows).toHaveLength(corpus.statements.length + 1);
    const [header, ...body] = rows;
    for (const s of corpus.statements) {
      const row = body.find((r) => r[0] === s.id)!;
      expect(csvValue(row[header.indexOf('words')]), s.id).toBe(s.data.words);
      expect(row[header.indexOf('story_url')], s.id).toBe(`https://example.org/stories/${s.data.article}/#q-${s.id}`);
    }
  });
});

describe('themes, outlets and search', () => {
  it('narrows the statements by theme without JavaScript', () => {
    for (const t of corpus.site!.data.themes) {
      const $ = page(root, `/themes/${t.id}/`);
      const expected = corpus.statements.filter((s) => s.data.themes.includes(t.id)).map((s) => s.id).sort();
      const shown = $('main a[href^="/quotes/"]').map((_, a) => $(a).attr('href')!.split('/')[2]).get().sort();
      expect(shown, t.id).toEqual(expected);
      // Narrowed at build time: the only script a theme page may load is the deferred copy-link enhancement.
      expect($('script:not([src])').not('[type="application/ld+json"]').length).toBe(0);
      $('script[src]').each((_, el) => expect($(el).attr('type')).toBe('module'));
    }
  });

  it('shows who spoke about what in a table with row and column headers', () => {
    const $ = page(root, '/themes/');
    const table = $('table');
    expect(table.find('caption').text()).toBeTruthy();
    const themes = corpus.site!.data.themes;
    expect(table.find('thead th[scope="col"]').length).toBe(themes.length + 1);
    table.find('tbody tr').each((_, tr) => {
      const speakerHref = $(tr).find('th[scope="row"] a').attr('href')!;
      const speaker = speakerHref.split('/')[2];
      $(tr).find('td').each((i, td) => {
        const n = corpus.statements.filter((s) => s.data.speaker === speaker && s.data.themes.includes(themes[i].id)).length;
        // An empty cell shows "·" (hidden from screen readers, which hear "none").
        const said = $(td).clone().find('[aria-hidden="true"]').remove().end().text();
        expect(said === 'none' ? '0' : said, `${speaker} × ${themes[i].id}`).toBe(String(n));
      });
    });
    expect(table.find('tbody tr').length).toBe(new Set(corpus.statements.filter((s) => s.data.themes.length > 0).map((s) => s.data.speaker)).size);
  });

  it('lists what each outlet reported', () => {
    for (const o of corpus.outlets) {
      const $ = page(root, `/outlets/${o.id}/`);
      for (const s of corpus.statements.filter((x) => x.data.via === o.id)) expect(foldText($('main').text()), `${o.id}: ${s.id}`).toContain(foldText(s.data.words));
    }
  });

  it('builds a Pagefind index of the statement pages, and a search page that works without JavaScript', () => {
    expect(existsSync(join(sub, 'pagefind/pagefind.js'))).toBe(true);
    const $ = page(sub, '/search/');
    const form = $('form[role="search"]');
    expect(form.attr('action')).toBe('/news/search/');
    expect(form.attr('data-pagefind')).toBe('/news/pagefind/pagefind.js');
    expect($('.search-nojs a[href="/news/quotes/"]').length).toBe(1);
    // The filters' values are read from the index in the browser: the page lists none, so it does not grow with the site.
    expect($('.search-filters select').map((_, el) => $(el).attr('name')).get()).toEqual(SEARCH_FACETS.map((f) => f.key));
    $('.search-filters select').each((_, el) => expect($(el).find('option').map((_, o) => $(o).attr('value')).get()).toEqual(['']));
    // Statement pages are indexed; listings that repeat them are not.
    expect(page(sub, `/quotes/${corpus.statements[0].id}/`)('main[data-pagefind-body]').length).toBe(1);
    expect(page(sub, '/quotes/')('[data-pagefind-body]').length).toBe(0);
  });
});

describe('hosting', () => {
  it('ships a 404 page whose links and styles work at any depth under the base', () => {
    const $ = cheerio.load(readFileSync(join(sub, '404.html'), 'utf8'));
    expect($('h1').text()).toBe('Page not found');
    $('a[href], link[href]').each((_, el) => {
      const ref = $(el).attr('href')!;
      if (/^https?:/.test(ref) || ref.startsWith('#')) return;
      expect(ref, 'absolute and under the base').toMatch(/^\/news\//);
    });
    // Styles are inlined (build.inlineStylesheets), so they work at any depth; a stylesheet link, if any, is under the base.
    expect($('style').text().length + $('link[rel="stylesheet"]').length).toBeGreaterThan(0);
    $('link[rel="stylesheet"]').each((_, el) => expect($(el).attr('href')).toMatch(/^\/news\//));
  });

  it('ships .nojekyll and a _headers file with a CSP and long caching for hashed assets', () => {
    expect(existsSync(join(sub, '.nojekyll'))).toBe(true);
    const headers = readFileSync(join(sub, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/news\/\*\n {2}Content-Security-Policy: default-src 'self'/);
    expect(headers).toContain('/news/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
