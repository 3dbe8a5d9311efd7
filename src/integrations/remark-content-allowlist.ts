import { basename, dirname } from 'node:path';
import type { Root } from 'mdast';
import { allowlistProblems, type BodyKind } from '../content/body/allowlist.ts';
import { MAX_NESTING, treeDepth } from '../content/guards/limits.ts';

/** Which allowlist an MDX file answers to, from its folder: `articles/` or `views/` of a content folder. */
export function bodyKindOf(path: string): BodyKind | undefined {
  if (!path.endsWith('.mdx')) return undefined;
  const folder = basename(dirname(path));
  return folder === 'articles' ? 'article' : folder === 'views' ? 'view' : undefined;
}

/**
 * Remark plugin that runs first inside the MDX pipeline: an article or view body holding anything outside its allowlist
 * (an expression, an attribute of another form, an import, a link or image where none may be) stops the build here,
 * before the MDX compiler turns it into code. The content check refuses the same nodes earlier, with every line; this is
 * the build's own guard, for when the check did not run.
 */
export function remarkContentAllowlist() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const kind = bodyKindOf(path);
    if (!kind) return;
    // A tree deeper than any content needs is refused before anything walks it (deep nesting overflowed the stack).
    const problems = treeDepth(tree) > MAX_NESTING ? [{ line: 1, message: `markup nested more than ${MAX_NESTING} deep` }] : allowlistProblems(tree, kind);
    if (problems.length === 0) return;
    const list = problems.map((p) => `  line ${p.line} of the body: ${p.message}`).join('\n');
    const error = new Error(`${path}: this ${kind} holds what content may never hold, so it was not compiled:\n${list}`);
    error.name = 'ContentAllowlistError';
    throw error;
  };
}
