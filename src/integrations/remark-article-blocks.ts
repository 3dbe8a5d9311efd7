import type { Root, RootContent } from 'mdast';
import { BLOCK_COMPONENT, normaliseArticleTree, readArticleBody } from '../content/body/article-body.ts';
import { CAPTION_COMPONENT } from '../content/body/allowlist.ts';
import { bodyKindOf } from './remark-content-allowlist.ts';

interface VFileLike {
  path?: string;
  history?: string[];
}

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

/**
 * Remark plugin for article bodies (MDX files in an `articles/` folder): wraps each paragraph and caption in
 * `<Block n kind statements>`, numbered by the same reader the integrity check uses, so `#p-<n>` anchors match.
 */
export function remarkArticleBlocks() {
  return (tree: Root, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (bodyKindOf(path) !== 'article') return;
    normaliseArticleTree(tree);
    const { blocks } = readArticleBody(tree);
    let i = 0;
    tree.children = tree.children.map((node) => {
      const el = node as RootContent & { name?: string; children?: RootContent[] };
      const isCaption = el.type === 'mdxJsxFlowElement' && el.name === CAPTION_COMPONENT;
      if (el.type !== 'paragraph' && !isCaption) return node;
      const block = blocks[i++];
      return {
        type: 'mdxJsxFlowElement',
        name: BLOCK_COMPONENT,
        attributes: [attr('n', String(block.n)), attr('kind', block.kind), attr('statements', block.marks.join(' '))],
        children: isCaption ? (el.children ?? []) : [node],
      } as unknown as RootContent;
    });
  };
}
