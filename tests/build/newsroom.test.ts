import { describe, expect, it } from 'vitest';
import { SITES, outDir, siteCorpus } from '../support/sites.ts';
import { foldText, page } from '../support/html.ts';

// What real reporting needs, as readers of the newsroom build receive it: licence and credit, the channel of
// self-published words, quotations split by narration. Expectations come from the content of every story.
const site = SITES.newsroom;
const dist = outDir(site);
const corpus = siteCorpus(site);
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
        const $ = page(dist, `/people/${part.data.speaker}/`);
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
