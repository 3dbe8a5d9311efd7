import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { characterFindings, resolvedScripts, showCharacter } from '../../src/content/guards/characters.ts';
import { foldText } from '../../src/content/text.ts';
import { describeDifference } from '../../src/integrity/difference.ts';
import { checkContent } from '../../src/integrity/index.ts';
import { PINS_FILE, parsePins, sourceHash } from '../../src/integrity/source-pins.ts';
import { contentCopy } from '../support/content-cases.ts';
import { ROOT } from '../support/sites.ts';
import { buildEnv } from '../../tooling/build.ts';

const kinds = (text: string) => characterFindings(text).map((f) => `${f.kind} ${f.what}`);

describe('characters content may not hold', () => {
  it('refuses bidirectional controls, the zero-width space, C0 and C1 controls, and names each by code point', () => {
    expect(kinds('a\u202Eb')).toEqual(['bidi-control U+202E RIGHT-TO-LEFT OVERRIDE']);
    expect(kinds('a\u2066b\u2069')).toEqual(['bidi-control U+2066 LEFT-TO-RIGHT ISOLATE', 'bidi-control U+2069 POP DIRECTIONAL ISOLATE']);
    expect(kinds('wo\u200Brd')).toEqual(['invisible-character U+200B ZERO WIDTH SPACE']);
    expect(kinds('a\u0000b\u001Bc\u007Fd\u0085e\u009Ff')).toHaveLength(5);
    expect(kinds('a\u0000b')[0]).toMatch(/^control-character U\+0000 /);
  });

  it('allows tab, line breaks, no-break spaces, a leading byte-order mark and joiners inside words', () => {
    expect(kinds('\uFEFFa\tb\r\nc\u00A0d\u202Fe')).toEqual([]);
    // Persian needs the zero-width non-joiner inside a word; Devanagari and emoji sequences the joiner.
    expect(kinds('می\u200Cخواهم क्\u200Dष 👩\u200D💻')).toEqual([]);
  });

  it('refuses a byte-order mark that is not the first character, and a joiner that is not inside a word', () => {
    expect(kinds('a\uFEFFb')).toEqual(['invisible-character U+FEFF ZERO WIDTH NO-BREAK SPACE']);
    expect(kinds('a \u200D b')).toEqual(['invisible-character U+200D ZERO WIDTH JOINER']);
  });

  it('refuses a word that mixes scripts (UTS #39), and allows words of one script, and Japanese and Korean mixes of Han', () => {
    expect(kinds('Sаmsung')).toEqual(['mixed-script Latin and Cyrillic (U+0430 CYRILLIC SMALL LETTER A)']);
    expect(kinds('Αthens')).toHaveLength(1);
    expect(kinds('Москва Athens Αθήνα 이재명 高市早苗 奈良で 東京タワー 中國語 한국語 1st Lee Jae-myung')).toEqual([]);
    expect(resolvedScripts('東京タワー')).toEqual(new Set(['Jpan']));
    expect(resolvedScripts('aб')?.size).toBe(0);
  });

  it('reports line and column', () => {
    expect(characterFindings('one\ntwo \u200Bthree')[0]).toMatchObject({ line: 2, column: 5 });
  });
});

describe('comparing text', () => {
  it('compares in NFC: a letter and its decomposed form are the same words', () => {
    expect(foldText('cafe\u0301')).toBe(foldText('caf\u00E9'));
  });

  it('names an invisible or look-alike character in a diff by its code point', () => {
    expect(describeDifference('hand in hand', 'hand in\u200B hand')).toContain('U+200B ZERO WIDTH SPACE here');
    expect(describeDifference('strained', 'strаined')).toContain('"а" (U+0430 CYRILLIC SMALL LETTER A) here');
    expect(showCharacter('\u00A0')).toBe('U+00A0 NO-BREAK SPACE');
  });
});

describe('source pins', () => {
  const temp: string[] = [];
  afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('pins every source text of the real content', () => {
    const pins = parsePins(readFileSync(join(ROOT, 'content', PINS_FILE), 'utf8'));
    const checked = checkContent(join(ROOT, 'content'), ROOT);
    expect(checked.corpus.articles.length).toBeGreaterThan(0);
    for (const a of checked.corpus.articles) {
      const key = a.file.replace(/^content\//, '').replace(/\.mdx$/, '.source.txt');
      expect(pins.get(key), key).toBe(sourceHash(readFileSync(join(ROOT, 'content', key), 'utf8')));
    }
  });

  it('a changed source fails the check until npm run sources:repin records it', () => {
    const root = mkdtempSync(join(tmpdir(), 'pins-'));
    temp.push(root);
    const dir = contentCopy(root, []);
    const checked = checkContent(dir, root);
    const source = join(root, checked.corpus.articles[0].file.replace(/\.mdx$/, '.source.txt'));
    // A change that no other pass sees: a trailing space on the first line.
    const text = readFileSync(source, 'utf8');
    const changed = text.replace('\n', ' \n');
    expect(changed).not.toBe(text);
    writeFileSync(source, changed);
    expect(checkContent(dir, root).issues.map((i) => i.code)).toEqual(['source-changed']);
    const run = spawnSync('npm', ['run', 'sources:repin', '--', source], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ CONTENT_DIR: dir }) });
    expect(run.status, run.stderr).toBe(0);
    expect(checkContent(dir, root).issues).toEqual([]);
  });

  it('a saved copy with Windows line endings or a byte-order mark keeps its pin', () => {
    expect(sourceHash('\uFEFFa\r\nb\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash('a\nb \n')).not.toBe(sourceHash('a\nb\n'));
  });
});
