/**
 * The content layer's loader: Astro's collections are filled from the corpus the content stage read and parsed once
 * (and the check approved), so no later stage reads a file or parses a body again. MDX entries keep their file, which
 * `@astrojs/mdx` renders; an article also carries its text as read (`text`: paragraphs and marks).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir, type CollectionName } from './collections.ts';
import { loadCorpus, type Corpus, type Entry } from './read.ts';
import { anchorKey } from './ledger.ts';

const SHARED = Symbol.for('quote-anchored-news.corpus');
type SharedCorpora = Map<string, Corpus>;

/** Keeps a corpus read (and checked) earlier in this process for the loaders, keyed by its content folder. */
export function shareCorpus(corpus: Corpus): void {
  // On globalThis: Astro loads the config's modules and the content config's modules as two separate module graphs.
  const store = ((globalThis as { [SHARED]?: SharedCorpora })[SHARED] ??= new Map());
  store.set(corpus.dir, corpus);
}

/** The corpus of a content folder: the one shared by the engine's check, or read now (a sync or check without a build). */
function sharedCorpus(dir: string, root: string): Corpus {
  const shared = (globalThis as { [SHARED]?: SharedCorpora })[SHARED]?.get(dir);
  if (shared) return shared;
  const { corpus } = loadCorpus(dir, root);
  shareCorpus(corpus);
  readAfterChange.add(corpus);
  queueMicrotask(() => readAfterChange.delete(corpus));
  return corpus;
}

/** Corpora read in answer to a change, until the other collections' listeners of that change have run. */
const readAfterChange = new WeakSet<Corpus>();

/** Forgets a shared corpus, so the next load reads the folder again (after an edit, in `astro dev`). */
function forgetCorpus(dir: string): void {
  (globalThis as { [SHARED]?: SharedCorpora })[SHARED]?.delete(dir);
}

/** The entries of one collection of a corpus. */
export function entriesOf(corpus: Corpus, name: CollectionName): Entry<unknown>[] {
  if (name === 'site') return corpus.site ? [corpus.site] : [];
  return corpus[name];
}

/**
 * What an entry stores beyond its editor-written data: an article's text as read; for the site, the anchors it has
 * published (the ledger), which pages forward when they move.
 */
export function storedData(name: CollectionName, entry: Entry<unknown>, corpus: Pick<Corpus, 'ledger'>): Record<string, unknown> {
  const data = entry.data as Record<string, unknown>;
  if (name === 'site') return { ...data, published: corpus.ledger.map(anchorKey) };
  if (name !== 'articles') return data;
  const parsed = (entry as Corpus['articles'][number]).parsed;
  return parsed.ok ? { ...data, text: { blocks: parsed.read.blocks, marks: parsed.read.marks } } : data;
}

const watching = new WeakMap<object, Set<CollectionName>>();

async function load(name: CollectionName, { store, parseData, generateDigest, config, watcher, logger }: LoaderContext): Promise<void> {
  const root = fileURLToPath(config.root);
  const dir = contentDir(root);
  const corpus = sharedCorpus(dir, root);
  const kept = new Set<string>();
  for (const entry of entriesOf(corpus, name)) {
    const data = storedData(name, entry, corpus);
    const filePath = resolve(root, entry.file);
    const relativePath = relative(root, filePath);
    const digest = generateDigest({ data, body: entry.body ?? '' });
    kept.add(entry.id);
    const existing = store.get(entry.id);
    if (existing && existing.digest === digest && existing.filePath === relativePath) {
      if (entry.body !== undefined) store.addModuleImport(relativePath);
      continue;
    }
    const parsed = await parseData({ id: entry.id, data, filePath });
    store.set({
      id: entry.id,
      data: parsed,
      body: entry.body,
      filePath: relativePath,
      digest,
      // MDX bodies are compiled and rendered by @astrojs/mdx from the file, when a page renders the entry.
      ...(entry.body !== undefined ? { deferredRender: true } : {}),
    });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  // One listener per collection and watcher: Astro may call `load` again on the same watcher.
  if (!watcher) return;
  const watched = watching.get(watcher) ?? new Set<CollectionName>();
  if (watched.has(name)) return;
  watching.set(watcher, watched.add(name));
  watcher.on('change', (file) => {
    if (!file.startsWith(dir)) return;
    // Every collection hears the same change: the first to hear it reads the folder again, the others share that read.
    const shared = (globalThis as { [SHARED]?: SharedCorpora })[SHARED]?.get(dir);
    if (shared && !readAfterChange.has(shared)) forgetCorpus(dir);
    logger.info(`${relative(root, file)} changed: reading the content again`);
    void load(name, { store, parseData, generateDigest, config, logger } as LoaderContext);
  });
}

/** A loader for one collection of the content folder. */
export function corpusLoader(name: CollectionName): Loader {
  return { name: `corpus-${name}`, load: (context) => load(name, context) };
}
