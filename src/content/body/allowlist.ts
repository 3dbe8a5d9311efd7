/**
 * What an MDX body may hold, as an allowlist: content is data, never code. The check reports every node outside it
 * by line, and the remark plugin that runs first inside the MDX pipeline refuses it again before anything compiles.
 */
import type { Node as UnistNode } from 'unist';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { lineOf, type BodyProblem, type MdxNode } from './mdx.ts';

/** The component that marks a statement in an article: `<Q id="statement-id">words</Q>`. */
export const MARK_COMPONENT = 'Q';
/** The component that wraps a photo caption reproduced without its photo. */
export const CAPTION_COMPONENT = 'Caption';
/** The component a view cites one of the analyst's statements with: `<Cite id="statement-id" />`. */
export const CITE_COMPONENT = 'Cite';

/** The two kinds of body, each with its own allowlist. */
export type BodyKind = 'article' | 'view';

const ARTICLE_NODES = new Set(['root', 'paragraph', 'text', 'break']);
const VIEW_NODES = new Set(['root', 'paragraph', 'text', 'break', 'emphasis', 'strong', 'link']);
const EXPRESSIONS = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Which components a body kind may use, and whether each takes exactly one `id`. */
const COMPONENTS: Record<BodyKind, Record<string, { id: boolean }>> = {
  article: { [MARK_COMPONENT]: { id: true }, [CAPTION_COMPONENT]: { id: false } },
  view: { [CITE_COMPONENT]: { id: true } },
};

const ALLOWED_TEXT: Record<BodyKind, string> = {
  article: `an article body holds plain text in paragraphs, <${MARK_COMPONENT} id="…"> marks around quoted words and <${CAPTION_COMPONENT}> around a whole caption; nothing else`,
  view: `a view holds Markdown text (*emphasis*, **strong**, [links](https://…)) and <${CITE_COMPONENT} id="…" /> marks; nothing else`,
};

/** Names an MDX node the way an editor would recognise it. */
function describe(node: MdxNode): string {
  const names: Record<string, string> = {
    mdxjsEsm: 'an import or export',
    mdxFlowExpression: 'an expression in braces ({…})',
    mdxTextExpression: 'an expression in braces ({…})',
    link: 'a link',
    linkReference: 'a link',
    image: 'an image',
    imageReference: 'an image',
    definition: 'a link definition',
    html: 'HTML',
    emphasis: 'emphasis (*…*)',
    strong: 'strong text (**…**)',
    inlineCode: 'code (`…`)',
    code: 'a code block',
    heading: 'a heading',
    list: 'a list',
    listItem: 'a list item',
    blockquote: 'a block quotation (>)',
    thematicBreak: 'a horizontal rule',
    table: 'a table',
    delete: 'struck-through text',
  };
  return names[node.type] ?? `a ${node.type}`;
}

/** Checks one component's name and attributes against the allowlist. */
function componentProblems(node: MdxNode, kind: BodyKind): string[] {
  const spec = node.name ? COMPONENTS[kind][node.name] : undefined;
  if (!spec) {
    const html = node.name && /^[a-z]/.test(node.name);
    if (!node.name) return [`a fragment (<>…</>) is not allowed: ${ALLOWED_TEXT[kind]}`];
    if (kind === 'view') {
      return [html
        ? `HTML elements such as <${node.name}> are not allowed in a view: write Markdown (*emphasis*, **strong**, [links](https://…)) and <${CITE_COMPONENT} id="…" />`
        : `unknown component <${node.name}>: a view may use only <${CITE_COMPONENT} id="statement-id" />`];
    }
    return [`unknown component <${node.name}>: an article body may use only <${MARK_COMPONENT} id="…"> inside paragraphs and <${CAPTION_COMPONENT}> around a whole caption`];
  }
  const attributes = node.attributes ?? [];
  const problems: string[] = [];
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute') problems.push(`<${node.name}> may not spread attributes ({…}); write ${spec.id ? `only id="statement-id"` : 'no attributes'}`);
    else if (!spec.id || attr.name !== 'id') problems.push(`<${node.name}> may not have the attribute "${attr.name}"; ${spec.id ? `write only id="statement-id"` : 'write no attributes'}`);
    else if (typeof attr.value !== 'string') problems.push(`<${node.name}>'s id must be written as a plain string, id="statement-id"; ${attr.value === null || attr.value === undefined ? 'it has no value' : 'an expression in braces is code, and content never runs code'}`);
  }
  const ids = attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (spec.id && ids.length > 1) problems.push(`<${node.name}> has ${ids.length} id attributes; write exactly one`);
  if (spec.id && ids.length === 0 && problems.length === 0) problems.push(`<${node.name}> needs an id attribute written as a string, e.g. <${node.name} id="statement-id">`);
  return problems;
}

/** Every node of a body outside its kind's allowlist, by body line; an empty list means the body is plain data. */
export function allowlistProblems(tree: unknown, kind: BodyKind): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const allowed = kind === 'article' ? ARTICLE_NODES : VIEW_NODES;
  visit(tree as UnistNode, (unist) => {
    const node = unist as MdxNode;
    if (JSX.has(node.type)) {
      for (const message of componentProblems(node, kind)) problems.push({ line: lineOf(node), message });
    } else if (node.type === 'link' && kind === 'view') {
      if (!/^https?:\/\//i.test(node.url ?? '')) {
        problems.push({ line: lineOf(node), message: `the link "${node.url ?? ''}" is not allowed: links in a view must start with https:// or http://` });
      }
    } else if (EXPRESSIONS.has(node.type)) {
      problems.push({ line: lineOf(node), message: `expressions, imports and exports are not allowed in ${kind === 'article' ? 'an article body' : 'a view'} (found ${describe(node)}); content never runs code: ${ALLOWED_TEXT[kind]}` });
      return SKIP;
    } else if (!allowed.has(node.type)) {
      problems.push({ line: lineOf(node), message: `${describe(node)} is not allowed here: ${ALLOWED_TEXT[kind]}` });
      return SKIP;
    }
    return CONTINUE;
  });
  return problems;
}
