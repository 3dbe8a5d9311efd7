// Passes on the source text: an article's body is its source text exactly, and an unreadable body's statements are still looked for in it.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { characterProblems } from '../../content/read.ts';
import { foldText, normaliseFile } from '../../content/text.ts';
import { PINS_FILE, sourceHash } from '../source-pins.ts';
import { join, relative } from 'node:path';
import { at, fileLine, sourceFile, type CheckContext } from '../context.ts';
import { describeDifference, nearestHint } from '../difference.ts';

/** The index of the first paragraph at which two lists differ (one may be shorter), or -1 when they are equal. */
function firstDifference(expected: string[], found: string[]): number {
  for (let i = 0; i < Math.max(expected.length, found.length); i++) if (expected[i] !== found[i]) return i;
  return -1;
}

/** The body, markup removed and whitespace folded, is the source text paragraph by paragraph; the first difference is reported. */
export function bodiesMatchTheirSource({ corpus, readArticles, sources }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const { article: a, body } of readArticles) {
    const source = sources.get(a.id);
    if (!source) {
      problems.push(problem('source-text-missing', at(a, 'body'), sourceFile(corpus, a)));
      continue;
    }
    const expected = source.paragraphs;
    const found = body.blocks.map((b) => b.text);
    const i = firstDifference(expected, found);
    if (i < 0) continue;
    if (found[i] === undefined) {
      problems.push(problem('paragraph-missing', at(a, 'body'), found.length, expected.length, i + 1, expected[i]));
    } else if (expected[i] === undefined) {
      problems.push(problem('paragraph-not-in-source', at(a, 'body', fileLine(a, body.blocks[i].line)), i + 1, expected.length, found[i]));
    } else {
      const difference = describeDifference(expected[i], found[i], { expected: 'the source', found: 'the body' });
      problems.push(problem('body-differs-from-source', at(a, 'body', fileLine(a, body.blocks[i].line)), i + 1, sourceFile(corpus, a), difference));
    }
  }
  return problems;
}

/** An article whose body cannot be read has no marks to check, but each of its statements' words must still be in its source text. */
export function wordsAreInUnreadableArticles({ corpus, sources, statementsByArticle }: CheckContext): ContentIssue[] {
  const problems: ContentIssue[] = [];
  for (const a of corpus.articles) {
    const source = sources.get(a.id);
    if (a.parsed.ok || !source) continue;
    for (const s of statementsByArticle.get(a.id) ?? []) {
      if (!source.text.includes(foldText(s.data.words))) {
        problems.push(problem('words-not-in-article', at(s, 'words'), a.file, sourceFile(corpus, a), nearestHint(source.text, s.data.words)));
      }
    }
  }
  return problems;
}

/** Each source text holds only characters content may hold, and no word that mixes scripts. */
export function sourceCharactersArePlain({ corpus, sources }: CheckContext): ContentIssue[] {
  return corpus.articles.flatMap((a) => {
    const source = sources.get(a.id);
    return source ? characterProblems(normaliseFile(source.raw), { file: sourceFile(corpus, a), entry: a.id }) : [];
  });
}

/** Each pinned source text is the one recorded in source-pins.txt (a source with no pin yet is pinned by `npm run anchors:update`). */
export function sourceTextsArePinned({ corpus, sources, pins }: CheckContext): ContentIssue[] {
  const pinsFile = relative(corpus.root, join(corpus.dir, PINS_FILE));
  if (typeof pins === 'string') return [problem('source-pins-malformed', { file: pinsFile, entry: '(source pins)', field: '(line)' }, pins)];
  const problems: ContentIssue[] = [];
  for (const a of corpus.articles) {
    const source = sources.get(a.id);
    const pinned = source && pins.get(source.key);
    if (!source || pinned === undefined || pinned === sourceHash(source.raw)) continue;
    const file = sourceFile(corpus, a);
    problems.push(problem('source-changed', { file, entry: a.id, field: '(source text)' }, file, pinsFile));
  }
  return problems;
}
