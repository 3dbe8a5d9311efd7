/** Reading MDX bodies for the check: syntax errors in the editor's terms, what a view may contain, unsafe links. */
import { parseMdx } from './article-body.ts';
import type { BodyProblem } from './article-body.ts';

/** The MDX component a view cites a statement with: `<Cite id="statement-id" />`. */
export const CITE_COMPONENT = 'Cite';

type AnyNode = {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
};

const lineOf = (node: AnyNode) => node.position?.start.line ?? 1;

/**
 * Explains an MDX syntax error with its line in the body. The parser's own positions ("(3:1-3:11)") count from
 * the body, not the file, so they are turned into body lines the caller shifts to file lines.
 */
export function mdxSyntaxProblem(error: unknown, toFileLine: (bodyLine: number) => number): BodyProblem & { fileLine: number } {
  const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line: number } } };
  const bodyLine = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\((\d+):\d+-\d+:\d+\)/g, (_, l: string) => `(opened on line ${toFileLine(Number(l))})`);
  return {
    line: bodyLine,
    fileLine: toFileLine(bodyLine),
    message: `the MDX could not be read: ${reason}\nhint: in MDX, "<" starts a component and "{" an expression; close every <Q> and <Caption> you open, and write a literal "<" or "{" as &lt; or &#123;`,
  };
}

/** Links must go to the web or within the site: no `javascript:`, `data:` or other schemes. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** Links and images whose URL is not safe to publish. */
export function unsafeUrls(tree: unknown): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: AnyNode) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined && !isSafeUrl(node.url)) {
      problems.push({ line: lineOf(node), message: `the link "${node.url}" is not allowed: links must start with https://, http:// or mailto:` });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as AnyNode);
  return problems;
}

/** A view's body: Markdown text and `<Cite id="…" />` marks, nothing else. */
export interface ViewBody {
  cites: { id: string | undefined; line: number }[];
  problems: BodyProblem[];
}

/** Reads a view body: its citations, and everything in it that a view may not contain. Throws on MDX syntax errors. */
export function readViewBody(body: string): ViewBody {
  const tree = parseMdx(body) as unknown as AnyNode;
  const cites: ViewBody['cites'] = [];
  const problems: BodyProblem[] = unsafeUrls(tree);
  const visit = (node: AnyNode) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ line: lineOf(node), message: 'expressions, imports and exports are not allowed in a view; write Markdown text and <Cite id="…" /> marks' });
      return;
    }
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (node.name === CITE_COMPONENT) {
        const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        cites.push({ id: typeof attr?.value === 'string' && attr.value.length > 0 ? attr.value : undefined, line: lineOf(node) });
      } else {
        const html = node.name && /^[a-z]/.test(node.name);
        problems.push({
          line: lineOf(node),
          message: html
            ? `HTML elements such as <${node.name}> are not allowed in a view: write Markdown (*emphasis*, **strong**, [links](https://…)) and <${CITE_COMPONENT} id="…" />`
            : `unknown component <${node.name ?? ''}>: a view may use only <${CITE_COMPONENT} id="statement-id" />`,
        });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { cites, problems };
}
