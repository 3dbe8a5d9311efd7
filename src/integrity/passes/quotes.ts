// Passes on quoted passages: every passage an article puts in quotation marks is a statement's words or declared as nobody's.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { quotedPassages, stripTrailingPunctuation } from '../../content/quotes.ts';
import type { Entry } from '../../content/read.ts';
import { foldText } from '../../content/text.ts';
import { type Statement, isQuotationKind } from '../../schemas/index.ts';
import { at, fileLine, type CheckContext } from '../context.ts';
import { splitParts } from './marks.ts';

/** Quoted passages of an article that are neither a statement's words, nor inside a direct quotation, nor declared. */
export function unaccountedQuotes(text: string, statements: Entry<Statement>[], nonStatements: string[]): string[] {
  const quoted = statements.filter((s) => isQuotationKind(s.data.kind)).map((s) => foldText(s.data.words));
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

/** Words declared under nonStatements (quoted terms that are nobody's words) really stand inside quotation marks in the article. */
export function nonStatementsAreQuoted({ readArticles, sources }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const { article: a } of readArticles) {
    const text = sources.get(a.id)?.text;
    if (!text) continue;
    const passages = quotedPassages(text).map((p) => p.words);
    a.data.nonStatements.forEach((n, i) => {
      if (!passages.includes(stripTrailingPunctuation(foldText(n.words)))) problems.push(problem('non-statement-not-quoted', at(a, `nonStatements.${i}.words`), n.words));
    });
  }
  return problems;
}

/** Every passage the article quotes is a statement's words or a declared non-statement. */
export function quotesAreAccounted({ corpus, readArticles, sources, statementsByArticle }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const { article: a, body } of readArticles) {
    const text = sources.get(a.id)?.text;
    if (!text) continue;
    // Marked quotations count too, so a statement whose words were mistyped is reported once (as a misquote), not twice.
    // So are marks of statements whose file exists but failed its schema: that file's own problem is reported already.
    // A statement of the wrong kind is reported as such, so its words count whatever its kind.
    // A mark of the wrong extent (holding a quotation mark, or two parts of a split quotation) is reported as such, once.
    const markedQuotes = body.marks.filter((m) => corpus.fileIds.statements.has(m.id)).flatMap((m) => {
      const raw = body.blocks.find((b) => b.n === m.block)?.raw.slice(m.start, m.end) ?? '';
      return [m.text, m.text.replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, ''), ...splitParts(raw)];
    });
    for (const passage of unaccountedQuotes(text, statementsByArticle.get(a.id) ?? [], [...a.data.nonStatements.map((n) => n.words), ...markedQuotes])) {
      // Named where it stands in the body, so the editor can mark it there or declare it.
      const block = body.blocks.find((b) => quotedPassages(b.text).some((p) => p.words === passage));
      problems.push(block
        ? problem('quote-unaccounted', at(a, 'body', fileLine(a, block.line)), passage, { paragraph: block.n, line: fileLine(a, block.line) })
        : problem('quote-unaccounted', at(a, 'nonStatements'), passage));
    }
  }
  return problems;
}
