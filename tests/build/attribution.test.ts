import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { SITES, outDir, siteCatalog } from '../support/sites.ts';
import { page, sitePages } from '../support/html.ts';

// What must travel with a statement wherever it is shown or cited: its note, its language, and a hedged publisher.
for (const site of [SITES.root, SITES.fixture]) {
  const dist = outDir(site);
  const catalog = siteCatalog(site);
  const base = site.siteUrl;
  const jsonLd = (path: string) =>
    page(dist, path)('script[type="application/ld+json"]')
      .toArray()
      .flatMap((el) => JSON.parse(page(dist, path)(el).text())['@graph'] as Record<string, unknown>[]);

  describe(`what travels with a statement (${site.name})`, () => {
    it('names an inferred publisher nowhere without saying it is inferred', () => {
      const inferred = [...catalog.articles.values()].filter((a) => a.data.publisherKnown === 'inferred');
      for (const a of inferred) {
        // Every phrase that credits the publisher by name carries the hedge right after the name.
        const unhedged = new RegExp(`([Rr]eported by|own words: |own voice: |Article by|credit to its publishers?: |The article \\()${a.publisherName}(?! \\(publisher inferred\\))`);
        for (const path of sitePages(dist)) {
          const text = page(dist, path)('body').text();
          expect(text, path).not.toMatch(unhedged);
        }
        const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
        expect(feed).not.toMatch(new RegExp(`Article by ${a.publisherName}(?! \\(publisher inferred\\))`));
      }
    });

    it('carries each note and language to the card, the citation, the share image, the JSON-LD and the CSV', () => {
      const csv = parse(readFileSync(join(dist, 'data/statements.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
      const travelling = catalog.statements.filter((s) => s.data.note || s.language);
      for (const s of travelling) {
        const $ = page(dist, s.pagePath);
        const card = $('.card').first();
        const citation = $('.citation').first().text();
        const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
        for (const words of [s.data.note, s.language?.note].filter((w): w is string => Boolean(w))) {
          expect(card.text(), `${s.id} card`).toContain(words);
          expect(citation, `${s.id} citation`).toContain(words.replace(/\.$/, ''));
        }
        if (s.language) expect(alt, `${s.id} share image`).toContain(s.language.note.slice(0, 40));
        const row = csv.find((r) => r.id === s.id)!;
        expect(row.note, s.id).toBe(s.data.note ?? '');
        expect(row.language, s.id).toBe(s.language?.original ?? '');
        if (s.quotation) {
          const quotation = jsonLd(s.pagePath).find((n) => n['@type'] === 'Quotation')!;
          for (const words of [s.data.note, s.language?.note].filter(Boolean)) expect(quotation.description, s.id).toContain(words);
          expect(quotation.inLanguage, s.id).toBe(s.article.language);
          if (s.language?.translated) expect(quotation.translationOfWork, s.id).toEqual({ '@type': 'Quotation', inLanguage: s.language.original });
          else expect(quotation, s.id).not.toHaveProperty('translationOfWork');
        }
      }
      expect(base).toMatch(/^https?:/);
    });

    it('shows each statement\'s language in the notes beside its paragraph, saying what the site inferred', () => {
      for (const s of catalog.statements.filter((x) => x.language)) {
        const notes = page(dist, s.article.path)(`#p-${s.block.n} .notes`).text();
        expect(notes, s.id).toContain(s.language!.note);
        expect(s.language!.note, s.id).toMatch(s.language!.inferred ? /inferred by this site/ : /as the article says/);
      }
    });
  });
}
