/** Stage 3, the model: the catalog (every entry resolved and indexed once, with what pages show computed once) and the sections pages are made of. */
export { buildCatalog, catalogOfCorpus, type ArticleView, type Catalog, type Speaker, type StatementView } from './catalog.ts';
export { getCatalog } from './load-catalog.ts';
export { leadEventSections } from './lead-event.ts';
export { citeStatement } from './citation.ts';
export { KIND_LABELS, PERSON_KIND_LABEL, PERSON_KIND_LABELS } from './labels.ts';
