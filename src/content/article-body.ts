/** An article body read once: its paragraphs and captions numbered, and every statement mark with its words. */
import type { Root, RootContent } from 'mdast';
import { foldText } from './text.ts';
import { CAPTION_COMPONENT, MARK_COMPONENT } from './allowlist.ts';
import { lineOf, parseMdx, type BodyProblem, type MdxNode } from './mdx.ts';

/** The component the engine wraps each paragraph in (added at build time, never written by editors). */
export const BLOCK_COMPONENT = 'Block';

/** One statement mark found in an article body. */
export interface Mark {
  /** The statement id in the mark's `id` attribute. */
  id: string;
  /** The marked words, whitespace folded. */
  text: string;
  /** Paragraph number (1-based) the mark sits in. */
  block: number;
  /** Line in the MDX body (1-based), for messages. */
  line: number;
  /** The id of the mark this one sits inside, if any. */
  parent?: string;
  /** Offsets of the marked words in the block's `raw` text. */
  start: number;
  end: number;
}

/** One top-level block of an article: a paragraph or a caption. */
export interface Block {
  n: number;
  kind: 'paragraph' | 'caption';
  text: string;
  /** The block's text as written (not folded), which mark offsets index. */
  raw: string;
  line: number;
  /** Ids of the marks inside, in reading order. */
  marks: string[];
}

export interface ArticleBody {
  blocks: Block[];
  marks: Mark[];
  problems: BodyProblem[];
}

type AnyNode = MdxNode;

/** The value of a mark's one `id` attribute; undefined unless it is exactly one plain string (the allowlist says why). */
function markId(node: AnyNode): string | undefined {
  const attrs = node.attributes ?? [];
  if (attrs.length !== 1 || attrs[0].type !== 'mdxJsxAttribute' || attrs[0].name !== 'id') return undefined;
  return typeof attrs[0].value === 'string' && attrs[0].value.length > 0 ? attrs[0].value : undefined;
}

/** The text a reader sees in a node, markup removed. */
export function plainText(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') return '';
  return (node.children ?? []).map(plainText).join('');
}

/**
 * A paragraph that is wholly one statement parses as a block-level `<Q>` around a paragraph; turn it into
 * a paragraph holding an inline `<Q>`, so that the mark stays inline and the paragraph is numbered like any other.
 */
export function normaliseArticleTree(tree: Root): Root {
  tree.children = tree.children.map((node) => {
    const el = node as unknown as AnyNode;
    if (el.type !== 'mdxJsxFlowElement' || el.name !== MARK_COMPONENT) return node;
    // MDX may give the mark a paragraph child (as parsed) or phrasing children (after unravelling); accept both.
    const children = (el.children ?? []).flatMap((child) => (child.type === 'paragraph' ? (child.children ?? []) : [child]));
    return { type: 'paragraph', position: el.position, children: [{ ...el, type: 'mdxJsxTextElement', children }] } as unknown as RootContent;
  });
  return tree;
}

/**
 * Reads an article body: numbers its top-level paragraphs and captions, and finds each statement mark.
 * The same function numbers paragraphs at build time and in the integrity check, so `#p-<n>` always agree.
 */
export function readArticleBody(tree: Root): ArticleBody {
  const blocks: Block[] = [];
  const marks: Mark[] = [];
  const problems: BodyProblem[] = [];

  let raw = '';
  const visit = (node: AnyNode, block: number, parent: string | undefined) => {
    if (node.type === 'text' || node.type === 'inlineCode') raw += node.value ?? '';
    if (node.type === 'break') raw += ' ';
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === MARK_COMPONENT) {
      const id = markId(node);
      if (block === -1) {
        problems.push({ line: lineOf(node), message: `<${MARK_COMPONENT}> must sit inside a paragraph or caption, around the quoted words` });
      } else if (id !== undefined) {
        const mark: Mark = { id, text: foldText(plainText(node)), block, line: lineOf(node), parent, start: raw.length, end: raw.length };
        marks.push(mark);
        for (const child of node.children ?? []) visit(child, block, id);
        mark.end = raw.length;
        return;
      }
    }
    for (const child of node.children ?? []) visit(child, block, parent);
  };

  let n = 0;
  for (const node of tree.children as AnyNode[]) {
    const isCaption = node.type === 'mdxJsxFlowElement' && node.name === CAPTION_COMPONENT;
    if (node.type === 'paragraph' || isCaption) {
      n += 1;
      raw = '';
      const first = marks.length;
      if (isCaption) {
        for (const child of node.children ?? []) visit(child, n, undefined);
      } else {
        visit(node, n, undefined);
      }
      blocks.push({
        n,
        kind: isCaption ? 'caption' : 'paragraph',
        text: foldText(raw),
        raw,
        line: lineOf(node),
        marks: marks.slice(first).map((m) => m.id),
      });
    } else {
      // Anything else at the top level is refused by the allowlist; marks inside it are still reported as misplaced.
      visit(node, -1, undefined);
    }
  }
  return { blocks, marks, problems };
}

/** Parses and reads an article body in one step. */
export function readArticleSource(body: string): ArticleBody {
  return readArticleBody(normaliseArticleTree(parseMdx(body)));
}

