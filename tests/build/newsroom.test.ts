import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES, outDir, personPageOf, shownCorpus, siteCatalog, siteCorpus } from '../support/sites.ts';
import { anchorKey } from '../../src/integrity/anchor-ledger.ts';
import { formatIsoDate } from '../../src/content/dates.ts';
import { foldText, page } from '../support/html.ts';
import type { StatementView } from '../../src/model/catalog.ts';

// What real reporting needs, as readers of the newsroom build receive it: licence and credit, the channel of
// self-published words, quotations split by narration. Expectations come from the content of every story.
const site = SITES.newsroom;
const dist = outDir(site);
const corpus = shownCorpus(site);
const ld = (path: string) => {
  const $ = page(dist, path);
  return $('script[type="application/ld+json"]').map((_, el) => JSON.parse($(el).text())['@graph']).get().flat() as Record<string, unknown>[];
};

describe('licence, credit, channel and split quotations (newsroom build)', () => {
  it('shows each story\'s licence and credit on the story, on its statements\' pages and in their JSON-LD', () => {
    const licensed = corpus.articles.filter((a) => a.data.licence || a.data.credit);
    expect(licensed.length).toBeGreaterThan(0);
    for (const a of corpus.articles) {
      const { licence, credit } = a.data;
      const pages = [`/stories/${a.id}/`, ...corpus.statements.filter((s) => s.data.article === a.id).map((s) => `/quotes/${s.id}/`)];
      for (const path of pages) {
        const $ = page(dist, path);
        const link = $('main a[rel~="license"]');
        if (licence) {
          expect(link.attr('href'), path).toBe(licence.url);
          expect(link.text(), path).toBe(licence.name);
        } else expect(link.length, path).toBe(0);
        if (credit) expect($('main').text(), path).toContain(credit);
      }
      const article = ld(`/stories/${a.id}/`).find((n) => n['@type'] === 'NewsArticle')!;
      expect(article.license).toBe(licence?.url);
      for (const s of corpus.statements.filter((x) => x.data.article === a.id && (x.data.kind === 'direct' || x.data.kind === 'partial'))) {
        const quotation = ld(`/quotes/${s.id}/`).find((n) => n['@type'] === 'Quotation')!;
        expect(quotation.license, s.id).toBe(licence?.url);
      }
    }
  });

  it('names the channel of self-published words apart from who reported them', () => {
    const withChannel = corpus.statements.filter((s) => s.data.channel);
    expect(withChannel.length).toBeGreaterThan(0);
    for (const s of withChannel) {
      const channel = page(dist, `/quotes/${s.id}/`)('main .card .channel');
      expect(channel.length, s.id).toBe(1);
      if (s.data.channel!.name) expect(channel.text(), s.id).toContain(s.data.channel!.name);
    }
  });

  it('shows a quotation split by narration as one quotation, the break marked, on each part\'s cards and in its citation', () => {
    const continuing = corpus.statements.filter((s) => s.data.continues);
    expect(continuing.length).toBeGreaterThan(0);
    for (const s of continuing) {
      const first = corpus.statements.find((x) => x.id === s.data.continues)!;
      for (const part of [first, s]) {
        const $ = page(dist, personPageOf(site, part.id));
        const card = $(`#q-${part.id}`);
        expect(card.find('blockquote .part').map((_, el) => foldText($(el).text())).get(), part.id).toEqual([foldText(first.data.words), foldText(s.data.words)]);
        expect(card.find('blockquote .part-break').length, part.id).toBe(1);
        expect(foldText(card.find('.part--this').text()), part.id).toBe(foldText(part.data.words));
        const citation = foldText(page(dist, `/quotes/${part.id}/`)('main .citation').text());
        expect(citation, part.id).toContain(`${foldText(first.data.words)} […] ${foldText(s.data.words).replace(/[.,;:]$/, '')}`);
      }
    }
  });
});

