/**
 * `npm run draft -- <article.txt> --id <slug> [--publisher <outlet-id>] [--url <url>] [--date YYYY-MM-DD]
 * [--licence <name> --licence-url <url>] [--score <existing.mdx>]`: drafts a story from a plain-text article into the
 * content folder (CONTENT_DIR or content/), and prints what it wrote and the review list. With --score it writes
 * nothing and prints how the draft compares with an existing story.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../../src/content/collections.ts';
import { loadCorpus } from '../../src/content/read.ts';
import { draftStory, type Existing } from './article.ts';
import { draftFiles, TODO, writeDraft, type DraftOptions } from './files.ts';
import { formatReview, reviewList } from './review.ts';
import { expectedFromContent, formatScore, scoreDraft } from './score.ts';

const USAGE = 'usage: npm run draft -- <article.txt> --id <slug> [--publisher <outlet-id>] [--url <url>] [--date YYYY-MM-DD] [--licence <name> --licence-url <url>] [--score <existing.mdx>]';

/** The people, outlets and statement ids a content folder already has (an empty folder has none). */
export function existingContent(dir: string): Existing {
  const { corpus } = loadCorpus(dir);
  return {
    people: corpus.people.map((p) => ({ id: p.id, name: p.data.name, kind: p.data.kind })),
    outlets: corpus.outlets.map((o) => ({ id: o.id, name: o.data.name })),
    statementIds: new Set([...corpus.statements.map((s) => s.id), ...(corpus.fileIds.statements)]),
  };
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      licence: { type: 'string' },
      'licence-url': { type: 'string' },
      score: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file) fail('give the article\'s text file');
  if (!values.score && !values.id) fail('give the article\'s id with --id');
  if (values.id && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) fail(`--id "${values.id}" is not a lowercase slug (letters a-z, digits, single hyphens)`);
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) fail(`--date "${values.date}" is not a day written YYYY-MM-DD`);
  if (Boolean(values.licence) !== Boolean(values['licence-url'])) fail('give --licence and --licence-url together');
  const source = readFileSync(file);
  // Without CONTENT_DIR, the project's content/, wherever the command is run from.
  const dir = process.env.CONTENT_DIR ? contentDir() : contentDir(resolve(import.meta.dirname, '../..'));
  const existing = existingContent(dir);
  const draft = draftStory(source.toString('utf8'), existing);

  if (values.score) {
    console.log(`Draft of ${file} scored against ${values.score}:`);
    console.log(formatScore(scoreDraft(draft, expectedFromContent(values.score))));
    return;
  }

  const options: DraftOptions = {
    id: values.id!,
    sourceName: basename(file),
    publisher: values.publisher,
    url: values.url,
    date: values.date,
    licence: values.licence ? { name: values.licence, url: values['licence-url']! } : undefined,
  };
  const unknownPublisher = options.publisher && !existing.outlets.some((o) => o.id === options.publisher) ? `${TODO}: the name of ${options.publisher}` : undefined;
  let written: string[];
  try {
    written = writeDraft(dir, draftFiles(draft, options, source, unknownPublisher));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const review = reviewList(draft, existing);
  const reviewDir = join(process.cwd(), 'drafts');
  mkdirSync(reviewDir, { recursive: true });
  const reviewFile = join(reviewDir, `${options.id}.review.md`);
  writeFileSync(reviewFile, formatReview(options.id, review));

  const marks = draft.quotes.filter((q) => q.id).length;
  const labels = draft.quotes.filter((q) => q.kind === 'label').length;
  console.log(`Drafted "${options.id}": ${marks} quotation(s) marked, ${labels} quoted label(s) to confirm, ${draft.newPeople.size} new people, ${draft.newOutlets.size + (unknownPublisher ? 1 : 0)} new outlet(s). Wrote:`);
  for (const path of written) console.log(`  ${relative(process.cwd(), join(dir, path))}`);
  console.log(`\n${formatReview(options.id, review)}\nThe review list is also in ${relative(process.cwd(), reviewFile)} (outside the content folder).`);
  console.log('Every TODO and REVIEW in the files written is a problem `npm run check:content` reports until you resolve it.');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
