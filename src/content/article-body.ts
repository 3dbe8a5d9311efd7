import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { foldText } from './text.ts';

/** The MDX component that marks a statement in an article: `<Q id="statement-id">words</Q>`. */
export const MARK_COMPONENT = 'Q';
/** The MDX component that wraps a photo caption reproduced without its photo. */
export const CAPTION_COMPONENT = 'Caption';
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

/** A problem found while reading the body: unknown components, marks without ids, and so on. */
export interface BodyProblem {
  line: number;
  message: string;
}

export interface ArticleBody {
  blocks: Block[];
  marks: Mark[];
  problems: BodyProblem[];
}

type AnyNode = { type: string; value?: string; name?: string | null; children?: AnyNode[]; attributes?: unknown[]; position?: { start: { line: number } } };

/** Parses an MDX body into its syntax tree (no evaluation, no imports run). */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
}

function attribute(node: AnyNode, name: string): string | undefined | null {
  for (const attr of (node.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name) return typeof attr.value === 'string' ? attr.value : null;
  }
  return undefined;
}

function lineOf(node: AnyNode): number {
  return node.position?.start.line ?? 0;
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
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ line: lineOf(node), message: 'expressions, imports and exports are not allowed in an article body; write plain text and <Q id="…"> marks' });
      return;
    }
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (node.name === MARK_COMPONENT) {
        const id = attribute(node, 'id');
        if (block === -1) {
          problems.push({ line: lineOf(node), message: `<${MARK_COMPONENT}> must sit inside a paragraph or caption, around the quoted words` });
        } else if (typeof id !== 'string' || id.length === 0) {
          problems.push({ line: lineOf(node), message: `<${MARK_COMPONENT}> needs an id attribute written as a string, e.g. <${MARK_COMPONENT} id="statement-id">` });
        } else {
          const mark: Mark = { id, text: foldText(plainText(node)), block, line: lineOf(node), parent, start: raw.length, end: raw.length };
          marks.push(mark);
          for (const child of node.children ?? []) visit(child, block, id);
          mark.end = raw.length;
          return;
        }
      } else if (!(node.name === CAPTION_COMPONENT && block === -1)) {
        problems.push({
          line: lineOf(node),
          message: `unknown component <${node.name ?? ''}>: an article body may use only <${MARK_COMPONENT} id="…"> inside paragraphs and <${CAPTION_COMPONENT}> around a whole caption`,
        });
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
      visit(node, -1, undefined);
      if (node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxJsxFlowElement') {
        problems.push({ line: lineOf(node), message: `an article body holds paragraphs and <${CAPTION_COMPONENT}> blocks only; found a ${node.type}` });
      }
    }
  }
  return { blocks, marks, problems };
}

/** Parses and reads an article body in one step. */
export function readArticleSource(body: string): ArticleBody {
  return readArticleBody(normaliseArticleTree(parseMdx(body)));
}

export type { RootContent, PhrasingContent };
