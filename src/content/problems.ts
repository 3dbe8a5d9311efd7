/** Every problem the content check reports, as data: a stable code, a title, a message and a hint (like Astro's errors-data.ts). */
import { CITE_COMPONENT, MARK_COMPONENT } from './body/allowlist.ts';
import type { ContentIssue } from './issue.ts';
import { truncate } from './text.ts';

/**
 * One kind of problem. `message` says what is wrong from the details of one occurrence; `hint` says what to do, from
 * the same details. Both are written for an editor, who may not read code.
 */
export interface ProblemData {
  /** The kind of problem in a few words, for the list of codes. */
  title: string;
  // `any` only here: each entry below types its own details, and `problem()` takes exactly those.
  message: (...details: any[]) => string;
  hint?: string | ((...details: any[]) => string | undefined);
}

const Q = (id: string) => `<${MARK_COMPONENT} id="${id}">`;
const CITE = (id: string) => `<${CITE_COMPONENT} id="${id}" />`;

/** Hints for the YAML mistakes editors make most, keyed by words of js-yaml's reason. */
const YAML_HINTS: [RegExp, string][] = [
  [/duplicated mapping key/, 'a field is written twice in the same place; keep one'],
  [/bad indentation|end of the stream or a document separator/, 'check the indentation (spaces, not tabs, the same depth for fields at the same level), and put text containing ": " or " #" in quotes'],
  [/unexpected end of the stream within a (double|single) quoted scalar/, 'a quoted text is not closed: add the closing quotation mark'],
  [/tab characters/, 'YAML indents with spaces, never tabs'],
];

/** File endings that are probably a misnamed entry, by the ending an entry should have. */
const NEAR_ENDINGS: Record<'yaml' | 'mdx', string[]> = { yaml: ['.yml', '.YAML', '.YML', '.json', '.txt'], mdx: ['.md', '.markdown', '.MDX', '.txt'] };

const EXACT_BODY = 'the body must be the article exactly as published';
const COPY_EXACTLY = 'a quotation must be copied exactly';