describe('growth without broken links (newsroom build)', () => {
  const all = siteCorpus(site);
  const catalog = siteCatalog(site);
  const withdrawn = all.articles.filter((a) => a.data.withdrawn);

  it('keeps a withdrawn story\'s addresses as notices that say when and why, holding every anchor it published', () => {
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const a of withdrawn) {
      const { date, reason } = a.data.withdrawn!;
      const said = all.statements.filter((s) => s.data.article === a.id);
      for (const path of [`/stories/${a.id}/`, `/stories/${a.id}/quotes/`, `/stories/${a.id}/timeline/`, ...said.map((s) => `/quotes/${s.id}/`)]) {
        const $ = page(dist, path);
        expect($('#withdrawn').text(), path).toContain(reason);
        expect($('#withdrawn time').attr('datetime'), path).toBe(date);
        expect($('#withdrawn').text(), path).toContain(formatIsoDate(date));
        expect($('meta[name="robots"]').attr('content'), path).toContain('noindex');
        // None of its words are shown as the story any more.
        for (const s of said) expect(foldText($('main').text()), path).not.toContain(foldText(s.data.words));
      }
      // Every anchor the ledger recorded on its pages is there, and sends the reader to the notice.
      for (const anchor of all.ledger.filter((x) => x.path.startsWith(`/stories/${a.id}/`))) {
        const el = page(dist, anchor.path)(`#${anchor.id}`);
        expect(el.length, anchorKey(anchor)).toBe(1);
        expect(el.find('a').attr('href'), anchorKey(anchor)).toBe(`${anchor.path}#withdrawn`);
      }
    }
  });

  it('leaves a withdrawn story\'s statements off every list, the feed, the sitemap and the exports', () => {
    const gone = all.statements.filter((s) => withdrawn.some((a) => a.id === s.data.article));
    expect(gone.length).toBeGreaterThan(0);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const exported = readFileSync(join(dist, 'data', 'statements.json'), 'utf8');
    for (const a of withdrawn) {
      expect(feed).not.toContain(`/stories/${a.id}/`);
      expect(sitemap).not.toContain(`/stories/${a.id}/`);
      expect(page(dist, '/stories/')(`a[href="/stories/${a.id}/"]`).length).toBe(0);
    }
    for (const s of gone) {
      expect(exported).not.toContain(`"${s.id}"`);
      expect(page(dist, '/quotes/')(`a[href="/quotes/${s.id}/"]`).length, s.id).toBe(0);
    }
  });

  it('forwards each anchor the ledger recorded on a person\'s page or the timeline that now lives elsewhere', () => {
    let forwarded = 0;
    for (const anchor of all.ledger.filter((x) => x.path.startsWith('/people/') || x.path.startsWith('/timeline/'))) {
      const $ = page(dist, anchor.path);
      const el = $(`#${anchor.id}`);
      expect(el.length, anchorKey(anchor)).toBe(1);
      if (!el.hasClass('forward')) continue;
      forwarded++;
      // The link lands on an element with the same id, on another page, that shows the statement or event (or a notice).
      const [to, id] = el.find('a').attr('href')!.split('#');
      expect(id, anchorKey(anchor)).toBe(anchor.id);
      expect(to, anchorKey(anchor)).not.toBe(anchor.path);
      const target = page(dist, to)(`#${id}`);
      expect(target.length, `${anchorKey(anchor)} → ${to}`).toBe(1);
      // It lands on the statement or event itself, or on a withdrawn story's notice, whose element sends the reader to why.
      if (target.hasClass('forward')) expect(target.find('a').attr('href'), `${anchorKey(anchor)} → ${to} forwards again`).toBe(`${to}#withdrawn`);
    }
    // The newsroom's small page sizes move the real story's anchors off the pages that first published them.
    expect(forwarded).toBeGreaterThan(0);
  });

  it('splits a speaker\'s statements into pages of at most pageSize, oldest first, each statement anchored once', () => {
    const size = catalog.site.pageSize.person;
    const paged = [...catalog.people.keys()].filter((id) => (catalog.statementsBy.speaker.get(id)?.length ?? 0) > size);
    expect(paged.length).toBeGreaterThan(0);
    for (const id of paged) {
      const said = catalog.statementsBy.speaker.get(id)!;
      const own = page(dist, `/people/${id}/`);
      const links = own('.person-pages a').map((_, a) => own(a).attr('href')).get();
      expect(links, id).toEqual(Array.from({ length: Math.ceil(said.length / size) }, (_, i) => `/people/${id}/page/${i + 1}/`));
      const anchored = links.map((path) => page(dist, path)('main article.card[id^="q-"]').map((_, el) => el.attribs.id.slice(2)).get());
      for (const ids of anchored) expect(ids.length, id).toBeLessThanOrEqual(size);
      // Page by page, oldest first: reading order across the site is oldest story first.
      expect(anchored.flat().sort(), id).toEqual(said.map((s) => s.id).sort());
      const pageOf = new Map(anchored.flatMap((ids, i) => ids.map((x) => [x, i] as const)));
      for (let i = 1; i < said.length; i++) expect(pageOf.get(said[i].id)!, id).toBeGreaterThanOrEqual(pageOf.get(said[i - 1].id)!);
      // The person's own page shows the newest, without anchoring them twice.
      expect(own('main article.card').length, id).toBe(Math.min(size, said.length));
      expect(own('main article.card[id^="q-"]').length, id).toBe(0);
    }
  });
});

