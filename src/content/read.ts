import { parseLedger, readLedger, type Anchor } from './ledger.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { ZodType } from 'astro/zod';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';
import { normaliseFile } from './text.ts';
import { ID_PATTERN } from '../schemas/ids.ts';
import type { Root } from 'mdast';
import type { Article, Event, Outlet, Person, Site, Statement, View } from '../schemas/index.ts';
import { allowlistProblems, type BodyKind } from './body/allowlist.ts';
import { normaliseArticleTree, readArticleBody, type ArticleBody } from './body/article-body.ts';
import { mdxSyntaxProblem, parseMdx, type BodyProblem } from './body/mdx.ts';
import { readViewBody, type ViewBody } from './body/view-body.ts';
import type { ContentIssue } from './issue.ts';
import { problem } from './problems.ts';
import { explainSchemaIssues, type SchemaIssue } from './schema-messages.ts';
import { yamlFieldLocator, type FieldLocator } from './yaml-lines.ts';
import { findDraftMarkers, type DraftMarker } from './guards/draft-markers.ts';
import { characterFindings } from './guards/characters.ts';
import { MAX_FILE_BYTES, MAX_ID_LENGTH, MAX_NESTING, dataDepth, deeplyPrefixedLine, treeDepth } from './guards/limits.ts';

/** A body as read once: its syntax tree and what the allowlist refuses in it, or the syntax error that stopped it. */
export type ParsedBody<T> =
  | { ok: true; tree: Root; read: T; refused: BodyProblem[] }
  | { ok: false; error: BodyProblem & { fileLine: number; code: 'mdx-syntax' | 'nesting-too-deep' } };

/** One content entry as read from its file. */
export interface Entry<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** MDX body, for articles and views. */
  body?: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine?: number;
  /** Finds the line of a field of the YAML (or frontmatter), for messages. */
  locate?: FieldLocator;
}

/** An article with its body parsed: paragraphs, captions and marks. */
export type ArticleEntry = Entry<Article> & { parsed: ParsedBody<ArticleBody> };
/** A view with its body parsed: its citations. */
export type ViewEntry = Entry<View> & { parsed: ParsedBody<ViewBody> };

/** Every entry of a content folder that passed its schema, plus the ids of every entry file found. */
export interface Corpus {
  root: string;
  dir: string;
  site?: Entry<Site>;
  articles: ArticleEntry[];
  people: Entry<Person>[];
  outlets: Entry<Outlet>[];
  statements: Entry<Statement>[];
  events: Entry<Event>[];
  views: ViewEntry[];
  /** Ids of all entry files per collection, valid or not, so one bad file does not cascade into "not found" elsewhere. */
  fileIds: Record<CollectionSpec['name'], Set<string>>;
  /** The anchor ledger: every anchor the site has published (the pages forward those that moved). */
  ledger: Anchor[];
  /** The TODO and REVIEW markers a draft left in YAML and frontmatter, valid entries or not (the check reports each). */
  draftMarkers: DraftMarker[];
}

/** Files of the content folder itself that are no entry: the editor's guide, the anchor ledger and the source pins. */
export const CONTENT_FOLDER_FILES = ['README.md', 'anchor-ledger.txt', 'source-pins.txt'] as const;

/**
 * Frontmatter as Astro reads it (@astrojs/internal-helpers' frontmatter.js, used by @astrojs/mdx and the content layer):
 * from a `---` at the start to the first line that starts with `---` or `+++`. We read the same span, so the check and
 * the build never see different frontmatter; a closing line with more than the delimiter is reported (`badClose`).
 */
const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?(---|\+\+\+)([^\n]*)(?:\n|$)/;

/** Splits an MDX file into frontmatter text and body; `badClose` is a closing line Astro accepts and we do not. */
export function splitFrontmatter(text: string): { frontmatter: string | undefined; body: string; bodyLine: number; badClose?: { line: number; text: string } } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyLine: 1 };
  const consumed = match[0];
  const frontmatter = (match[1] ?? '').replace(/\n$/, '');
  const bodyLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
  const closing = match[2] + match[3];
  const badClose = match[2] === '---' && match[3].trim() === '' ? undefined : { line: consumed.split('\n').length - (consumed.endsWith('\n') ? 1 : 0), text: closing };
  return { frontmatter, body: text.slice(consumed.length), bodyLine, badClose };
}

function globToRegExp(pattern: string): RegExp {
  return new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$');
}

/** Turns zod issues into content issues naming the field, what was found and, where the file shows it, the line. */
export function schemaIssues(error: { issues: SchemaIssue[] }, data: unknown, file: string, entry: string, locate: FieldLocator): ContentIssue[] {
  return explainSchemaIssues(error.issues, data).map((issue) => problem('schema', { file, entry, field: issue.field, line: locate(issue.path) }, issue.message));
}

