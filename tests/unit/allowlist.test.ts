import { describe, expect, it } from 'vitest';
import { allowlistProblems } from '../../src/content/body/allowlist.ts';
import { parseMdx } from '../../src/content/body/mdx.ts';
import { remarkContentAllowlist } from '../../src/integrations/remark-content-allowlist.ts';

const refused = (kind: 'article' | 'view', body: string) => allowlistProblems(parseMdx(body), kind);

describe('the content allowlist', () => {
  it('accepts what articles and views are made of', () => {
    expect(refused('article', 'Plain text with <Q id="a">"marked words"</Q>.\n\n<Caption>\nA caption.\n</Caption>')).toEqual([]);
    expect(refused('article', 'He said <Q id="outer">that "<Q id="inner">new heights</Q>" were near</Q>.')).toEqual([]);
    expect(refused('view', 'A *summary* with **strong** words and [a link](https://example.org) <Cite id="a" />.')).toEqual([]);
  });

  // Every way MDX turns a body into code, or lets a body carry markup that is not the article's words.
  const articleCases: [string, string, RegExp][] = [
    ['an expression', 'Text {1 + 1}.', /expressions, imports and exports/],
    ['a flow expression', '{process.exit(1)}', /expressions, imports and exports/],
    ['an import', "import x from 'node:fs'\n\nText.", /expressions, imports and exports/],
    ['an export', 'export const x = 1\n\nText.', /expressions, imports and exports/],
    ['an expression attribute', '<Q id={"a"}>words</Q>', /plain string/],
    ['a computed attribute', '<Q id="a" data-x={require("fs")}>words</Q>', /may not have the attribute "data-x"/],
    ['a spread attribute', '<Q id="a" {...globalThis}>words</Q>', /may not spread attributes/],
    ['a repeated id', '<Q id="a" id="b">words</Q>', /2 id attributes/],
    ['a mark without an id', '<Q>words</Q>', /needs an id/],
    ['a boolean attribute', '<Q id>words</Q>', /plain string/],
    ['an attribute on a caption', '<Caption class="x">\nA caption.\n</Caption>', /may not have the attribute "class"/],
    ['an unknown component', 'Text <Strong>x</Strong>.', /unknown component <Strong>/],
    ['an HTML element', 'Text <script>alert(1)</script>.', /unknown component <script>/],
    ['a fragment', 'Text <>x</>.', /fragment/],
    ['a link', 'Text [a link](https://example.org).', /a link is not allowed/],
    ['an image', 'Text ![x](./evil.svg).', /an image is not allowed/],
    ['a link definition', '[x]: https://example.org\n\nText.', /a link definition is not allowed/],
    ['emphasis', 'Text *emphasised*.', /emphasis/],
    ['code', 'Text `code`.', /code/],
    ['a heading', '# Heading', /a heading/],
    ['a list', '- item', /a list/],
    ['a block quotation', '> quoted', /block quotation/],
    ['a rule', 'Text.\n\n---\n\nMore.', /horizontal rule/],
  ];
  for (const [what, body, message] of articleCases) {
    it(`refuses ${what} in an article`, () => {
      const problems = refused('article', body);
      expect(problems.length, body).toBeGreaterThan(0);
      expect(problems.map((p) => p.message).join('\n')).toMatch(message);
      expect(problems.every((p) => p.line >= 1)).toBe(true);
    });
  }

  const viewCases: [string, string, RegExp][] = [
    ['a javascript: link', '[x](javascript:alert(1))', /must start with https:\/\/ or http:\/\//],
    ['a data: link', '[x](data:text/html,<script>)', /must start with https:\/\//],
    ['a relative link', '[x](../secret.txt)', /must start with https:\/\//],
    ['an image', '![x](https://example.org/x.png)', /an image is not allowed/],
    ['an HTML element', 'Text <b>bold</b>.', /HTML elements such as <b>/],
    ['a cite with an expression', '<Cite id={x} />', /plain string/],
    ['a cite with two ids', '<Cite id="a" id="b" />', /2 id attributes/],
    ['an expression', 'Text {x}.', /expressions, imports and exports/],
  ];
  for (const [what, body, message] of viewCases) {
    it(`refuses ${what} in a view`, () => {
      expect(refused('view', body).map((p) => p.message).join('\n')).toMatch(message);
    });
  }

  it('stops the MDX pipeline itself, naming the file, for an article or a view and for no other file', () => {
    const plugin = remarkContentAllowlist();
    const tree = parseMdx('Text <Q id="a" data-x={fs.readFileSync("/etc/passwd")}>words</Q>.');
    expect(() => plugin(tree, { path: '/site/content/articles/x.mdx' })).toThrow(/content\/articles\/x\.mdx[\s\S]*data-x/);
    expect(() => plugin(parseMdx('{x}'), { path: '/site/content/views/v.mdx' })).toThrow(/views\/v\.mdx/);
    expect(() => plugin(parseMdx('Text <Q id="a">words</Q>.'), { path: '/site/content/articles/x.mdx' })).not.toThrow();
    expect(() => plugin(tree, { path: '/site/src/pages/page.mdx' })).not.toThrow();
  });
});
