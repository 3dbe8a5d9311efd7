import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE, anchorKey, anchorLedgerIssues, appendToLedger, parseLedger, publishedAnchors } from '../../src/integrity/anchor-ledger.ts';
import { runConfigSetup } from '../support/engine.ts';
import { ROOT, SITES, siteCorpus } from '../support/sites.ts';

const corpus = siteCorpus(SITES.root);

/** Runs the engine's setup as `astro build` would, on a content folder (the check, then the composed integrations). */
function runIntegration(dir: string) {
  const before = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    runConfigSetup('build');
  } finally {
    if (before === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = before;
  }
}

describe('the anchor ledger', () => {
  const temp: string[] = [];
  afterEach(() => temp.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copyOfContent = () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    temp.push(dir);
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    return dir;
  };

  it('reads back what it appends, after a header of comments', () => {
    const added = [{ path: '/stories/a/', id: 'q-b' }, { path: '/timeline/', id: 'e-c' }];
    const text = appendToLedger('', added);
    expect(text.startsWith('#')).toBe(true);
    expect(parseLedger(text)).toEqual(added);
    expect(parseLedger(appendToLedger(text, [{ path: '/people/d/', id: 'q-e' }]))).toEqual([...added, { path: '/people/d/', id: 'q-e' }]);
  });

  it('lists each statement on its story page and its speaker\'s page, each paragraph and each event', () => {
    const keys = publishedAnchors(corpus).map(anchorKey);
    const s = corpus.statements.find((x) => x.data.speaker === 'lee-jae-myung')!;
    expect(keys).toContain(`/stories/${s.data.article}/#q-${s.id}`);
    expect(keys).toContain(`/people/lee-jae-myung/#q-${s.id}`);
    expect(keys).toContain(`/stories/${s.data.article}/#p-1`);
    expect(keys).toContain(`/timeline/#e-${corpus.events[0].id}`);
  });

  it('names every published anchor that a renamed statement loses, and none once the old id is an alias', () => {
    const old = corpus.statements.find((x) => x.data.speaker === 'sanae-takaichi')!;
    const renamed = { ...old, id: `${old.id}-renamed` };
    // Renamed as an editor renames: the statement's file and its mark in the article.
    const articles = corpus.articles.map((a) =>
      a.parsed.ok ? { ...a, parsed: { ...a.parsed, read: { ...a.parsed.read, marks: a.parsed.read.marks.map((m) => (m.id === old.id ? { ...m, id: renamed.id } : m)) } } } : a,
    );
    const without = { ...corpus, articles, statements: corpus.statements.map((x) => (x === old ? renamed : x)) };
    expect(anchorLedgerIssues(without).map((i) => i.entry).sort()).toEqual([`/people/sanae-takaichi/#q-${old.id}`, `/stories/${old.data.article}/#q-${old.id}`]);
    expect(anchorLedgerIssues(without)[0].code).toBe('anchor-lost');
    expect(anchorLedgerIssues(without)[0].hint).toContain(`add "${old.id}" to the renamed statement's aliases`);
    const aliased = { ...renamed, data: { ...old.data, aliases: [...old.data.aliases, old.id] } };
    expect(anchorLedgerIssues({ ...without, statements: corpus.statements.map((x) => (x === old ? aliased : x)) })).toEqual([]);
  });

  it('stops the build, naming the anchor, when one in the ledger disappears; an alias lets it through', () => {
    const dir = copyOfContent();
    expect(() => runIntegration(dir)).not.toThrow();
    const lost = `/stories/${corpus.articles[0].id}/#q-a-former-id`;
    appendFileSync(join(dir, LEDGER_FILE), `${lost}\n`);
    expect(() => runIntegration(dir)).toThrow(lost);
    const file = join(dir, 'statements', 'lee-close-neighbors.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^aliases:.*\n/m, '') + 'aliases: [a-former-id]\n');
    expect(() => runIntegration(dir)).not.toThrow();
  });
});
