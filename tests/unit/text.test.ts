import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText, normaliseFile, sourceParagraphs } from '../../src/content/text.ts';
import { isQuotedAt, quotedPassages } from '../../src/content/quotes.ts';

const seed = readFileSync(new URL('../../content/articles/lee-takaichi-nara-summit.source.txt', import.meta.url), 'utf8');

describe('text normalisation', () => {
  it('folds typographic quotes, non-breaking spaces and whitespace runs, nothing else', () => {
    expect(foldText('\u201CHello,\u201D  she\u00A0said \u2018x\u2019\n')).toBe('"Hello," she said \'x\'');
    expect(foldText('issues.There')).toBe('issues.There');
    expect(normaliseFile('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });

  it('reads the source text as its paragraphs, typos kept', () => {
    const paragraphs = sourceParagraphs(seed);
    expect(paragraphs).toHaveLength(30);
    expect(paragraphs.some((p) => p.includes('North Korea issues.There were'))).toBe(true);
  });
});

describe('quoted passages', () => {
  it('finds double-quoted passages without their trailing comma, and nested single quotes, not apostrophes', () => {
    const found = quotedPassages(`reach "new heights," and "keep them to a minimum." of 'improvement-regression,' making Takaichi's`);
    expect(found.map((p) => [p.words, p.marks])).toEqual([
      ['new heights', 'double'],
      ['keep them to a minimum', 'double'],
      ['improvement-regression', 'single'],
    ]);
  });

  it('tells whether marked words stand inside quotation marks', () => {
    const raw = 'to reach "new heights," said "Hello" and then more';
    expect(isQuotedAt(raw, raw.indexOf('new'), raw.indexOf('new') + 'new heights'.length)).toBe(true);
    expect(isQuotedAt(raw, raw.indexOf('Hello'), raw.indexOf('Hello') + 5)).toBe(true);
    expect(isQuotedAt(raw, raw.indexOf('and'), raw.indexOf('and') + 3)).toBe(false);
  });

  it('takes a quotation that runs on into the next paragraph (no closing mark) as quoted to the end of its paragraph', () => {
    const raw = 'He told Valley Radio: "Nobody wants to strike. ';
    expect(isQuotedAt(raw, raw.indexOf('Nobody'), raw.indexOf('strike.') + 'strike.'.length)).toBe(true);
    expect(isQuotedAt(raw, raw.indexOf('Nobody'), raw.indexOf('wants'))).toBe(false);
  });
});
