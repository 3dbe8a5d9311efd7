/** MDX as data: one parser for every body (no evaluation, nothing imported), and its errors in an editor's terms. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';

/** A problem found in a body, at a line of the body (1-based). */
export interface BodyProblem {
  line: number;
  message: string;
}

/** Any node of an MDX syntax tree, as far as our readers look at it. */
export type MdxNode = {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
};

/** Parses an MDX body into its syntax tree (no evaluation, no imports run). */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
}

/** The line a node starts on in the body (1 when unknown). */
export function lineOf(node: MdxNode): number {
  return node.position?.start.line ?? 1;
}

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
