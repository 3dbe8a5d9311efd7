/** Stage 1, reading content: the collection list, each file read and each MDX body parsed once, and the loader that hands that one read to Astro's content layer. */
export { COLLECTIONS, STORED_SCHEMAS, contentDir, type ArticleText, type CollectionName } from './collections.ts';
export { loadCorpus, parseBody, type ArticleEntry, type Corpus, type Entry, type ViewEntry } from './read.ts';
export { allowlistProblems, CAPTION_COMPONENT, CITE_COMPONENT, MARK_COMPONENT } from './body/allowlist.ts';
export { corpusLoader, shareCorpus } from './loader.ts';
export { formatIssues, type ContentIssue } from './issue.ts';
export { problem } from './problems.ts';