function parseYaml(text: string, file: string, entry: string, firstLine: number, issues: ContentIssue[]): unknown {
  try {
    return yaml.load(text, { filename: file });
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    if (error instanceof RangeError || /nesting exceeded maxDepth/.test(e.reason ?? '')) issues.push(problem('nesting-too-deep', { file, entry, field: '(YAML)' }, 'YAML lists and fields', MAX_NESTING));
    else issues.push(problem('yaml-syntax', { file, entry, field: '(YAML syntax)', line: e.mark ? e.mark.line + firstLine : undefined }, e.reason ?? e.message, e.mark ? e.mark.column + 1 : undefined));
    return undefined;
  }
}

/** Reports a YAML value nested deeper than the limit (true when it is). */
function tooDeep(raw: unknown, file: string, entry: string, issues: ContentIssue[]): boolean {
  if (dataDepth(raw) <= MAX_NESTING) return false;
  issues.push(problem('nesting-too-deep', { file, entry, field: '(YAML)' }, 'YAML lists and fields', MAX_NESTING));
  return true;
}

/** One problem per character of a file that no content may hold, and per word that mixes scripts (src/content/guards/characters.ts). */
export function characterProblems(text: string, place: { file: string; entry: string }, field = '(text)'): ContentIssue[] {
  return characterFindings(text).map((f) =>
    f.kind === 'mixed-script'
      ? problem('mixed-script', { ...place, field, line: f.line }, f.text, f.what)
      : problem(f.kind, { ...place, field, line: f.line }, `${f.what} at column ${f.column}`),
  );
}

function validate<T>(schema: ZodType, data: unknown, locate: FieldLocator, file: string, entry: string, issues: ContentIssue[]): T | undefined {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data as T;
  issues.push(...schemaIssues(result.error as { issues: SchemaIssue[] }, data ?? {}, file, entry, locate));
  return undefined;
}

/** Parses a body once, reads what our stages need from it, and lists what the allowlist refuses. */
export function parseBody(kind: 'article', body: string, bodyLine?: number): ParsedBody<ArticleBody>;
export function parseBody(kind: 'view', body: string, bodyLine?: number): ParsedBody<ViewBody>;
export function parseBody(kind: BodyKind, body: string, bodyLine?: number): ParsedBody<ArticleBody> | ParsedBody<ViewBody>;
export function parseBody(kind: BodyKind, body: string, bodyLine = 1): ParsedBody<ArticleBody> | ParsedBody<ViewBody> {
  const deep = (line: number, what: string) => ({ ok: false as const, error: { code: 'nesting-too-deep' as const, line, fileLine: bodyLine + line - 1, message: what } });
  // A parser given lines indented hundreds deep takes minutes, and a tree thousands deep overflows the stack: refuse first.
  const prefixed = deeplyPrefixedLine(body);
  if (prefixed !== undefined) return deep(prefixed, 'indentation and quotation marks (">") at the start of a line');
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    if (error instanceof RangeError) return deep(1, 'markup');
    return { ok: false, error: { ...mdxSyntaxProblem(error, (line) => bodyLine + line - 1), code: 'mdx-syntax' } };
  }
  if (treeDepth(tree) > MAX_NESTING) return deep(1, 'markup (emphasis, links and components)');
  const refused = allowlistProblems(tree, kind);
  if (kind === 'view') return { ok: true, tree, read: readViewBody(tree), refused };
  return { ok: true, tree, read: readArticleBody(normaliseArticleTree(tree)), refused };
}

