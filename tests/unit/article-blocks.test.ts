import { describe, expect, it } from 'vitest';
import { readArticleSource } from '../../src/content/body/article-body.ts';
import { parseBody } from '../../src/content/read.ts';

describe('reading an article body', () => {
  it('numbers paragraphs and captions, and finds marks with their nesting and offsets', () => {
    const body = [
      '<Caption>',
      'A caption with "<Q id="c">Hi</Q>" in it.',
      '</Caption>',
      '',
      'They said <Q id="outer">that "<Q id="inner">new heights</Q>," was the aim</Q>.',
      '',
      '<Q id="whole">A paragraph that is one statement.</Q>',
    ].join('\n');
    const { blocks, marks, problems } = readArticleSource(body);
    expect(problems).toEqual([]);
    expect(blocks.map((b) => [b.n, b.kind, b.marks])).toEqual([
      [1, 'caption', ['c']],
      [2, 'paragraph', ['outer', 'inner']],
      [3, 'paragraph', ['whole']],
    ]);
    const inner = marks.find((m) => m.id === 'inner')!;
    expect(inner.parent).toBe('outer');
    expect(blocks[1].raw.slice(inner.start, inner.end)).toBe('new heights');
    expect(marks.find((m) => m.id === 'whole')!.text).toBe('A paragraph that is one statement.');
    expect(blocks[1].text).toBe('They said that "new heights," was the aim.');
  });

  it('reports unknown components, marks without ids and expressions, with their lines', () => {
    const parsed = parseBody('article', 'Text <Qoute id="x">a</Qoute>.\n\nMore <Q>b</Q> {1 + 1}.');
    if (!parsed.ok) throw new Error('the body should parse');
    const problems = [...parsed.refused, ...parsed.read.problems];
    expect(problems.map((p) => p.line)).toEqual([1, 3, 3]);
    expect(problems[0].message).toMatch(/unknown component <Qoute>/);
    expect(problems[1].message).toMatch(/needs an id/);
    expect(problems[2].message).toMatch(/expressions/);
  });
});
