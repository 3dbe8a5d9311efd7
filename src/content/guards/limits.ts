/**
 * Limits on content, so that a hostile or mistaken file is reported with a clear message instead of crashing a parser
 * (deep nesting overflows the stack; huge files and very long ids fail deep inside Node with ENAMETOOLONG).
 */

export { MAX_ID_LENGTH } from '../../schemas/ids.ts';
/** The largest content file or source text, in bytes (an article of 10,000 words is about 70 KB). */
export const MAX_FILE_BYTES = 256 * 1024;
/** The deepest nesting of a YAML value or of an MDX body's syntax tree (the real content needs 4). */
export const MAX_NESTING = 12;
/** The deepest indentation (in columns) or run of `>` a body line may start with: parsers slow down sharply past it. */
const MAX_LINE_PREFIX = 40;

/** How deep a value (YAML data) is nested, measured without recursion. */
export function dataDepth(root: unknown): number {
  return depth(root, (value) => (Array.isArray(value) ? value : Object.values(value)));
}

/** How deep a syntax tree (nodes with `children`) is nested, measured without recursion. */
export function treeDepth(root: unknown): number {
  return depth(root, (node) => ((node as { children?: unknown[] }).children ?? []));
}

function depth(root: unknown, childrenOf: (value: object) => unknown[]): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, level] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, level);
    // Past the limit the exact depth does not matter, and a hostile file may be very deep.
    if (deepest > MAX_NESTING) return deepest;
    for (const child of childrenOf(value)) stack.push([child, level + 1]);
  }
  return deepest;
}

/** The first line (1-based) of a body that starts with deeper indentation or more `>` than a parser should be given. */
export function deeplyPrefixedLine(body: string): number | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const prefix = /^[\s>]*/.exec(lines[i])![0];
    const columns = [...prefix].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
    if (columns > MAX_LINE_PREFIX || (prefix.match(/>/g)?.length ?? 0) > MAX_NESTING) return i + 1;
  }
  return undefined;
}