/** Reads every collection of a content folder, validating each entry against its schema; reports all problems. */
export function loadCorpus(dir: string, root: string = process.cwd()): { corpus: Corpus; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const corpus: Corpus = {
    root,
    dir,
    articles: [],
    people: [],
    outlets: [],
    statements: [],
    events: [],
    views: [],
    fileIds: { site: new Set(), articles: new Set(), people: new Set(), outlets: new Set(), statements: new Set(), events: new Set(), views: new Set() },
    ledger: parseLedger(readLedger(dir)),
    draftMarkers: [],
  };
  /** Validates one entry; a schema problem on a line a draft marked TODO is left to that marker's problem (one mistake, one problem). */
  const validateDrafted = <T>(schema: ZodType, raw: unknown, locate: FieldLocator, file: string, id: string, yamlText: string, firstLine: number): T | undefined => {
    const markers = findDraftMarkers(yamlText, file, id, firstLine);
    corpus.draftMarkers.push(...markers);
    const todoLines = new Set(markers.filter((m) => m.marker === 'TODO').map((m) => m.line));
    const found: ContentIssue[] = [];
    const data = validate<T>(schema, raw, locate, file, id, found);
    issues.push(...found.filter((i) => !(i.code === 'schema' && i.line !== undefined && todoLines.has(i.line))));
    return data;
  };
  const rel = (path: string) => relative(root, path) || '.';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push(problem('content-folder-missing', { file: rel(dir), entry: '(content folder)', field: '(folder)' }));
    return { corpus, issues };
  }

  // What else the content folder may hold: the editor's guide and the two reviewed ledgers. Anything else belongs to no
  // collection, so it would be silently left out, or (an image beside an article) ride along into the build.
  const known = new Set([...COLLECTIONS.map((c) => (c.folder === '' ? c.pattern : c.folder)), ...CONTENT_FOLDER_FILES]);
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || known.has(name)) continue;
    issues.push(problem('outside-collections', { file: rel(join(dir, name)), entry: name, field: statSync(join(dir, name)).isDirectory() ? '(folder)' : '(file)' }, COLLECTIONS.filter((c) => c.folder !== '').map((c) => `${c.folder}/`)));
  }

  for (const spec of COLLECTIONS) {
    const folder = join(dir, spec.folder);
    const matcher = globToRegExp(spec.pattern);
    const names = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder).sort() : [];
    const entries: (Entry<unknown> & { parsed?: unknown })[] = [];
    for (const name of names) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (spec.folder !== '') issues.push(problem('folder-in-collection', { file: rel(path), entry: name, field: '(file)' }, spec.name));
        continue;
      }
      // Hidden files (.DS_Store, editor swap files) are the system's, not the editor's: Astro's loaders skip them too.
      if (name.startsWith('.')) continue;
      if (!matcher.test(name)) {
        const companion = spec.companions.some((ending) => name.endsWith(ending));
        if (!companion && spec.folder !== '') {
          issues.push(problem('unexpected-file', { file: rel(path), entry: name, field: '(file)' }, { folder: spec.folder, pattern: spec.pattern, companions: spec.companions, name, format: spec.format }));
        }
        continue;
      }
      const id = name.replace(/\.(yaml|mdx)$/, '');
      const file = rel(path);
      corpus.fileIds[spec.name].add(id);
      if (!ID_PATTERN.test(id)) {
        issues.push(problem('file-name', { file, entry: id, field: '(file name)' }, id));
        continue;
      }
      if (id.length > MAX_ID_LENGTH) {
        issues.push(problem('id-too-long', { file, entry: id, field: '(file name)' }, id.length, MAX_ID_LENGTH));
        continue;
      }
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) {
        issues.push(problem('file-too-large', { file, entry: id, field: '(file)' }, size, MAX_FILE_BYTES));
        continue;
      }
      const text = normaliseFile(readFileSync(path, 'utf8'));
      issues.push(...characterProblems(text, { file, entry: id }));
      if (spec.format === 'yaml') {
        const raw = parseYaml(text, file, id, 1, issues);
        if (raw === undefined && text.trim().length > 0) continue;
        if (tooDeep(raw, file, id, issues)) continue;
        const locate = yamlFieldLocator(text, 1);
        const data = validateDrafted(spec.schema, raw, locate, file, id, text, 1);
        if (data !== undefined) entries.push({ id, file, data, locate });
      } else {
        const { frontmatter, body, bodyLine, badClose } = splitFrontmatter(text);
        if (frontmatter === undefined) {
          issues.push(problem('frontmatter-missing', { file, entry: id, field: '(frontmatter)', line: 1 }));
          continue;
        }
        if (badClose) {
          issues.push(problem('frontmatter-delimiter', { file, entry: id, field: '(frontmatter)', line: badClose.line }, badClose.text));
          continue;
        }
        const raw = parseYaml(frontmatter, file, id, 2, issues);
        if (raw === undefined && frontmatter.trim().length > 0) continue;
        if (tooDeep(raw, file, id, issues)) continue;
        const locate = yamlFieldLocator(frontmatter, 2);
        const data = validateDrafted(spec.schema, raw, locate, file, id, frontmatter, 2);
        if (data !== undefined) entries.push({ id, file, data, body, bodyLine, locate, parsed: parseBody(spec.name === 'articles' ? 'article' : 'view', body, bodyLine) });
      }
    }
    if (spec.required && corpus.fileIds[spec.name].size === 0) {
      const place = { file: rel(folder), entry: `(${spec.name})`, field: '(collection)' };
      issues.push(spec.name === 'site' ? problem('site-missing', place) : problem('collection-empty', place, spec.name, spec.pattern, rel(folder)));
    }
    if (spec.name === 'site') corpus.site = entries[0] as Entry<Site> | undefined;
    else (corpus[spec.name] as Entry<unknown>[]) = entries;
  }
  return { corpus, issues };
}
