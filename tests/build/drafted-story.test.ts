import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/integrity/index.ts';
import { DRAFTED_RAW, DRAFTED_SITE, draftedIds } from '../support/drafted-story.ts';
import { foldText, page } from '../support/html.ts';
import { ROOT, outDir } from '../support/sites.ts';

// The Nara seed drafted by `npm run draft`, then finished from content/ by a program (tests/support/drafted-story.ts).
const filled = join(ROOT, DRAFTED_SITE.contentDir);
const ids = draftedIds(filled);
const quotations = (dir: string) => [...ids.values()].map((id) => ({ id, ...(yaml.load(readFileSync(join(dir, 'statements', `${id}.yaml`), 'utf8')) as { words: string }) }));

describe('the Nara seed, drafted', () => {
  it('is refused as the draft left it: every problem is a TODO or guess to resolve, or what the draft does not do (paraphrases other files cite)', () => {
    const { issues } = checkContent(DRAFTED_RAW, ROOT);
    const codes = new Set(issues.map((i) => i.code));
    expect(codes.has('draft-todo') && codes.has('draft-unreviewed'), formatIssues(issues)).toBe(true);
    const others = issues.filter((i) => !i.code.startsWith('draft-'));
    // The only others: views and events naming content/'s paraphrase statements, which a draft never writes.
    for (const i of others) expect(['cite-unknown-statement', 'unknown-reference'], formatIssues([i])).toContain(i.code);
    for (const i of others) expect(i.message, formatIssues([i])).toMatch(/statement/);
  });

  it('holds every quotation of content/ with the same words, once its TODOs are filled from content/', () => {
    const content = checkContent(join(ROOT, 'content'), ROOT).corpus.statements.filter((s) => s.data.kind === 'direct' || s.data.kind === 'partial');
    expect(ids.size).toBe(content.length);
  });

  it('then passes the check', () => {
    expect(formatIssues(checkContent(filled, ROOT).issues)).toBe(formatIssues([]));
  });

  it('then builds: the story page shows every drafted quotation at its own anchor, with the article\u2019s words', () => {
    const $ = page(outDir(DRAFTED_SITE), '/stories/lee-takaichi-nara-summit/');
    for (const q of quotations(filled)) expect(foldText($(`#q-${q.id}`).clone().find('.st-pin').remove().end().text()), q.id).toBe(foldText(q.words));
  });
});
