import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArticleBody } from '../content/article-body.ts';
import { CITE_COMPONENT, MARK_COMPONENT } from '../content/allowlist.ts';
import { compareIsoDates } from '../content/dates.ts';
import { foldText, normaliseFile, sourceParagraphs, truncate } from '../content/text.ts';
import { describeDifference, nearestHint } from './difference.ts';
import { isQuotedAt, quotedPassages, stripTrailingPunctuation } from '../content/quotes.ts';
import { sourceTextPath } from '../content/collections.ts';
import type { Corpus, Entry } from '../content/read.ts';
import type { ContentIssue } from '../content/issue.ts';
import type { Statement } from '../schemas/index.ts';

/** The article bodies read during the check, by article id, for later steps and tests. */
export type ReadArticles = Map<string, ArticleBody>;

/** An issue on an entry's field; a YAML field is located on its line unless the caller gives one. */
function issue(entry: Entry<unknown>, field: string, message: string, line?: number): ContentIssue {
  return { file: entry.file, entry: entry.id, field, message, line: line ?? entry.locate?.(field.split('.')) };
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
    issues.push(issue(entry, field, `unknown ${what} "${id}": expected an existing ${what} id (no file ${folders} in the content folder)`));
  };

  // Ids: speakers share one namespace (people and outlets); statement ids and aliases share another.
  for (const id of fileIds.people) {
    if (fileIds.outlets.has(id)) {
      const person = corpus.people.find((p) => p.id === id);
      if (person) issues.push(issue(person, '(file name)', `the id "${id}" is used by a person and an outlet; a speaker id must name one of them only`));
    }
  }
  const statementIds = new Map<string, Entry<Statement>>();
  for (const s of corpus.statements) statementIds.set(s.id, s);
  const aliasOwner = new Map<string, string>();
  for (const s of corpus.statements) {
    for (const alias of s.data.aliases) {
      if (fileIds.statements.has(alias)) {
        issues.push(issue(s, 'aliases', `the alias "${alias}" is also the id of statements/${alias}.yaml; an alias must be a former id that no statement uses now`));
      } else if (aliasOwner.has(alias) && aliasOwner.get(alias) !== s.id) {
        issues.push(issue(s, 'aliases', `the alias "${alias}" is already an alias of statements/${aliasOwner.get(alias)}.yaml; each former id can lead to one statement only`));
      } else if (alias === s.id) {
        issues.push(issue(s, 'aliases', `the alias "${alias}" is the statement's own id; list only former ids`));
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
      if (seen.has(t.id)) issues.push(issue(site, `themes.${i}.id`, `the theme id "${t.id}" is declared twice`));
      seen.add(t.id);
    });
  }

  // Events
  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  for (const e of corpus.events) {
    if (e.data.end && compareIsoDates(e.data.end.date, e.data.start.date) < 0) {
      issues.push(issue(e, 'end.date', `the end date ${e.data.end.date} is before the start date ${e.data.start.date}`));
    }
    mustExist(e, 'partOf', e.data.partOf, ['events'], 'event');
    if (e.data.partOf === e.id) issues.push(issue(e, 'partOf', 'an event cannot be part of itself'));
    const parent = e.data.partOf ? eventsById.get(e.data.partOf) : undefined;
    if (parent) {
      const parentEnd = parent.data.end?.date ?? parent.data.start.date;
      if (compareIsoDates(e.data.start.date, parent.data.start.date) < 0 || compareIsoDates(e.data.start.date, parentEnd) > 0) {
        issues.push(issue(e, 'start.date', `the date ${e.data.start.date} falls outside the event it is part of, "${parent.id}" (${parent.data.start.date} to ${parentEnd})`));
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
      issues.push(issue(a, 'body', a.parsed.error.message, a.parsed.error.fileLine));
      // The marks cannot be read, but every statement's words can still be looked for in the source text.
      const sourceFile = sourceTextPath(join(corpus.root, a.file));
      if (existsSync(sourceFile)) {
        const text = sourceParagraphs(readFileSync(sourceFile, 'utf8')).join('\n');
        articleText.set(a.id, text);
        for (const s of statementsByArticle.get(a.id) ?? []) {
          if (!text.includes(foldText(s.data.words))) {
            issues.push(issue(s, 'words', `the words are not in the article ${a.file} (its source text ${relative(corpus.root, sourceFile)}); a quotation must be copied exactly${nearestHint(text, s.data.words)}`));
          }
        }
      }
      continue;
    }
    const body = a.parsed.read;
    articles.set(a.id, body);
    for (const p of [...a.parsed.refused, ...body.problems]) issues.push(issue(a, 'body', p.message, line(p.line)));

    const sourceFile = sourceTextPath(join(corpus.root, a.file));
    if (!existsSync(sourceFile)) {
      issues.push(issue(a, 'body', `the source text ${relative(corpus.root, sourceFile)} is missing: keep the article exactly as published beside its MDX, so the build can prove the body matches it`));
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
          issues.push(issue(a, 'body', `the body has ${found.length} paragraphs but the source text has ${expected.length}; missing paragraph ${i + 1}: "${truncate(expected[i], 120)}"`));
        } else if (expected[i] === undefined) {
          issues.push(issue(a, 'body', `paragraph ${i + 1} is not in the source text (the source has ${expected.length} paragraphs): "${truncate(found[i], 120)}"`, line(block.line)));
        } else {
          issues.push(issue(a, 'body', `paragraph ${i + 1} differs from the source text ${relative(corpus.root, sourceFile)} (markup removed, whitespace folded); the body must be the article exactly as published:\n${describeDifference(expected[i], found[i], { expected: 'the source', found: 'the body' })}`, line(block.line)));
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
          issues.push(issue(a, 'body', owner ? `<${MARK_COMPONENT} id="${mark.id}"> uses a former id; mark it with the current id "${owner}"` : `<${MARK_COMPONENT} id="${mark.id}"> has no statement: add statements/${mark.id}.yaml or correct the id`, line(mark.line)));
        }
        continue;
      }
      if (s.data.article !== a.id) {
        // A statement naming an article that does not exist is reported once, on the statement.
        if (fileIds.articles.has(s.data.article)) issues.push(issue(a, 'body', `<${MARK_COMPONENT} id="${mark.id}"> marks a statement whose article is "${s.data.article}", not "${a.id}"`, line(mark.line)));
        continue;
      }
      const block = body.blocks.find((b) => b.n === mark.block);
      const words = foldText(s.data.words);
      if (words !== mark.text) {
        const elsewhere = body.blocks.find((b) => b.n !== mark.block && b.text.includes(words));
        issues.push(issue(s, 'words', elsewhere
          ? `these words are not the words marked <${MARK_COMPONENT} id="${s.id}"> in ${a.file} (paragraph ${mark.block}, line ${line(mark.line)}): they stand in paragraph ${elsewhere.n} (line ${line(elsewhere.line)}); move the mark there, or copy the marked words:\n  marked: "${truncate(mark.text, 160)}"`
          : `the words are not the article's words as marked <${MARK_COMPONENT} id="${s.id}"> in ${a.file} (paragraph ${mark.block}, line ${line(mark.line)}); a quotation must be copied exactly:\n${describeDifference(mark.text, words)}`));
      }
      if (block) {
        const quoted = isQuotedAt(block.raw, mark.start, mark.end);
        if ((s.data.kind === 'direct' || s.data.kind === 'partial') && !quoted) {
          issues.push(issue(s, 'kind', `a ${s.data.kind} statement must be the words inside quotation marks, but the marked words in paragraph ${mark.block} are not enclosed in them; mark exactly the quoted words, or use kind "paraphrase"`));
        }
        if ((s.data.kind === 'paraphrase' || s.data.kind === 'editorial') && quoted) {
          issues.push(issue(s, 'kind', `the marked words in paragraph ${mark.block} stand inside quotation marks, so they are a quotation; use kind "direct" (a whole quotation) or "partial" (a fragment)`));
        }
      }
      if (mark.parent) {
        const parent = statementIds.get(mark.parent);
        if (parent && !(parent.data.kind === 'paraphrase' && s.data.kind === 'partial')) {
          issues.push(issue(a, 'body', `<${MARK_COMPONENT} id="${mark.id}"> (${s.data.kind}) sits inside <${MARK_COMPONENT} id="${mark.parent}"> (${parent.data.kind}); only a partial quotation may sit inside a paraphrase`, line(mark.line)));
        }
      }
    }
    for (const [id, count] of markCount) {
      if (count > 1) issues.push(issue(a, 'body', `the statement "${id}" is marked ${count} times; mark it once, where it is said (the same words may stay unmarked elsewhere)`, line(body.marks.filter((m) => m.id === id)[1].line)));
    }
    for (const s of statementsByArticle.get(a.id) ?? []) {
      if (!markCount.has(s.id)) {
        issues.push(issue(s, 'words', `the statement is never marked in ${a.file}: wrap its words there in <${MARK_COMPONENT} id="${s.id}">…</${MARK_COMPONENT}>${nearestHint(articleText.get(a.id), s.data.words)}`));
      }
    }

    // Quoted terms that are nobody's words must really be quoted in the article.
    const text = articleText.get(a.id);
    a.data.nonStatements.forEach((n, i) => {
      if (text && !quotedPassages(text).some((p) => p.words === stripTrailingPunctuation(foldText(n.words)))) {
        issues.push(issue(a, `nonStatements.${i}.words`, `"${n.words}" is not a quoted passage of the article; declare only words that stand inside quotation marks`));
      }
    });
    if (text) {
      // Marked quotations count too, so a statement whose words were mistyped is reported once (as a misquote), not twice.
      // So are marks of statements whose file exists but failed its schema: that file's own problem is reported already.
      // A statement of the wrong kind is reported as such, so its words count whatever its kind.
      const markedQuotes = body.marks.filter((m) => fileIds.statements.has(m.id)).map((m) => m.text);
      for (const passage of unaccountedQuotes(text, statementsByArticle.get(a.id) ?? [], [...a.data.nonStatements.map((n) => n.words), ...markedQuotes])) {
        issues.push(issue(a, 'nonStatements', `the article quotes "${truncate(passage, 100)}" but no statement has these words and it is not declared as a non-statement; add a statement for it, or declare it under nonStatements with a reason`));
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
      if (site && !themeIds.has(t)) issues.push(issue(s, `themes.${i}`, `unknown theme "${t}": expected one of the themes in site.yaml (${[...themeIds].join(', ')})`));
    });
    const article = corpus.articles.find((a) => a.id === s.data.article);
    if (article && s.data.kind === 'editorial' && s.data.speaker !== article.data.publisher && fileIds.outlets.has(article.data.publisher)) {
      issues.push(issue(s, 'speaker', `an editorial statement is the publisher's own voice, so its speaker must be the article's publisher "${article.data.publisher}"`));
    }
    const event = s.data.event ? eventsById.get(s.data.event) : undefined;
    if (article && event && article.data.published.bound === 'exact' && compareIsoDates(event.data.start.date, article.data.published.date) > 0) {
      issues.push(issue(s, 'event', `the event "${event.id}" (${event.data.start.date}) is after the article "${article.id}" was published (${article.data.published.date}); a statement cannot be reported before it is said`));
    }
    if (event && event.data.origin === 'context') {
      issues.push(issue(s, 'event', `the event "${event.id}" is added context from outside the article; a statement's event must be one the article reports`));
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
      if (!folded.includes(foldText(words))) issues.push(issue(e, `datedBy.${i}`, `"${words}" does not occur in the article "${articleId}"; quote the article's own words that date the event${nearestHint(text, words)}`));
    });
    e.data.outcomes.forEach((words, i) => {
      if (!folded.includes(foldText(words))) issues.push(issue(e, `outcomes.${i}`, `this outcome is not in the article "${articleId}" word for word; outcomes are the article's words${nearestHint(text, words)}`));
    });
  }

  // Views: an analyst's own statements only.
  const analysts = new Set(corpus.people.filter((p) => p.data.kind === 'analyst').map((p) => p.id));
  const viewed = new Set<string>();
  for (const v of corpus.views) {
    mustExist(v, 'person', v.data.person, ['people'], 'person');
    mustExist(v, 'article', v.data.article, ['articles'], 'article');
    const person = corpus.people.find((p) => p.id === v.data.person);
    if (person && person.data.kind !== 'analyst') issues.push(issue(v, 'person', `views summarise an analyst's argument, but "${person.id}" is of kind "${person.data.kind}"`));
    if (viewed.has(v.data.person)) issues.push(issue(v, 'person', `"${v.data.person}" already has a view; an analyst has one view`));
    viewed.add(v.data.person);
    const line = (bodyLine: number) => (v.bodyLine ?? 1) + bodyLine - 1;
    if (!v.parsed.ok) {
      issues.push(issue(v, 'body', v.parsed.error.message, v.parsed.error.fileLine));
      continue;
    }
    const viewBody = v.parsed.read;
    for (const p of v.parsed.refused) issues.push(issue(v, 'body', p.message, line(p.line)));
    for (const cite of viewBody.cites) {
      // A cite without one plain-string id is refused by the allowlist already.
      if (!cite.id) continue;
      const s = statementIds.get(cite.id);
      if (!s) {
        if (!fileIds.statements.has(cite.id)) {
          const owner = aliasOwner.get(cite.id);
          issues.push(issue(v, 'body', owner ? `<${CITE_COMPONENT} id="${cite.id}" /> uses a former id; cite the current id "${owner}"` : `<${CITE_COMPONENT} id="${cite.id}" /> cites a statement that does not exist: no file statements/${cite.id}.yaml; check the id against the statements folder`, line(cite.line)));
        }
      } else if (s.data.speaker !== v.data.person) {
        issues.push(issue(v, 'body', `<${CITE_COMPONENT} id="${cite.id}" /> cites a statement by "${s.data.speaker}"; a view of "${v.data.person}" may cite only that analyst's own statements`, line(cite.line)));
      }
    }
  }
  for (const id of analysts) {
    if (!fileIds.views.has(id) && ![...corpus.views].some((v) => v.data.person === id)) {
      const person = corpus.people.find((p) => p.id === id)!;
      issues.push(issue(person, 'kind', `"${id}" is an analyst but has no view: add views/${id}.mdx summarising the argument`));
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
