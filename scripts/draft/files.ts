/** The files a draft writes: the MDX with its marks, a statement per mark, stubs for new people and outlets. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CAPTION_COMPONENT, MARK_COMPONENT } from '../../src/content/body/allowlist.ts';
import type { DraftQuote, StoryDraft } from './article.ts';

/** The markers the check looks for: `TODO` where the editor must supply something, `REVIEW` beside every guess. */
export const TODO = 'TODO';
export const REVIEW = 'REVIEW';

export interface DraftOptions {
  /** The article's id. */
  id: string;
  /** The source file's name, as the article's `source.file`. */
  sourceName: string;
  publisher?: string;
  url?: string;
  date?: string;
  licence?: { name: string; url: string };
}

/** A YAML double-quoted string (JSON's escapes are YAML's). */
const str = (text: string) => JSON.stringify(text);

/** Escapes what MDX would read as markup, so the body's text stays the article's text. */
export function escapeMdx(text: string, lineStart: boolean): string {
  let out = text.replace(/[\\{}<>*_`[\]&]/g, (c) => `\\${c}`);
  if (lineStart) out = out.replace(/^(\s*)([#=+-]|\d+[.)])/, (_, space: string, lead: string) => `${space}\\${lead}`);
  return out;
}

/** One block of the body, with each marked quotation wrapped in `<Q id>`. */
function blockMdx(text: string, quotes: DraftQuote[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes.filter((x) => x.id).sort((a, b) => a.start - b.start)) {
    out += escapeMdx(text.slice(at, q.start), at === 0);
    out += `<${MARK_COMPONENT} id="${q.id}">${escapeMdx(q.words, q.start === 0)}</${MARK_COMPONENT}>`;
    at = q.end;
  }
  return out + escapeMdx(text.slice(at), at === 0);
}

/** The article's MDX: frontmatter from the flags, every unknown a TODO, and the body word for word with its marks. */
export function articleMdx(draft: StoryDraft, options: DraftOptions): string {
  const labels = [...new Set(draft.quotes.filter((q) => q.kind === 'label').map((q) => q.words))];
  const fm = [
    '---',
    `headline: "${TODO}: the site's headline for this story"`,
    `headlineBy: site  # ${TODO} "publisher" if the headline is the publisher's`,
    options.publisher ? `publisher: ${options.publisher}` : `publisher: ${TODO}  # the outlet id of the publisher`,
    `publisherKnown: stated  # ${TODO} "stated" in the source, or "inferred" (then add publisherBasis: the article's words it rests on)`,
    'published:',
    options.date ? `  date: "${options.date}"` : `  date: "${TODO}"  # YYYY-MM-DD (or YYYY-MM, YYYY with its precision)`,
    '  precision: day',
    '  bound: exact',
    `  basis: "${TODO}: the words or page the publication date rests on"`,
    `event: ${TODO}  # the id of the event the article covers (events/<id>.yaml)`,
    'source:',
    `  file: ${str(options.sourceName)}`,
    `  url: ${options.url ? str(options.url) : 'null'}`,
    `description: "${TODO}: a sentence on the story, in the site's words"`,
    ...(options.licence ? ['licence:', `  name: ${str(options.licence.name)}`, `  url: ${str(options.licence.url)}`] : []),
    labels.length ? 'nonStatements:' : 'nonStatements: []',
    ...labels.flatMap((words) => [`  - words: ${str(words)}`, `    reason: "${TODO}: a quoted name or label nobody said? Say why, or make it a statement"`]),
    'corrections: []',
    '---',
  ];
  const body = draft.blocks.map((b, i) => {
    const mdx = blockMdx(b.text, draft.quotes.filter((q) => q.paragraph === i && !q.repeat));
    return b.caption ? `<${CAPTION_COMPONENT}>\n${mdx}\n</${CAPTION_COMPONENT}>` : mdx;
  });
  return `${fm.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Why a kind was guessed, in a few words. */
const KIND_BASIS = { direct: 'a whole sentence in quotation marks', partial: 'a fragment inside the article\'s sentence', label: '' } as const;

/** A statement file for one mark: every guess followed by a REVIEW comment, every unknown a TODO. */
export function statementYaml(q: DraftQuote, all: DraftQuote[], options: DraftOptions): string {
  const speaker = q.guess.speaker && 'id' in q.guess.speaker ? q.guess.speaker.id : undefined;
  const via = q.guess.via && 'id' in q.guess.via ? q.guess.via.id : undefined;
  const continued = q.continues !== undefined ? all[q.continues]?.id : undefined;
  const lines = [
    `article: ${options.id}`,
    speaker ? `speaker: ${speaker}  # ${REVIEW} guessed from: ${q.guess.basis ?? ''}` : `speaker: ${TODO}  # nobody is named near these words`,
    `kind: ${q.kind}  # ${REVIEW} guessed: ${continued ? 'the kind of the part it continues' : KIND_BASIS[q.kind as 'direct' | 'partial']}`,
    `words: ${str(q.words)}`,
    via ? `via: ${via}  # ${REVIEW} guessed from: ${q.guess.viaBasis ?? ''}` : `via: null  # ${TODO} the outlet that reported these words, or null when the article does not say`,
    `event: null  # ${TODO} the event at which it was said, or null when the article does not say`,
    'themes: []',
    ...(continued ? [`continues: ${continued}  # ${REVIEW} ${q.open || all[q.continues!].open ? 'the quotation runs on from the paragraph before' : 'the same quotation, interrupted by narration'}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** A person the article names that the content folder does not have. */
export function personStub(name: string): string {
  return [`name: ${str(name)}`, `kind: ${TODO}  # leader, official, analyst, journalist, activist, advocate, organisation, public or group`, `# ${TODO} role and affiliation, as the article gives them`, ''].join('\n');
}

/** An outlet the article names (or --publisher gives) that the content folder does not have. */
export function outletStub(name: string): string {
  return [`name: ${str(name)}`, `medium: ${TODO}  # newspaper, broadcaster, news-agency, video-channel or other`, ''].join('\n');
}

/** Every file of a draft, by path relative to the content folder. */
export function draftFiles(draft: StoryDraft, options: DraftOptions, source: Buffer, publisherName?: string): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  files.set(`articles/${options.id}.source.txt`, source);
  files.set(`articles/${options.id}.mdx`, articleMdx(draft, options));
  for (const q of draft.quotes) if (q.id) files.set(`statements/${q.id}.yaml`, statementYaml(q, draft.quotes, options));
  for (const [id, name] of draft.newPeople) files.set(`people/${id}.yaml`, personStub(name));
  for (const [id, name] of draft.newOutlets) files.set(`outlets/${id}.yaml`, outletStub(name));
  if (publisherName !== undefined && options.publisher) files.set(`outlets/${options.publisher}.yaml`, outletStub(publisherName));
  return files;
}

/** Writes the files into the content folder; refuses, writing nothing, if any already exists. Returns the paths written. */
export function writeDraft(contentDir: string, files: Map<string, string | Buffer>): string[] {
  const existing = [...files.keys()].filter((path) => existsSync(join(contentDir, path)));
  if (existing.length > 0) throw new Error(`nothing written: these files exist already and a draft never overwrites one:\n${existing.map((p) => `  ${join(contentDir, p)}`).join('\n')}`);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), content, { flag: 'wx' });
  }
  return [...files.keys()];
}
