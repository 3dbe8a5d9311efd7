import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArticleBody } from '../content/article-body.ts';
import { compareIsoDates } from '../content/dates.ts';
import { foldText, normaliseFile, sourceParagraphs } from '../content/text.ts';
import { describeDifference, nearestHint } from './difference.ts';
import { isQuotedAt, quotedPassages, stripTrailingPunctuation } from '../content/quotes.ts';
import { sourceTextPath } from '../content/collections.ts';
import type { Corpus, Entry } from '../content/read.ts';
import type { ContentIssue } from '../content/issue.ts';
import { problem, type ProblemPlace } from '../content/problems.ts';
import type { Statement } from '../schemas/index.ts';

/** The article bodies read during the check, by article id, for later steps and tests. */
export type ReadArticles = Map<string, ArticleBody>;

/** A place on an entry's field; a YAML field is located on its line unless the caller gives one. */
function at(entry: Entry<unknown>, field: string, line?: number): ProblemPlace {
  return { file: entry.file, entry: entry.id, field, line: line ?? entry.locate?.(field.split('.')) };
}

/** Checks everything a schema cannot: references, verbatim quotes, marks, ids, dates. Returns every problem found. */
export function checkCorpus(corpus: Corpus): { issues: ContentIssue[]; articles: ReadArticles } {
  const issues: ContentIssue[] = [];
  const { fileIds } = corpus;
  const articles: ReadArticles = new Map();

  const mustExist = (entry: Entry<unknown>, field: string, id: string | null | undefined, collections: (keyof Corpus['fileIds'])[], what: string) => {
    if (id === null || id === undefined) return;
    if (collections.some((c) => fileIds[c].has(id))) return;
    const folders = collections.map((c) => `${c}/${id}.${c === 'articles' || c === 'views' ? 'mdx' : 'yaml'}`).join(' or ');
    issues.push(problem('unknown-reference', at(entry, field), what, id, folders));
  };

  // Ids: speakers share one namespace (people and outlets); statement ids and aliases share another.
  for (const id of fileIds.people) {
    if (fileIds.outlets.has(id)) {
      const person = corpus.people.find((p) => p.id === id);
      if (person) issues.push(problem('speaker-id-shared', at(person, '(file name)'), id));
    }
  }
  const statementIds = new Map<string, Entry<Statement>>();
  for (const s of corpus.statements) statementIds.set(s.id, s);
  const aliasOwner = new Map<string, string>();
  for (const s of corpus.statements) {
    for (const alias of s.data.aliases) {
      if (fileIds.statements.has(alias)) {
        issues.push(problem('alias-is-an-id', at(s, 'aliases'), alias));
      } else if (aliasOwner.has(alias) && aliasOwner.get(alias) !== s.id) {
        issues.push(problem('alias-shared', at(s, 'aliases'), alias, aliasOwner.get(alias)!));
      } else if (alias === s.id) {
        issues.push(problem('alias-is-own-id', at(s, 'aliases'), alias));
      }
      aliasOwner.set(alias, s.id);
    }
  }

  // Site
  const site = corpus.site;
  const themeIds = new Set(site?.data.themes.map((t) => t.id) ?? []);
  if (site) {
    mustExist(site, 'leadEvent', site.data.leadEvent, ['events'], 'event');
    mustExist(site, 'leadArticle', site.data.leadArticle, ['articles'], 'article');
    const seen = new Set<string>();
    site.data.themes.forEach((t, i) => {
      if (seen.has(t.id)) issues.push(problem('theme-declared-twice', at(site, `themes.${i}.id`), t.id));
      seen.add(t.id);
    });
  }

  // Events
  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  for (const e of corpus.events) {
    if (e.data.end && compareIsoDates(e.data.end.date, e.data.start.date) < 0) {
      issues.push(problem('end-before-start', at(e, 'end.date'), e.data.end.date, e.data.start.date));
    }
    mustExist(e, 'partOf', e.data.partOf, ['events'], 'event');
    if (e.data.partOf === e.id) issues.push(problem('event-part-of-itself', at(e, 'partOf')));
    const parent = e.data.partOf ? eventsById.get(e.data.partOf) : undefined;
    if (parent) {
      const parentEnd = parent.data.end?.date ?? parent.data.start.date;
      if (compareIsoDates(e.data.start.date, parent.data.start.date) < 0 || compareIsoDates(e.data.start.date, parentEnd) > 0) {
        issues.push(problem('outside-parent-event', at(e, 'start.date'), e.data.start.date, parent.id, parent.data.start.date, parentEnd));
      }
    }
    if (e.data.origin === 'article') {
      mustExist(e, 'article', e.data.article, ['articles'], 'article');
      e.data.framedBy.forEach((id, i) => mustExist(e, `framedBy.${i}`, id, ['statements'], 'statement'));
    }
  }

  // Articles: body against source text, marks against statements.
  const statementsByArticle = new Map<string, Entry<Statement>[]>();
  for (const s of corpus.statements) {
    const list = statementsByArticle.get(s.data.article) ?? [];
    list.push(s);
    statementsByArticle.set(s.data.article, list);
  }
  const articleText = new Map<string, string>();
  for (const a of corpus.articles) {
    mustExist(a, 'publisher', a.data.publisher, ['outlets'], 'outlet');
    mustExist(a, 'event', a.data.event, ['events'], 'event');
    const line = (bodyLine: number) => (a.bodyLine ?? 1) + bodyLine - 1;

    if (!a.parsed.ok) {
      issues.push(problem('mdx-syntax', at(a, 'body', a.parsed.error.fileLine), a.parsed.error.message));
      // The marks cannot be read, but every statement's words can still be looked for in the source text.
      const sourceFile = sourceTextPath(join(corpus.root, a.file));
      if (existsSync(sourceFile)) {
        const text = sourceParagraphs(readFileSync(sourceFile, 'utf8')).join('\n');
        articleText.set(a.id, text);
        for (const s of statementsByArticle.get(a.id) ?? []) {
          if (!text.includes(foldText(s.data.words))) {
            issues.push(problem('words-not-in-article', at(s, 'words'), a.file, relative(corpus.root, sourceFile), nearestHint(text, s.data.words)));
          }
        }
      }
      continue;
    }
    const body = a.parsed.read;
    articles.set(a.id, body);
    for (const p of a.parsed.refused) issues.push(problem('allowlist', at(a, 'body', line(p.line)), p.message));
    for (const p of body.problems) issues.push(problem('misplaced-mark', at(a, 'body', line(p.line)), p.message));

    const sourceFile = sourceTextPath(join(corpus.root, a.file));
    if (!existsSync(sourceFile)) {
      issues.push(problem('source-text-missing', at(a, 'body'), relative(corpus.root, sourceFile)));
    } else {
      const source = normaliseFile(readFileSync(sourceFile, 'utf8'));
      articleText.set(a.id, sourceParagraphs(source).join('\n'));
      const expected = sourceParagraphs(source);
      const found = body.blocks.map((b) => b.text);
      const count = Math.max(expected.length, found.length);
      for (let i = 0; i < count; i++) {
        if (expected[i] === found[i]) continue;
        const block = body.blocks[i];
        if (found[i] === undefined) {
          issues.push(problem('paragraph-missing', at(a, 'body'), found.length, expected.length, i + 1, expected[i]));
        } else if (expected[i] === undefined) {
          issues.push(problem('paragraph-not-in-source', at(a, 'body', line(block.line)), i + 1, expected.length, found[i]));
        } else {
          issues.push(problem('body-differs-from-source', at(a, 'body', line(block.line)), i + 1, relative(corpus.root, sourceFile), describeDifference(expected[i], found[i], { expected: 'the source', found: 'the body' })));
        }
        break;
      }
    }

    // Marks: every mark has a statement of this article, every statement is marked exactly once, words equal.
    const markCount = new Map<string, number>();
    for (const mark of body.marks) {
      markCount.set(mark.id, (markCount.get(mark.id) ?? 0) + 1);
      const s = statementIds.get(mark.id);
      if (!s) {
        if (!fileIds.statements.has(mark.id)) {
          const owner = aliasOwner.get(mark.id);
          const place = at(a, 'body', line(mark.line));
          issues.push(owner ? problem('mark-former-id', place, mark.id, owner) : problem('mark-without-statement', place, mark.id));
        }
        continue;
      }
      if (s.data.article !== a.id) {
        // A statement naming an article that does not exist is reported once, on the statement.
        if (fileIds.articles.has(s.data.article)) issues.push(problem('mark-of-other-article', at(a, 'body', line(mark.line)), mark.id, s.data.article, a.id));
        continue;
      }
      const block = body.blocks.find((b) => b.n === mark.block);
      const words = foldText(s.data.words);
      if (words !== mark.text) {
        const elsewhere = body.blocks.find((b) => b.n !== mark.block && b.text.includes(words));
        const where = { id: s.id, file: a.file, paragraph: mark.block, line: line(mark.line) };
        issues.push(elsewhere
          ? problem('mark-in-other-paragraph', at(s, 'words'), { ...where, standsIn: elsewhere.n, standsOnLine: line(elsewhere.line), marked: mark.text })
          : problem('misquote', at(s, 'words'), { ...where, difference: describeDifference(mark.text, words) }));
      }
      if (block) {
        const quoted = isQuotedAt(block.raw, mark.start, mark.end);
        if ((s.data.kind === 'direct' || s.data.kind === 'partial') && !quoted) {
          issues.push(problem('unquoted-quotation', at(s, 'kind'), s.data.kind, mark.block));
        }
        if ((s.data.kind === 'paraphrase' || s.data.kind === 'editorial') && quoted) {
          issues.push(problem('quoted-paraphrase', at(s, 'kind'), mark.block));
        }
      }
      if (mark.parent) {
        const parent = statementIds.get(mark.parent);
        if (parent && !(parent.data.kind === 'paraphrase' && s.data.kind === 'partial')) {
          issues.push(problem('mark-nesting', at(a, 'body', line(mark.line)), mark.id, s.data.kind, mark.parent, parent.data.kind));
        }
      }
    }
    for (const [id, count] of markCount) {
      if (count > 1) issues.push(problem('mark-twice', at(a, 'body', line(body.marks.filter((m) => m.id === id)[1].line)), id, count));
    }
    for (const s of statementsByArticle.get(a.id) ?? []) {
      if (!markCount.has(s.id)) {
        issues.push(problem('unmarked-statement', at(s, 'words'), s.id, a.file, nearestHint(articleText.get(a.id), s.data.words)));
      }
    }

    // Quoted terms that are nobody's words must really be quoted in the article.
    const text = articleText.get(a.id);
    a.data.nonStatements.forEach((n, i) => {
      if (text && !quotedPassages(text).some((p) => p.words === stripTrailingPunctuation(foldText(n.words)))) {
        issues.push(problem('non-statement-not-quoted', at(a, `nonStatements.${i}.words`), n.words));
      }
    });
    if (text) {
      // Marked quotations count too, so a statement whose words were mistyped is reported once (as a misquote), not twice.
      // So are marks of statements whose file exists but failed its schema: that file's own problem is reported already.
      // A statement of the wrong kind is reported as such, so its words count whatever its kind.
      const markedQuotes = body.marks.filter((m) => fileIds.statements.has(m.id)).map((m) => m.text);
      for (const passage of unaccountedQuotes(text, statementsByArticle.get(a.id) ?? [], [...a.data.nonStatements.map((n) => n.words), ...markedQuotes])) {
        issues.push(problem('quote-unaccounted', at(a, 'nonStatements'), passage));
      }
    }
  }

  // Statements
  for (const s of corpus.statements) {
    mustExist(s, 'article', s.data.article, ['articles'], 'article');
    mustExist(s, 'speaker', s.data.speaker, ['people', 'outlets'], 'speaker (person or outlet)');
    mustExist(s, 'via', s.data.via, ['outlets'], 'outlet');
    mustExist(s, 'event', s.data.event, ['events'], 'event');
    s.data.themes.forEach((t, i) => {
      if (site && !themeIds.has(t)) issues.push(problem('unknown-theme', at(s, `themes.${i}`), t, [...themeIds]));
    });
    const article = corpus.articles.find((a) => a.id === s.data.article);
    if (article && s.data.kind === 'editorial' && s.data.speaker !== article.data.publisher && fileIds.outlets.has(article.data.publisher)) {
      issues.push(problem('editorial-speaker', at(s, 'speaker'), article.data.publisher));
    }
    const event = s.data.event ? eventsById.get(s.data.event) : undefined;
    if (article && event && article.data.published.bound === 'exact' && compareIsoDates(event.data.start.date, article.data.published.date) > 0) {
      issues.push(problem('said-after-publication', at(s, 'event'), event.id, event.data.start.date, article.id, article.data.published.date));
    }
    if (event && event.data.origin === 'context') {
      issues.push(problem('context-event', at(s, 'event'), event.id));
    }
  }

  // Events dated by the article's words; outcomes in the article's words.
  for (const e of corpus.events) {
    if (e.data.origin !== 'article') continue;
    const articleId = e.data.article;
    const text = articleText.get(articleId);
    if (!text) continue;
    const folded = foldText(text);
    e.data.datedBy.forEach((words, i) => {
      if (!folded.includes(foldText(words))) issues.push(problem('dating-words-not-in-article', at(e, `datedBy.${i}`), words, articleId, nearestHint(text, words)));
    });
    e.data.outcomes.forEach((words, i) => {
      if (!folded.includes(foldText(words))) issues.push(problem('outcome-not-in-article', at(e, `outcomes.${i}`), articleId, nearestHint(text, words)));
    });
  }

  // Views: an analyst's own statements only.
  const analysts = new Set(corpus.people.filter((p) => p.data.kind === 'analyst').map((p) => p.id));
  const viewed = new Set<string>();
  for (const v of corpus.views) {
    mustExist(v, 'person', v.data.person, ['people'], 'person');
    mustExist(v, 'article', v.data.article, ['articles'], 'article');
    const person = corpus.people.find((p) => p.id === v.data.person);
    if (person && person.data.kind !== 'analyst') issues.push(problem('view-of-non-analyst', at(v, 'person'), person.id, person.data.kind));
    if (viewed.has(v.data.person)) issues.push(problem('view-twice', at(v, 'person'), v.data.person));
    viewed.add(v.data.person);
    const line = (bodyLine: number) => (v.bodyLine ?? 1) + bodyLine - 1;
    if (!v.parsed.ok) {
      issues.push(problem('mdx-syntax', at(v, 'body', v.parsed.error.fileLine), v.parsed.error.message));
      continue;
    }
    const viewBody = v.parsed.read;
    for (const p of v.parsed.refused) issues.push(problem('allowlist', at(v, 'body', line(p.line)), p.message));
    for (const cite of viewBody.cites) {
      // A cite without one plain-string id is refused by the allowlist already.
      if (!cite.id) continue;
      const s = statementIds.get(cite.id);
      if (!s) {
        if (!fileIds.statements.has(cite.id)) {
          const owner = aliasOwner.get(cite.id);
          const place = at(v, 'body', line(cite.line));
          issues.push(owner ? problem('cite-former-id', place, cite.id, owner) : problem('cite-unknown-statement', place, cite.id));
        }
      } else if (s.data.speaker !== v.data.person) {
        issues.push(problem('cite-other-speaker', at(v, 'body', line(cite.line)), cite.id, s.data.speaker, v.data.person));
      }
    }
  }
  for (const id of analysts) {
    if (!fileIds.views.has(id) && ![...corpus.views].some((v) => v.data.person === id)) {
      const person = corpus.people.find((p) => p.id === id)!;
      issues.push(problem('analyst-without-view', at(person, 'kind'), id));
    }
  }
  return { issues, articles };
}

/** Quoted passages of an article that are neither a statement's words, nor inside a direct quotation, nor declared. */
export function unaccountedQuotes(text: string, statements: Entry<Statement>[], nonStatements: string[]): string[] {
  const quoted = statements.filter((s) => s.data.kind === 'direct' || s.data.kind === 'partial').map((s) => foldText(s.data.words));
  const exact = new Set([...quoted, ...nonStatements.map(foldText)].map(stripTrailingPunctuation));
  const directs = statements.filter((s) => s.data.kind === 'direct').map((s) => foldText(s.data.words));
  const missing: string[] = [];
  for (const paragraph of text.split('\n')) {
    for (const passage of quotedPassages(foldText(paragraph))) {
      if (exact.has(passage.words)) continue;
      if (passage.marks === 'single' && directs.some((d) => d.includes(passage.words))) continue;
      missing.push(passage.words);
    }
  }
  return missing;
}
