/** A view body read once: the statements it cites (what it may hold at all is the allowlist's). */
import type { Node as UnistNode } from 'unist';
import { visit } from 'unist-util-visit';
import { CITE_COMPONENT } from './allowlist.ts';
import { lineOf, type MdxNode } from './mdx.ts';

/** A view's citations in reading order; `id` is undefined where a `<Cite>` has no plain-string id. */
export interface ViewBody {
  cites: { id: string | undefined; line: number }[];
}

/** Lists the `<Cite id="…" />` marks of a parsed view body. */
export function readViewBody(tree: unknown): ViewBody {
  const cites: ViewBody['cites'] = [];
  visit(tree as UnistNode, (unist) => {
    const node = unist as MdxNode;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === CITE_COMPONENT) {
      const attrs = node.attributes ?? [];
      const id = attrs.length === 1 && attrs[0].type === 'mdxJsxAttribute' && attrs[0].name === 'id' && typeof attrs[0].value === 'string' && attrs[0].value.length > 0 ? attrs[0].value : undefined;
      cites.push({ id, line: lineOf(node) });
    }
  });
  return { cites };
}
