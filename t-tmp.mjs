import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
plugins.config.get('@bibtex').format.asciiOnly = false;
const item = { id: 'lee-x', type: process.argv[2], title: 'properly manage the negative factors… “issues”', author: [{ literal: 'Chinese experts' }], 'container-title': 'Headline here', publisher: 'Global Times (inferred from the article’s words)', issued: { 'date-parts': [[2026, 1, 13]] }, URL: 'https://example.org/stories/x/#q-lee-x', note: 'A partial quotation. Said in Korean; translated.', language: 'en' };
const c = new Cite([item]);
const ris = c.format('ris'); const bib = c.format('bibtex'); 
console.log(ris); console.log(bib);
for (const t of [ris, bib]) { const back = (await Cite.async(t)).data[0]; console.log(JSON.stringify(back)); }
