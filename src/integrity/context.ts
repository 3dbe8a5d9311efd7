/** What every pass of the check shares, computed once before the first runs, so that no pass depends on another. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceTextPath } from '../content/collections.ts';
import type { ArticleBody } from '../content/body/article-body.ts';
import type { ContentIssue } from '../content/issue.ts';
import type { ProblemPlace } from '../content/problems.ts';
import type { ArticleEntry, Corpus, Entry } from '../content/read.ts';
import { sourceParagraphs } from '../content/text.ts';
import { parsePins, pinKey, readPins } from './source-pins.ts';
import type { Event, Person, Statement } from '../schemas/index.ts';

/** An article's text exactly as published, read from the `.source.txt` beside it. */
export interface SourceText {
  /** Its paragraphs (and captions), one a line of the file, folded. */
  paragraphs: string[];
  /** The paragraphs joined by newlines: the text quotations and dating words are looked for in. */
  text: string;
  /** The file as read, for its characters and its pin. */
  raw: string;
  /** Its path inside the content folder, as the pins file names it. */
  key: string;
}

/** The corpus and its indexes. Passes read it and never change it. */
export interface CheckContext {
  corpus: Corpus;
  /** Statements by id. */
  statements: Map<string, Entry<Statement>>;
  /** The statement each former id (alias) leads to; where several claim one, the last (the aliases pass reports it). */
  aliasOwner: Map<string, string>;
  /** Each article's statements, in file order. */
  statementsByArticle: Map<string, Entry<Statement>[]>;
  articles: Map<string, ArticleEntry>;
  events: Map<string, Entry<Event>>;
  people: Map<string, Entry<Person>>;
  /** The themes declared in site.yaml. */
  themeIds: Set<string>;
  /** The articles whose body could be read, with what was read (the others have an MDX syntax problem). */
  readArticles: { article: ArticleEntry; body: ArticleBody }[];
  /** Each article's source text, by article id; absent where the file is missing. */
  sources: Map<string, SourceText>;
  /** The reviewed hash of each source text (source-pins.txt), by its path in the content folder; the error when a line cannot be read. */
  pins: Map<string, string> | string;
}

/** One pass of the check: a pure function from the shared context to the problems it finds. */
export type Pass = (context: CheckContext) => ContentIssue[];

/** An article's source text file, relative to the project root. */
export function sourceFile(corpus: Corpus, article: Entry<unknown>): string {
  return relative(corpus.root, sourceTextPath(join(corpus.root, article.file)));
}

/** Indexes the corpus and reads each article's source text, once. */
export function checkContext(corpus: Corpus): CheckContext {
  const aliasOwner = new Map<string, string>();
  const statementsByArticle = new Map<string, Entry<Statement>[]>();
  for (const s of corpus.statements) {
    for (const alias of s.data.aliases) aliasOwner.set(alias, s.id);
    statementsByArticle.set(s.data.article, [...(statementsByArticle.get(s.data.article) ?? []), s]);
  }
  const sources = new Map<string, SourceText>();
  for (const a of corpus.articles) {
    const file = sourceTextPath(join(corpus.root, a.file));
    if (!existsSync(file)) continue;
    const raw = readFileSync(file, 'utf8');
    const paragraphs = sourceParagraphs(raw);
    sources.set(a.id, { paragraphs, text: paragraphs.join('\n'), raw, key: pinKey(corpus.dir, file) });
  }
  let pins: Map<string, string> | string;
  try {
    pins = parsePins(readPins(corpus.dir));
  } catch (error) {
    pins = (error as Error).message;
  }
  return {
    corpus,
    statements: new Map(corpus.statements.map((s) => [s.id, s])),
    aliasOwner,
    statementsByArticle,
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    events: new Map(corpus.events.map((e) => [e.id, e])),
    people: new Map(corpus.people.map((p) => [p.id, p])),
    themeIds: new Set(corpus.site?.data.themes.map((t) => t.id) ?? []),
    readArticles: corpus.articles.flatMap((article) => (article.parsed.ok ? [{ article, body: article.parsed.read }] : [])),
    sources,
    pins,
  };
}

/** Where a problem on an entry's field is; a YAML field is located on its line unless a line is given. */
export function at(entry: Entry<unknown>, field: string, line?: number): ProblemPlace {
  return { file: entry.file, entry: entry.id, field, line: line ?? entry.locate?.(field.split('.')) };
}

/** The line of the file on which a line of an entry's MDX body stands. */
export function fileLine(entry: Entry<unknown>, bodyLine: number): number {
  return (entry.bodyLine ?? 1) + bodyLine - 1;
}

/** What a statement id written in a body (a mark or a citation) refers to. */
export type StatementRef =
  | { found: Entry<Statement> }
  /** A former id: the statement now has `current` as its id. */
  | { formerOf: string }
  /** A statement file that failed its schema: its own problem is reported already. */
  | { reported: true }
  | { unknown: true };

/** Resolves a statement id written in a body: the statement, a former id's current one, or nothing. */
export function statementRef({ corpus, statements, aliasOwner }: Pick<CheckContext, 'corpus' | 'statements' | 'aliasOwner'>, id: string): StatementRef {
  const found = statements.get(id);
  if (found) return { found };
  if (corpus.fileIds.statements.has(id)) return { reported: true };
  const current = aliasOwner.get(id);
  return current ? { formerOf: current } : { unknown: true };
}
