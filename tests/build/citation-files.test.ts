/** The citation files of statements and stories, read back by citation-js as a reference manager reads them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { SITES, outDir, siteCatalog, type SiteBuild } from '../support/sites.ts';
import { page } from '../support/html.ts';
import { dateParts } from '../../src/schemas/dates.ts';
import { headersFile } from '../../src/publish/hosting.ts';

type Csl = Record<string, any>;
const FORMATS = ['csl.json', 'ris', 'bib'] as const;

/** Each file of a page's set, read back into CSL-JSON. */
async function readBack(site: SiteBuild, dir: string): Promise<Record<(typeof FORMATS)[number], Csl>> {
  const text = (format: string) => readFileSync(join(outDir(site), dir, `citation.${format}`), 'utf8');
  return {
    'csl.json': JSON.parse(text('csl.json'))[0],
    ris: (await Cite.async(text('ris'))).data[0],
    bib: (await Cite.async(text('bib'))).data[0],
  };
}

const authorName = (item: Csl) => item.author?.map((a: Csl) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')).join('; ');
const parts = (date: string) => Object.values(dateParts(date)!).filter((n) => n !== undefined);
/** A CSL date read back as its parts: citation-js gives RIS's `Y1  - 2030/03/05/` as `date-parts`, or (for an item with a language) as `raw`. */
const issuedParts = (issued: Csl | undefined) => issued?.['date-parts']?.[0] ?? (issued?.raw ? String(issued.raw).split('/').filter(Boolean).map(Number) : undefined);

describe('citation files for reference managers', () => {
  for (const site of [SITES.root, SITES.fixture]) {
    const catalog = siteCatalog(site);
    it(`${site.name}: every statement page links CSL-JSON, RIS and BibTeX that keep speaker, words, date, URL, note, language and publisher`, async () => {
      for (const s of catalog.statements) {
        const $ = page(outDir(site), `/quotes/${s.id}/`);
        const links = $('.citation-files a').map((_, a) => $(a).attr('href')).get();
        expect(links, s.id).toEqual(FORMATS.map((f) => `${site.base}quotes/${s.id}/citation.${f}`));
        const storyUrl = `${site.siteUrl}${site.base}stories/${s.article.id}/#q-${s.id}`;
        for (const [format, item] of Object.entries(await readBack(site, `quotes/${s.id}`))) {
          const at = `${s.id} (${format})`;
          expect(authorName(item), at).toBe(s.speaker.name);
          // The exact words: no "…" turned into "...", no quotation marks changed.
          expect(item.title, at).toBe(s.data.words);
          expect(item.URL, at).toBe(storyUrl);
          if (s.event) expect(item.issued?.['date-parts']?.[0], at).toEqual(parts(s.event.data.start.date));
          else expect(item.issued, at).toBeUndefined();
          expect(item.note, at).toContain(s.article.publisherLabel);
          expect(item.publisher, at).toBe(s.article.publisherLabel);
          if (s.data.note) expect(item.note, at).toContain(s.data.note.replace(/\.$/, ''));
          if (s.language) expect(item.note, at).toContain(s.language.note);
          if (format !== 'bib') expect(item.language, at).toBe(s.language?.original ?? s.article.language);
          if (!s.quotation) expect(item.note, at).toMatch(/not a quotation/);
        }
      }
    });

    it(`${site.name}: every story page links its citation files; a date only when it is exact, the bound said in the note`, async () => {
      for (const a of catalog.articles.values()) {
        const $ = page(outDir(site), `/stories/${a.id}/`);
        expect($('.citation-files a').map((_, l) => $(l).attr('href')).get()).toEqual(FORMATS.map((f) => `${site.base}stories/${a.id}/citation.${f}`));
        for (const [format, item] of Object.entries(await readBack(site, `stories/${a.id}`))) {
          const at = `${a.id} (${format})`;
          expect(item.URL, at).toBe(`${site.siteUrl}${site.base}stories/${a.id}/`);
          expect(item.publisher, at).toBe(a.publisherLabel);
          const p = a.data.published;
          if (p.bound === 'exact') expect(issuedParts(item.issued), at).toEqual(parts(p.date));
          if (p.bound !== 'exact') {
            expect(item.issued, at).toBeUndefined();
            expect(item.note, at).toMatch(/published on or after/);
          }
        }
      }
    });
  }

  it('names the citation files’ types in _headers, for hosts that read it', () => {
    for (const site of [SITES.root, SITES.sub]) {
      const headers = readFileSync(join(outDir(site), '_headers'), 'utf8');
      expect(headers).toBe(headersFile(site.base));
      expect(headers).toContain(`${site.base}*/citation.ris\n  Content-Type: application/x-research-info-systems`);
      expect(headers).toContain(`${site.base}*/citation.bib\n  Content-Type: application/x-bibtex`);
      expect(headers).toContain(`${site.base}*/citation.csl.json\n  Content-Type: application/vnd.citationstyles.csl+json`);
      expect(existsSync(join(outDir(site), 'quotes'))).toBe(true);
    }
  });
});
