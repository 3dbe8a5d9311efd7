import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleSource } from '../../src/content/body/article-body.ts';
import { splitFrontmatter } from '../../src/content/read.ts';
import { foldText, sourceParagraphs } from '../../src/content/text.ts';
import { checkContent, formatIssues } from '../../src/integrity/index.ts';
import { ROOT } from '../support/sites.ts';

// `npm run draft` as an editor runs it: on a content folder that already has a story (the second-story fixture), drafting
// the single-quote fixture article (tests/fixtures/drafts/), with a publisher the folder does not have.
const root = mkdtempSync(join(tmpdir(), 'draft-command-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
cpSync(join(ROOT, 'tests/fixtures/second-story'), content, { recursive: true });
for (const [id, name, kind] of [['dev-raman', 'Dev Raman', 'official'], ['mira-hollis', 'Mira Hollis', 'leader'], ['northline-rail', 'Northline Rail', 'organisation']]) {
  writeFileSync(join(content, 'people', `${id}.yaml`), `name: "${name}"\nkind: ${kind}\n`);
}
const article = join(ROOT, 'tests/fixtures/drafts/single-quote-house-style/article.txt');
const args = [join(ROOT, 'scripts/draft/draft.ts'), article, '--id', 'rail-strike', '--publisher', 'northmoor-echo', '--date', '2026-03-06', '--url', 'https://example.org/rail-strike', '--licence', 'CC BY 4.0', '--licence-url', 'https://creativecommons.org/licenses/by/4.0/'];
const draft = () => spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
const first = draft();

const mdx = readFileSync(join(content, 'articles/rail-strike.mdx'), 'utf8');
const { frontmatter, body } = splitFrontmatter(mdx);
const read = readArticleSource(body);
const statement = (id: string) => yaml.load(readFileSync(join(content, 'statements', `${id}.yaml`), 'utf8')) as { speaker: string; words: string; continues?: string };

describe('npm run draft writes a story an editor can finish', () => {
  it('says what it wrote, and copies the source text byte for byte', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('content/articles/rail-strike.mdx');
    expect(readFileSync(join(content, 'articles/rail-strike.source.txt')).equals(readFileSync(article))).toBe(true);
  });

  it('prints the review list and writes it outside the content folder', () => {
    expect(first.stdout).toContain('## Reported speech outside quotation marks');
    const review = readFileSync(join(root, 'drafts/rail-strike.review.md'), 'utf8');
    const [, outlets, dates] = review.split(/^## /m).slice(1).map((section) => section);
    expect(outlets).toContain('told Valley Radio');
    expect(dates).toContain('9 March');
    expect(readdirSync(content)).not.toContain('drafts');
  });

  it('writes the body word for word: its paragraphs are the source text as the check reads it', () => {
    expect(read.problems).toEqual([]);
    expect(read.blocks.map((b) => b.text)).toEqual(sourceParagraphs(readFileSync(article, 'utf8')));
  });

  it('marks each quotation with a statement whose words are exactly the marked words', () => {
    expect(read.marks.length).toBe(10);
    for (const mark of read.marks) expect(foldText(String(statement(mark.id).words))).toBe(mark.text);
  });

  it('links a quotation split by narration, or run over two paragraphs, with continues', () => {
    const parts: { id: string; speaker: string; words: string; continues?: string }[] = read.marks.map((m) => ({ id: m.id, ...statement(m.id) }));
    const continued = parts.filter((p) => p.continues);
    expect(continued.map((p) => foldText(String(p.words)))).toEqual(['and passengers know it.', 'But the company has left us no other way.']);
    for (const p of continued) expect(parts.find((q) => q.id === p.continues)?.speaker).toBe(p.speaker);
  });

  it('fills the frontmatter from the flags, and declares the quoted label as a non-statement to confirm', () => {
    const data = yaml.load(frontmatter!) as Record<string, any>;
    expect(data.published.date).toBe('2026-03-06');
    expect(data.source).toEqual({ file: 'article.txt', url: 'https://example.org/rail-strike' });
    expect(data.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(data.nonStatements.map((n: { words: string }) => n.words)).toEqual(['Green Corridor']);
    expect(data.nonStatements[0].reason).toContain('TODO');
  });

  it('matches speakers the folder has and writes stubs for those it does not, and for an unknown publisher', () => {
    const speakers = new Set(read.marks.map((m) => statement(m.id).speaker));
    expect(speakers).toEqual(new Set(['dev-raman', 'mira-hollis', 'northline-rail', 'priya-castell']));
    expect(readFileSync(join(content, 'people/priya-castell.yaml'), 'utf8')).toMatch(/name: "Priya Castell"\nkind: TODO/);
    expect(readFileSync(join(content, 'outlets/northmoor-echo.yaml'), 'utf8')).toMatch(/medium: TODO/);
    expect(readdirSync(join(content, 'people'))).not.toContain('dev-raman-2.yaml');
  });

  it('never overwrites: a second run refuses, names the files and writes nothing', () => {
    const before = readFileSync(join(content, 'articles/rail-strike.mdx'), 'utf8');
    const again = draft();
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('never overwrites');
    expect(again.stderr).toContain('articles/rail-strike.mdx');
    expect(readFileSync(join(content, 'articles/rail-strike.mdx'), 'utf8')).toBe(before);
  });
});

describe('nothing half-done publishes', () => {
  const { issues } = checkContent(content, root);
  const report = formatIssues(issues);

  it('reports every TODO and every unreviewed guess of the draft, by file and line, all at once', () => {
    for (const mark of read.marks) {
      const file = `content/statements/${mark.id}.yaml`;
      const text = readFileSync(join(root, file), 'utf8').split('\n');
      const reviewLines = text.flatMap((line, i) => (/# REVIEW/.test(line) ? [i + 1] : []));
      expect(reviewLines.length).toBeGreaterThan(0);
      for (const line of reviewLines) expect(issues.some((i) => i.code === 'draft-unreviewed' && i.file === file && i.line === line), `${file}:${line}\n${report}`).toBe(true);
    }
    const todo = issues.find((i) => i.code === 'draft-todo' && i.file === 'content/articles/rail-strike.mdx' && i.field === 'headline');
    expect(todo?.line).toBe(2);
    expect(issues.some((i) => i.code === 'draft-todo' && i.file === 'content/people/priya-castell.yaml' && i.field === 'kind')).toBe(true);
  });

  it('reports no problem of the quotations themselves: the marks, words and kinds the draft wrote pass the check', () => {
    const codes = new Set(issues.map((i) => i.code));
    expect([...codes].filter((c) => !c.startsWith('draft-')), report).toEqual([]);
  });

  it('passes once every TODO is written and every guess reviewed', () => {
    // What an editor does: supply each TODO (here with values the schemas accept) and delete each REVIEW comment.
    const fixed = mkdtempSync(join(tmpdir(), 'draft-fixed-'));
    try {
      cpSync(content, join(fixed, 'content'), { recursive: true });
      const edit = (rel: string, change: (text: string) => string) => {
        const path = join(fixed, 'content', rel);
        writeFileSync(path, change(readFileSync(path, 'utf8')));
      };
      edit('articles/rail-strike.mdx', (t) => t
        .replace(/headline: .*\n/, 'headline: "Northmoor rail workers to strike"\n')
        .replace(/headlineBy: site .*\n/, 'headlineBy: site\n').replace(/publisherKnown: stated .*\n/, 'publisherKnown: stated\n')
        .replace(/basis: .*\n/, 'basis: "The publisher\'s page gives the date."\n')
        .replace(/event: TODO.*\n/, 'event: council-vote\n').replace(/description: .*\n/, 'description: "Rail workers in Northmoor plan a strike."\n')
        .replace(/reason: .*\n/, 'reason: "The name of a timetable."\n'));
      for (const f of readdirSync(join(fixed, 'content/statements')).filter((f) => !readFileSync(join(content, 'statements', f), 'utf8').startsWith('article: harbour-wall'))) {
        edit(`statements/${f}`, (t) => t.replace(/\s+# (?:REVIEW|TODO).*$/gm, ''));
      }
      edit('people/priya-castell.yaml', () => 'name: "Priya Castell"\nkind: public\n');
      edit('outlets/northmoor-echo.yaml', () => 'name: "Northmoor Echo"\nmedium: newspaper\n');
      expect(formatIssues(checkContent(join(fixed, 'content'), fixed).issues)).toBe(formatIssues([]));
    } finally {
      rmSync(fixed, { recursive: true, force: true });
    }
  });
});
