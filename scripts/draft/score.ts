/** Scoring a draft against the answers: an existing story's marks and statements, or a fixture's hand-written answers. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { readArticleSource } from '../../src/content/body/article-body.ts';
import { splitFrontmatter } from '../../src/content/read.ts';
import { foldText, normaliseFile } from '../../src/content/text.ts';
import type { StoryDraft } from './article.ts';

/** One quotation the answers hold: its words, who said it, and its kind. */
export interface ExpectedQuote { words: string; speaker: string; kind: 'direct' | 'partial'; paragraph?: number }

/** What a right draft finds: every quotation (direct or partial statement), and the quoted labels declared as nobody's words. */
export interface Expected { quotations: ExpectedQuote[]; labels: string[] }

export interface Score {
  quotations: number;
  /** Quotations the draft marked with identical words. */
  found: number;
  missed: string[];
  /** Marks of the draft that are no quotation of the answers. */
  falseMarks: string[];
  labels: number;
  labelsFound: number;
  speakersRight: number;
  wrongSpeakers: { words: string; expected: string; guessed: string }[];
  kindsRight: number;
}

/** The answers an existing story gives: its marks of direct and partial statements, and its declared non-statements. */
export function expectedFromContent(mdxFile: string): Expected {
  const { frontmatter, body } = splitFrontmatter(normaliseFile(readFileSync(mdxFile, 'utf8')));
  const data = (yaml.load(frontmatter ?? '') ?? {}) as { nonStatements?: { words: string }[] };
  const statements = join(dirname(dirname(mdxFile)), 'statements');
  const quotations: ExpectedQuote[] = [];
  for (const mark of readArticleSource(body).marks) {
    const file = join(statements, `${mark.id}.yaml`);
    if (!existsSync(file)) continue;
    const s = yaml.load(readFileSync(file, 'utf8')) as { speaker: string; kind: string; words: string };
    if (s.kind === 'direct' || s.kind === 'partial') quotations.push({ words: s.words, speaker: s.speaker, kind: s.kind, paragraph: mark.block });
  }
  return { quotations, labels: (data.nonStatements ?? []).map((n) => n.words) };
}

/** Compares a draft with the answers: words must be identical (folded as the check folds them), speakers and kinds equal. */
export function scoreDraft(draft: StoryDraft, expected: Expected): Score {
  const marked = draft.quotes.filter((q) => q.id !== undefined);
  const used = new Set<number>();
  const score: Score = { quotations: expected.quotations.length, found: 0, missed: [], falseMarks: [], labels: expected.labels.length, labelsFound: 0, speakersRight: 0, wrongSpeakers: [], kindsRight: 0 };
  for (const e of expected.quotations) {
    const words = foldText(e.words);
    const candidates = marked.map((q, i) => ({ q, i })).filter(({ q, i }) => !used.has(i) && foldText(q.words) === words);
    const match = candidates.find(({ q }) => e.paragraph === undefined || q.paragraph + 1 === e.paragraph) ?? candidates[0];
    if (!match) {
      score.missed.push(e.words);
      continue;
    }
    used.add(match.i);
    score.found += 1;
    const guessed = match.q.guess.speaker && 'id' in match.q.guess.speaker ? match.q.guess.speaker.id : '(none)';
    if (guessed === e.speaker) score.speakersRight += 1;
    else score.wrongSpeakers.push({ words: e.words, expected: e.speaker, guessed });
    if (match.q.kind === e.kind) score.kindsRight += 1;
  }
  score.falseMarks = marked.filter((_, i) => !used.has(i)).map((q) => q.words);
  const labels = new Set(draft.quotes.filter((q) => q.kind === 'label').map((q) => foldText(q.words)));
  score.labelsFound = expected.labels.filter((l) => labels.has(foldText(l))).length;
  return score;
}

/** The score in a few lines, as the command prints it. */
export function formatScore(score: Score): string {
  const pct = (n: number, of: number) => `${n}/${of}${of ? ` (${Math.round((100 * n) / of)}%)` : ''}`;
  const lines = [
    `quotations found with identical words: ${pct(score.found, score.quotations)}`,
    `quoted labels found as non-statements:  ${pct(score.labelsFound, score.labels)}`,
    `false marks:                            ${score.falseMarks.length}`,
    `speakers right:                         ${pct(score.speakersRight, score.found)}`,
    `kinds right:                            ${pct(score.kindsRight, score.found)}`,
  ];
  for (const m of score.missed) lines.push(`  missed: "${m}"`);
  for (const f of score.falseMarks) lines.push(`  false mark: "${f}"`);
  for (const w of score.wrongSpeakers) lines.push(`  speaker of "${w.words.slice(0, 60)}": guessed ${w.guessed}, expected ${w.expected}`);
  return lines.join('\n');
}
