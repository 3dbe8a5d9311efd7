// Passes on marks: each mark names a statement of its article and holds its words, quotation marks agree with kinds, and each statement is marked once.
import type { ArticleBody, Mark } from '../../content/body/article-body.ts';
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { isQuotedAt } from '../../content/quotes.ts';
import type { Entry } from '../../content/read.ts';
import { foldText } from '../../content/text.ts';
import { type Statement, isQuotationKind } from '../../schemas/index.ts';
import { at, fileLine, type CheckContext, statementRef } from '../context.ts';
import { describeDifference, nearestHint } from '../difference.ts';

/** The marks of an article that name one of its own statements, each with that statement. */
function ownMarks({ statements }: CheckContext, articleId: string, body: ArticleBody): { mark: Mark; statement: Entry<Statement> }[] {
  return body.marks.flatMap((mark) => {
    const statement = statements.get(mark.id);
    return statement && statement.data.article === articleId ? [{ mark, statement }] : [];
  });
}

/** Each mark names, by its current id, a statement of the article it stands in. */
export function marksNameStatements(context: CheckContext): ContentIssue[] {
  const { corpus, readArticles } = context;
  const problems: ContentIssue[] = [];
  for (const { article: a, body } of readArticles) {
    for (const mark of body.marks) {
      const place = at(a, 'body', fileLine(a, mark.line));
      const ref = statementRef(context, mark.id);
      if ('reported' in ref) continue;
      if ('formerOf' in ref) problems.push(problem('mark-former-id', place, mark.id, ref.formerOf));
      if ('unknown' in ref) problems.push(problem('mark-without-statement', place, mark.id));
      if (!('found' in ref)) continue;
      const s = ref.found;
      if (s.data.article !== a.id && corpus.fileIds.articles.has(s.data.article)) {
        // A statement naming an article that does not exist is reported once, on the statement.
        problems.push(problem('mark-of-other-article', place, mark.id, s.data.article, a.id));
      }
    }
  }
  return problems;
}

const OPENING_MARKS = '"\u201C\u2018\'';
const CLOSING_MARKS = '"\u201D\u2019\'';

/**
 * What is wrong with the extent of a quotation's mark, if anything: it holds the opening or closing quotation mark, a
 * trailing comma before the closing mark, or two quoted parts and the narration between them.
 */
export function markShape(raw: string, mark: Pick<Mark, 'start' | 'end'>): 'holds-opening-mark' | 'holds-trailing-comma' | 'over-split-quotation' | undefined {
  const marked = raw.slice(mark.start, mark.end);
  if (OPENING_MARKS.includes(marked[0] ?? '') && !OPENING_MARKS.includes(raw[mark.start - 1] ?? '')) return 'holds-opening-mark';
  if (/[,;:]\s*$/.test(marked) && CLOSING_MARKS.includes(raw[mark.end] ?? '')) return 'holds-trailing-comma';
  if (/[^\s]["\u201D]\s+[^"\u201C\u201D]+\s["\u201C]\S/.test(marked)) return 'over-split-quotation';
  return undefined;
}

/** The quoted parts of a mark that spans a quotation split by narration, so they are not reported again as unaccounted. */
export function splitParts(markedRaw: string): string[] {
  return markedRaw.split(/["\u201C\u201D]/).filter((_, i) => i % 2 === 0).map((part) => foldText(part).replace(/[,.;:]+$/, ''));
}

/** A statement's words are the words its mark holds; where they stand in another paragraph, the problem says which. */
export function markedWordsAreTheStatements(context: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const { article: a, body } of context.readArticles) {
    for (const { mark, statement: s } of ownMarks(context, a.id, body)) {
      const block = body.blocks.find((b) => b.n === mark.block);
      const shape = block && isQuotationKind(s.data.kind) ? markShape(block.raw, mark) : undefined;
      if (shape) {
        // The editor's fix is to the mark's extent, not to the statement's words: one problem, on the mark.
        const place = at(a, 'body', fileLine(a, mark.line));
        const marked = block!.raw.slice(mark.start, mark.end);
        if (shape === 'holds-opening-mark') problems.push(problem('mark-holds-quotation-mark', place, mark.id, marked[0]));
        if (shape === 'holds-trailing-comma') problems.push(problem('mark-holds-trailing-comma', place, mark.id, marked.trimEnd().slice(-1)));
        if (shape === 'over-split-quotation') problems.push(problem('mark-over-split-quotation', place, mark.id, mark.block));
        continue;
      }
      const words = foldText(s.data.words);
      if (words === mark.text) continue;
      const elsewhere = body.blocks.find((b) => b.n !== mark.block && b.text.includes(words));
      const where = { id: s.id, file: a.file, paragraph: mark.block, line: fileLine(a, mark.line) };
      problems.push(elsewhere
        ? problem('mark-in-other-paragraph', at(s, 'words'), { ...where, standsIn: elsewhere.n, standsOnLine: fileLine(a, elsewhere.line), marked: mark.text })
        : problem('misquote', at(s, 'words'), { ...where, difference: describeDifference(mark.text, words) }));
    }
  }
  return problems;
}

/** A direct or partial quotation stands inside quotation marks, a paraphrase or editorial outside them; only a partial quotation sits inside a paraphrase. */
export function kindsFollowQuotationMarks(context: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const { article: a, body } of context.readArticles) {
    for (const { mark, statement: s } of ownMarks(context, a.id, body)) {
      const block = body.blocks.find((b) => b.n === mark.block);
      // A quotation's mark of the wrong extent is reported once, by markedWordsAreTheStatements.
      const misshapen = block && isQuotationKind(s.data.kind) && markShape(block.raw, mark);
      if (block && !misshapen) {
        const quoted = isQuotedAt(block.raw, mark.start, mark.end);
        if (isQuotationKind(s.data.kind) && !quoted) problems.push(problem('unquoted-quotation', at(s, 'kind'), s.data.kind, mark.block));
        if ((s.data.kind === 'paraphrase' || s.data.kind === 'editorial') && quoted) problems.push(problem('quoted-paraphrase', at(s, 'kind'), mark.block));
      }
      const parent = mark.parent ? context.statements.get(mark.parent) : undefined;
      if (parent && !(parent.data.kind === 'paraphrase' && s.data.kind === 'partial')) {
        problems.push(problem('mark-nesting', at(a, 'body', fileLine(a, mark.line)), mark.id, s.data.kind, parent.id, parent.data.kind));
      }
    }
  }
  return problems;
}

/** Every statement of an article is marked in it exactly once (the same words may stay unmarked elsewhere). */
export function statementsAreMarkedOnce({ readArticles, sources, statementsByArticle }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const { article: a, body } of readArticles) {
    const counts = new Map<string, number>();
    for (const mark of body.marks) counts.set(mark.id, (counts.get(mark.id) ?? 0) + 1);
    for (const [id, count] of counts) {
      if (count > 1) problems.push(problem('mark-twice', at(a, 'body', fileLine(a, body.marks.filter((m) => m.id === id)[1].line)), id, count));
    }
    for (const s of statementsByArticle.get(a.id) ?? []) {
      if (!counts.has(s.id)) problems.push(problem('unmarked-statement', at(s, 'words'), s.id, a.file, nearestHint(sources.get(a.id)?.text, s.data.words)));
    }
  }
  return problems;
}