/** The catalogue: code → problem. A code never changes once published; tests and editors' notes refer to it. */
export const PROBLEMS = {
  // Reading files (src/content/read.ts)
  'content-folder-missing': {
    title: 'The content folder does not exist',
    message: () => 'the content folder does not exist',
    hint: 'set CONTENT_DIR to a folder holding site.yaml, articles/, people/, outlets/, statements/ and events/',
  },
  'folder-in-collection': {
    title: 'A folder inside a collection',
    message: (collection: string) => `a folder inside ${collection}/ is not read`,
    hint: 'move its files up or remove it',
  },
  'unexpected-file': {
    title: 'A file that is not an entry',
    message: ({ folder, pattern, companions }: { folder: string; pattern: string; companions: string[]; name: string; format: 'yaml' | 'mdx' }) =>
      `unexpected file in ${folder}/: entries here are ${pattern} files${companions.length ? ` (with ${companions.join(', ')} beside articles)` : ''}, and this one would be silently left out of the site`,
    hint: ({ name, format }: { name: string; format: 'yaml' | 'mdx' }) => {
      const ending = NEAR_ENDINGS[format].find((e) => name.endsWith(e));
      return ending ? `rename it to ${name.slice(0, -ending.length)}.${format} if it is an entry, or remove it` : 'remove it or move it out of the content folder';
    },
  },
  'outside-collections': {
    title: 'A file or folder that belongs to no collection',
    message: (folders: string[]) => `this belongs to no collection (${folders.join(', ')} and site.yaml): it would never be published, and nothing in the content folder may ride along into the site`,
    hint: 'move an entry into its collection folder; remove anything else (images and other files are not published from content)',
  },
  'file-name': {
    title: 'A file name that is not an id',
    message: (_id: string) => "the file name is the entry's id and must be a lowercase slug (letters a-z, digits, single hyphens)",
    hint: (id: string) => `rename the file, e.g. "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}"`,
  },
  'yaml-syntax': {
    title: 'YAML that cannot be read',
    message: (reason: string, column?: number) => `the YAML could not be read${column === undefined ? '' : ` (column ${column})`}: ${reason}`,
    hint: (reason: string) => YAML_HINTS.find(([pattern]) => pattern.test(reason))?.[1],
  },
  'frontmatter-missing': {
    title: 'An MDX file without frontmatter',
    message: () => 'the file must start with YAML frontmatter between two --- lines',
  },
  schema: {
    title: 'A field that does not match its schema',
    // Worded by src/content/schema-messages.ts, from zod's issue and the value found.
    message: (explained: string) => explained,
    hint: 'every field, and what it may hold, is described in src/schemas/',
  },
  'site-missing': {
    title: 'No site.yaml',
    message: () => 'no site.yaml found in the content folder',
  },
  'collection-empty': {
    title: 'A required collection is empty',
    message: (collection: string, pattern: string, folder: string) => `no ${pattern} entries found in ${folder}; the ${collection} collection must not be empty`,
  },

  // Characters (src/content/guards/characters.ts), in every content file and source text
  'control-character': {
    title: 'A control character',
    message: (what: string) => `a control character, ${what}, which no reader sees and which breaks feeds and exports`,
    hint: 'delete it (tabs and line breaks are allowed); if the text was pasted, retype the words around it',
  },
  'bidi-control': {
    title: 'A bidirectional control character',
    message: (what: string) => `a bidirectional control character, ${what}: it reorders what readers see, so the text shown is not the text checked`,
    hint: 'delete it; right-to-left scripts display correctly without it',
  },
  'invisible-character': {
    title: 'An invisible character',
    message: (what: string) => `an invisible character, ${what}: words that hold it look the same but are not`,
    hint: 'delete it (no-break spaces are allowed, and joiners inside a word that needs them)',
  },
  'mixed-script': {
    title: 'A word that mixes scripts',
    message: (word: string, what: string) => `the word "${word}" mixes scripts: ${what}; a look-alike letter from another script makes it a different word`,
    hint: 'retype the word in one script',
  },
  'source-changed': {
    title: 'A pinned source text has changed',
    message: (file: string, pins: string) => `the source text ${file} is not the one recorded in ${pins}: an article as published does not change`,
    hint: (file: string) => `if the change is a reviewed correction of the article as published, record it with \`npm run sources:repin -- ${file}\`; otherwise restore the file`,
  },

  'source-pins-malformed': {
    title: 'A line of source-pins.txt that cannot be read',
    message: (reason: string) => reason,
    hint: 'each line is "<sha256>  <file>", as `npm run sources:repin` writes it; restore the file from the last reviewed version',
  },

  // Limits
  'file-too-large': {
    title: 'A file larger than the limit',
    message: (size: number, limit: number) => `the file is ${size} bytes, more than the limit of ${limit} bytes`,
    hint: 'no entry needs to be this large; split an article into several, or remove what does not belong',
  },
  'id-too-long': {
    title: 'An id longer than the limit',
    message: (length: number, limit: number) => `the id is ${length} characters long, more than the limit of ${limit}`,
    hint: 'ids become URLs and file names: rename the file to a shorter id',
  },
  'nesting-too-deep': {
    title: 'Nesting deeper than the limit',
    message: (what: string, limit: number) => `${what}: nested more than ${limit} levels deep`,
    hint: 'no entry needs this much nesting; flatten it',
  },
  'frontmatter-delimiter': {
    title: 'A frontmatter line that Astro reads as its end',
    message: (line: string) => `the frontmatter line "${truncate(line, 60)}" starts with ${line.slice(0, 3)}, which ends the frontmatter for Astro, though it is not a closing line`,
    hint: 'close the frontmatter with a line holding only ---, and quote or indent a value that starts with --- or +++',
  },

  // Ids and references
  'speaker-id-shared': {
    title: 'A person and an outlet share an id',
    message: (id: string) => `the id "${id}" is used by a person and an outlet`,
    hint: 'a speaker id must name one of them only; rename one of the two files',
  },
  'alias-is-own-id': {
    title: "An alias is the statement's own id",
    message: (alias: string) => `the alias "${alias}" is the statement's own id`,
    hint: 'list only former ids',
  },
  'alias-is-an-id': {
    title: 'An alias is the id of a statement',
    message: (alias: string) => `the alias "${alias}" is also the id of statements/${alias}.yaml`,
    hint: 'an alias must be a former id that no statement uses now',
  },
  'alias-shared': {
    title: 'Two statements claim the same former id',
    message: (alias: string, owner: string) => `the alias "${alias}" is already an alias of statements/${owner}.yaml`,
    hint: 'each former id can lead to one statement only',
  },
  'unknown-reference': {
    title: 'A reference to an entry that does not exist',
    message: (what: string, id: string, files: string) => `unknown ${what} "${id}": expected an existing ${what} id (no file ${files} in the content folder)`,
    hint: "correct the id (an entry's id is its file name without the extension), or add the file",
  },
  'cite-withdrawn': {
    title: 'A view cites a statement of a withdrawn story',
    message: (id: string, article: string) => `the view cites "${id}", a statement of the withdrawn story "${article}"`,
    hint: 'cite another statement, or rewrite the sentence: a withdrawn story is no longer shown as evidence',
  },
  'lead-withdrawn': {
    title: 'The lead story is withdrawn',
    message: (id: string) => `the lead article "${id}" is withdrawn: the home page cannot lead with a withdrawn story`,
    hint: 'choose another story as leadArticle (and its event as leadEvent) in site.yaml',
  },
  'principal-not-speaker': {
    title: 'A principal who says nothing in the story',
    message: (id: string, article: string) => `the principal "${id}" has no statement in the article "${article}"`,
    hint: 'list as principals the people whose words the event page sets side by side, each with at least one statement in the event\'s article',
  },
  'theme-declared-twice': {
    title: 'A theme declared twice',
    message: (id: string) => `the theme id "${id}" is declared twice`,
    hint: 'keep one declaration in site.yaml',
  },
  'unknown-theme': {
    title: 'A theme site.yaml does not declare',
    message: (theme: string, themes: string[]) => `unknown theme "${theme}": expected one of the themes in site.yaml (${themes.join(', ')})`,
  },

  // Events
  'end-before-start': {
    title: 'An event ends before it starts',
    message: (end: string, start: string) => `the end date ${end} is before the start date ${start}`,
  },
  'event-part-of-itself': {
    title: 'An event is part of itself',
    message: () => 'an event cannot be part of itself',
    hint: 'name the larger event it belongs to in partOf, or remove partOf',
  },
  'outside-parent-event': {
    title: 'An event dated outside the event it is part of',
    message: (date: string, parent: string, start: string, end: string) => `the date ${date} falls outside the event it is part of, "${parent}" (${start} to ${end})`,
  },
  'dating-words-not-in-article': {
    title: "An event's dating words are not the article's",
    message: (words: string, article: string, nearest: string) => `"${words}" does not occur in the article "${article}"${nearest}`,
    hint: "quote the article's own words that date the event",
  },
  'dating-words-case': {
    title: "An event's dating words differ from the article's in case",
    message: (words: string, article: string, articles: string) => `"${words}" is in the article "${article}" only as "${articles}", with other capitals`,
    hint: (_words: string, _article: string, articles: string) => `use the article's words exactly: "${articles}"`,
  },
  'outcome-not-in-article': {
    title: "An event's outcome is not the article's words",
    message: (article: string, nearest: string) => `this outcome is not in the article "${article}" word for word${nearest}`,
    hint: "outcomes are the article's words; copy them exactly",
  },

  // Article and view bodies
  'mdx-syntax': {
    title: 'MDX that cannot be read',
    // Worded, with its hint, by src/content/body/mdx.ts from the parser's error.
    message: (explained: string) => explained,
  },
  allowlist: {
    title: 'Something other than text and marks in a body',
    // Worded by src/content/body/allowlist.ts, which names what the body may hold instead.
    message: (explained: string) => explained,
  },
  'misplaced-mark': {
    title: 'A mark outside a paragraph or caption',
    // Worded by src/content/body/article-body.ts, whose only problem this is.
    message: (explained: string) => explained,
  },
  'source-text-missing': {
    title: 'An article without its source text',
    message: (file: string) => `the source text ${file} is missing`,
    hint: 'keep the article exactly as published beside its MDX, so the build can prove the body matches it',
  },
  'paragraph-missing': {
    title: 'A paragraph of the source is missing from the body',
    message: (found: number, expected: number, n: number, text: string) => `the body has ${found} paragraphs but the source text has ${expected}; missing paragraph ${n}: "${truncate(text, 120)}"`,
    hint: EXACT_BODY,
  },
  'paragraph-not-in-source': {
    title: 'A paragraph of the body is not in the source',
    message: (n: number, expected: number, text: string) => `paragraph ${n} is not in the source text (the source has ${expected} paragraphs): "${truncate(text, 120)}"`,
    hint: EXACT_BODY,
  },
  'body-differs-from-source': {
    title: 'The body differs from the source text',
    message: (n: number, file: string, difference: string) => `paragraph ${n} differs from the source text ${file} (markup removed, whitespace folded):\n${difference}`,
    hint: EXACT_BODY,
  },

  // Marks and the words they hold
  'mark-former-id': {
    title: 'A mark uses a former id',
    message: (id: string, _current: string) => `${Q(id)} uses a former id`,
    hint: (_id: string, current: string) => `mark it with the current id "${current}"`,
  },
  'mark-without-statement': {
    title: 'A mark with no statement',
    message: (id: string) => `${Q(id)} has no statement`,
    hint: (id: string) => `add statements/${id}.yaml or correct the id`,
  },
  'mark-of-other-article': {
    title: "A mark of another article's statement",
    message: (id: string, article: string, here: string) => `${Q(id)} marks a statement whose article is "${article}", not "${here}"`,
  },
  misquote: {
    title: 'A quotation differs from the marked words',
    message: ({ id, file, paragraph, line, difference }: { id: string; file: string; paragraph: number; line: number; difference: string }) =>
      `the words are not the article's words as marked ${Q(id)} in ${file} (paragraph ${paragraph}, line ${line}):\n${difference}`,
    hint: COPY_EXACTLY,
  },
  'mark-in-other-paragraph': {
    title: "A statement's words are marked in another paragraph",
    message: ({ id, file, paragraph, line, standsIn, standsOnLine, marked }: { id: string; file: string; paragraph: number; line: number; standsIn: number; standsOnLine: number; marked: string }) =>
      `these words are not the words marked ${Q(id)} in ${file} (paragraph ${paragraph}, line ${line}): they stand in paragraph ${standsIn} (line ${standsOnLine})\n  marked: "${truncate(marked, 160)}"`,
    hint: 'move the mark there, or copy the marked words',
  },
  'mark-holds-quotation-mark': {
    title: 'A mark that holds the opening quotation mark',
    message: (id: string, quote: string) => `${Q(id)} starts with the opening quotation mark ${quote}: a quotation's mark holds only the words inside the marks`,
    hint: (id: string, quote: string) => `start the mark after it: ${quote}${Q(id)}…`,
  },
  'mark-holds-trailing-comma': {
    title: 'A mark that holds the comma before the closing quotation mark',
    message: (id: string, comma: string) => `${Q(id)} ends with "${comma}", the punctuation of the article's sentence before the closing quotation mark, which is not part of the quotation`,
    hint: (_id: string, comma: string) => `end the mark before the ${comma === ',' ? 'comma' : `"${comma}"`} (…</${MARK_COMPONENT}>${comma}"), and leave it out of the statement's words`,
  },
  'mark-over-split-quotation': {
    title: 'One mark over a quotation split by narration',
    message: (id: string, paragraph: number) => `${Q(id)} in paragraph ${paragraph} holds two quoted parts and the narration between them ("…," she said, "…")`,
    hint: 'make two statements linked by `continues`: mark each quoted part, and give the second `continues: <the first\'s id>`',
  },
  'words-not-in-article': {
    title: "A statement's words are not in the article",
    message: (article: string, source: string, nearest: string) => `the words are not in the article ${article} (its source text ${source})${nearest}`,
    hint: COPY_EXACTLY,
  },
  'unquoted-quotation': {
    title: 'A quotation outside quotation marks',
    message: (kind: string, paragraph: number) => `a ${kind} statement must be the words inside quotation marks, but the marked words in paragraph ${paragraph} are not enclosed in them`,
    hint: 'mark exactly the quoted words, or use kind "paraphrase"',
  },
  'quoted-paraphrase': {
    title: 'A paraphrase inside quotation marks',
    message: (paragraph: number) => `the marked words in paragraph ${paragraph} stand inside quotation marks, so they are a quotation`,
    hint: 'use kind "direct" (a whole quotation) or "partial" (a fragment)',
  },
  'mark-nesting': {
    title: 'A mark inside another that may not hold it',
    message: (id: string, kind: string, parent: string, parentKind: string) => `${Q(id)} (${kind}) sits inside ${Q(parent)} (${parentKind})`,
    hint: 'only a partial quotation may sit inside a paraphrase',
  },
  'mark-twice': {
    title: 'A statement marked more than once',
    message: (id: string, count: number) => `the statement "${id}" is marked ${count} times`,
    hint: 'mark it once, where it is said (the same words may stay unmarked elsewhere)',
  },
  'unmarked-statement': {
    title: 'A statement never marked in its article',
    message: (_id: string, article: string, nearest: string) => `the statement is never marked in ${article}${nearest}`,
    hint: (id: string) => `wrap its words there in ${Q(id)}…</${MARK_COMPONENT}>`,
  },
  'non-statement-not-quoted': {
    title: 'A declared non-statement that the article does not quote',
    message: (words: string) => `"${words}" is not a quoted passage of the article`,
    hint: 'declare only words that stand inside quotation marks',
  },
  'quote-unaccounted': {
    title: "A quoted passage that is nobody's statement",
    message: (passage: string, where?: { paragraph: number; line: number }) =>
      `the article quotes "${truncate(passage, 100)}"${where ? ` (paragraph ${where.paragraph}, line ${where.line})` : ''} but no statement has these words and it is not declared as a non-statement`,
    hint: 'mark it there with a statement of its words, or declare it under nonStatements with a reason',
  },

  // Statements
  'editorial-speaker': {
    title: "An editorial statement not in the publisher's voice",
    message: (publisher: string) => `an editorial statement is the publisher's own voice, so its speaker must be the article's publisher "${publisher}"`,
  },
  'said-after-publication': {
    title: 'A statement said after its article was published',
    message: (event: string, date: string, article: string, published: string) => `the event "${event}" (${date}) is after the article "${article}" was published (${published})`,
    hint: 'a statement cannot be reported before it is said; check the event and the publication date',
  },
  'context-event': {
    title: 'A statement made at an event the article does not report',
    message: (event: string) => `the event "${event}" is added context from outside the article`,
    hint: "a statement's event must be one the article reports",
  },
  'continues-mismatch': {
    title: 'A quotation that continues a part from another article or speaker',
    message: (part: string, field: 'article' | 'speaker', ours: string, theirs: string) =>
      `this statement continues "${part}", whose ${field} is "${theirs}", but its own ${field} is "${ours}"`,
    hint: 'the parts of one quotation interrupted by narration have the same article and the same speaker; fix `continues` or the field',
  },
  'continues-not-quotation': {
    title: 'A continued statement that is not a quotation',
    message: (part: string, kinds: string) => `"continues" joins the parts of one quotation, but this statement and "${part}" are ${kinds}`,
    hint: 'both parts must be direct or partial quotations; a paraphrase stands alone',
  },
  'continues-out-of-order': {
    title: 'A quotation part marked before the part it continues',
    message: (part: string) => `this statement is marked in the article before "${part}", the part it continues`,
    hint: 'the part that continues a quotation comes after it in the article; swap the two `continues`, or point it at the earlier part',
  },

  // Views
  'view-of-non-analyst': {
    title: 'A view of someone who is not an analyst',
    message: (person: string, kind: string) => `views summarise an analyst's argument, but "${person}" is of kind "${kind}"`,
  },
  'view-twice': {
    title: 'Two views of one analyst',
    message: (person: string) => `"${person}" already has a view`,
    hint: 'an analyst has one view',
  },
  'analyst-without-view': {
    title: 'An analyst without a view',
    message: (id: string) => `"${id}" is an analyst but has no view`,
    hint: (id: string) => `add views/${id}.mdx summarising the argument`,
  },
  'cite-former-id': {
    title: 'A citation uses a former id',
    message: (id: string, _current: string) => `${CITE(id)} uses a former id`,
    hint: (_id: string, current: string) => `cite the current id "${current}"`,
  },
  'cite-unknown-statement': {
    title: 'A citation of a statement that does not exist',
    message: (id: string) => `${CITE(id)} cites a statement that does not exist: no file statements/${id}.yaml`,
    hint: 'check the id against the statements folder',
  },
  'cite-other-speaker': {
    title: "A view cites someone else's statement",
    message: (id: string, speaker: string, _person: string) => `${CITE(id)} cites a statement by "${speaker}"`,
    hint: (_id: string, _speaker: string, person: string) => `a view of "${person}" may cite only that analyst's own statements`,
  },

  // Drafts (npm run draft): what the editor has still to supply or confirm
  'draft-todo': {
    title: 'Something a draft left for the editor to write',
    message: (field: string, note: string) => `"${field}" is still to be written: the draft left a TODO here${note ? ` (${note})` : ''}`,
    hint: 'write what the article supports, then delete the word TODO and its comment',
  },
  'draft-unreviewed': {
    title: 'A guess of the draft that nobody has reviewed',
    message: (field: string, note: string) => `"${field}" is the draft's guess, not yet reviewed${note ? ` (${note})` : ''}`,
    hint: 'check it against the article and correct it if it is wrong, then delete the "# REVIEW …" comment',
  },

  // Published anchors (src/integrity/anchor-ledger.ts)
  'anchor-lost': {
    title: 'A published anchor no longer exists',
    message: (anchor: string, id: string) => `the anchor ${anchor} was published and no longer exists${id.startsWith('q-') ? '' : ': links to it would break'}`,
    hint: (_anchor: string, id: string) => (id.startsWith('q-') ? `add "${id.slice(2)}" to the renamed statement's aliases, so old links still land` : 'restore it'),
  },

  // The built site, checked after the build (src/integrity/output.ts)
  'output-anchor-count': {
    title: "A statement's anchor is not on its story page exactly once",
    message: (anchor: string, count: number) => `the built page has ${count} elements with the anchor ${anchor}; it must have exactly one`,
    hint: 'the content check passed, so the page renders the mark differently from how the check reads it: report this as a bug of the engine',
  },
  'output-words-differ': {
    title: "A statement's anchor is not around its words on the built page",
    message: (anchor: string, shown: string) => `the built page shows other words at ${anchor}: "${truncate(shown, 160)}"`,
    hint: 'the content check passed, so the page renders the mark differently from how the check reads it: report this as a bug of the engine',
  },
  'output-anchor-lost': {
    title: 'A published anchor is missing from the built site',
    message: (anchor: string) => `the anchor ${anchor} is in the ledger but not in the built site`,
    hint: 'the content check passed, so the pages lost an anchor the content still has: report this as a bug of the engine',
  },
} as const satisfies Record<string, ProblemData>;

/** A problem's stable code. */
export type ProblemCode = keyof typeof PROBLEMS;

/** The details one kind of problem is worded from. */
export type ProblemDetails<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]['message']>;

/** Where a problem is: the file, entry, field and, where known, line. */
export type ProblemPlace = Pick<ContentIssue, 'file' | 'entry' | 'field' | 'line'>;

/** A problem of the catalogue at a place, worded from its details. */
export function problem<C extends ProblemCode>(code: C, place: ProblemPlace, ...details: ProblemDetails<C>): ContentIssue {
  const data: ProblemData = PROBLEMS[code];
  const hint = typeof data.hint === 'function' ? data.hint(...details) : data.hint;
  return { code, ...place, message: data.message(...details), ...(hint === undefined ? {} : { hint }) };
}
