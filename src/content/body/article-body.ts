/** An article body read once: its paragraphs and captions numbered, and every statement mark with its words. */
import type { Root, RootContent } from 'mdast';
import type { Node as UnistNode } from 'unist';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import { foldText } from '../text.ts';
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
function plainText(node: AnyNode): string {
  let text = '';
  visitParents(node as UnistNode, (unist) => {
    const n = unist as AnyNode;
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value ?? '';
    else if (n.type === 'break') text += ' ';
    else if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'mdxjsEsm') return SKIP;
    return CONTINUE;
  });
  return text;
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
  /** Reads one block (or, with `block` -1, a top-level node that is none) in reading order, appending its text to `raw`. */
  const read = (root: AnyNode, block: number) => {
    visitParents(root as UnistNode, (unist, ancestors) => {
      const node = unist as AnyNode;
      if (node.type === 'text' || node.type === 'inlineCode') raw += node.value ?? '';
      if (node.type === 'break') raw += ' ';
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return SKIP;
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== MARK_COMPONENT) return CONTINUE;
      if (block === -1) {
        problems.push({ line: lineOf(node), message: `<${MARK_COMPONENT}> must sit inside a paragraph or caption, around the quoted words` });
        return CONTINUE;
      }
      const id = markId(node);
      if (id === undefined) return CONTINUE;
      // The marked words are the text of the mark's children, which the walk appends to `raw` next, in this order.
      const words = plainText(node);
      const parent = [...ancestors].reverse().map((a) => a as AnyNode).find((a) => a.name === MARK_COMPONENT && markId(a) !== undefined);
      marks.push({ id, text: foldText(words), block, line: lineOf(node), parent: parent ? markId(parent) : undefined, start: raw.length, end: raw.length + words.length });
      return CONTINUE;
    });
  };

  let n = 0;
  for (const node of tree.children as AnyNode[]) {
    const isCaption = node.type === 'mdxJsxFlowElement' && node.name === CAPTION_COMPONENT;
    if (node.type === 'paragraph' || isCaption) {
      n += 1;
      raw = '';
      const first = marks.length;
      for (const child of isCaption ? (node.children ?? []) : [node]) read(child, n);
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
      read(node, -1);
    }
  }
  return { blocks, marks, problems };
}

/** Parses and reads an article body in one step. */
export function readArticleSource(body: string): ArticleBody {
  return readArticleBody(normaliseArticleTree(parseMdx(body)));
}