describe('lists that grow, split into pages (newsroom build)', () => {
  const catalog = siteCatalog(site);
  const { list, stories: storiesSize } = catalog.site.pageSize;
  /** A list's pages, from its first, following each page's "next" link. */
  const walk = (first: string): string[] => {
    const found = [first];
    for (;;) {
      const next = page(dist, found.at(-1)!)('nav.pagination a[rel="next"]').attr('href');
      if (!next || found.includes(next)) return found;
      found.push(next);
    }
  };
  const cardIds = (path: string) => page(dist, path)('main article.card a[href^="/stories/"][href*="#q-"]').map((_, a) => a.attribs.href.split('#q-')[1]).get();

  it('cuts the quotes index and each theme into pages of at most the list size, every statement once', () => {
    const lists = [
      { first: '/quotes/', expected: catalog.statements.map((s) => s.id) },
      ...catalog.site.themes.map((t) => ({ first: `/themes/${t.id}/`, expected: catalog.statements.filter((s) => s.data.themes.includes(t.id)).map((s) => s.id) })),
    ];
    expect(lists.some((l) => l.expected.length > list)).toBe(true);
    for (const { first, expected } of lists) {
      const pages = walk(first);
      expect(pages.length, first).toBe(Math.max(1, Math.ceil(expected.length / list)));
      const shown = pages.map(cardIds);
      for (const ids of shown) expect(new Set(ids).size, first).toBeLessThanOrEqual(list);
      expect([...new Set(shown.flat())].sort(), first).toEqual([...expected].sort());
    }
  });

  it('cuts the people index and the table of who spoke about what into pages of at most the list size, every speaker once', () => {
    const speakerPath = (s: StatementView) => (s.speaker.type === 'person' ? `/people/${s.speaker.id}/` : `/outlets/${s.speaker.id}/`);
    const outletSpeakers = catalog.statements.filter((s) => s.speaker.type === 'outlet').map(speakerPath);
    const lists = [
      { first: '/people/', links: 'main section li > a', expected: [...[...catalog.people.keys()].map((id) => `/people/${id}/`), ...new Set(outletSpeakers)] },
      { first: '/themes/', links: 'main table tbody th[scope="row"] a', expected: [...new Set(catalog.statements.filter((s) => s.data.themes.length > 0).map(speakerPath))] },
    ];
    for (const { first, links, expected } of lists) {
      expect(expected.length, first).toBeGreaterThan(list);
      const pages = walk(first);
      expect(pages.length, first).toBe(Math.ceil(expected.length / list));
      const shown = pages.map((path) => {
        const $ = page(dist, path);
        return $(links).map((_, a) => $(a).attr('href')!).get();
      });
      for (const hrefs of shown) expect(hrefs.length, first).toBeLessThanOrEqual(list);
      expect(shown.flat().sort(), first).toEqual([...expected].sort());
    }
    // Each later page of the table repeats its head: every theme a column.
    const columns = page(dist, walk('/themes/').at(-1)!)('main table thead th[scope="col"]').length;
    expect(columns).toBe(catalog.site.themes.length + 1);
  });

  it('cuts the stories into pages, newest first, the home page\'s list continuing on the second', () => {
    const shown = shownCorpus(site).articles;
    expect(shown.length).toBeGreaterThan(storiesSize);
    const pages = walk('/stories/');
    const listed = pages.map((path) => page(dist, path)('main ol.story-list > li > a').map((_, a) => a.attribs.href).get());
    for (const hrefs of listed) expect(hrefs.length).toBeLessThanOrEqual(storiesSize);
    expect(listed.flat().sort()).toEqual(shown.map((a) => `/stories/${a.id}/`).sort());
    const home = page(dist, '/');
    expect(home('#stories-title').length).toBe(1);
    expect(home('main a[rel="next"]').attr('href')).toBe('/stories/page/2/');
  });
});
