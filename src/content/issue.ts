/** One problem in the content, located precisely enough for an editor to fix it without searching. */
import type { ProblemCode } from './problems.ts';

/** A problem as reported: made by `problem()` from the catalogue in problems.ts, never written by hand. */
export interface ContentIssue {
  /** The kind of problem: a stable code from the catalogue (src/content/problems.ts). */
  code: ProblemCode;
  /** File path relative to the project root. */
  file: string;
  /** Entry id (the file name without extension). */
  entry: string;
  /** Field path, e.g. `speaker` or `published.precision`; `body` for the MDX body. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it, where the catalogue says. */
  hint?: string;
  /** Line in the file, where known. */
  line?: number;
}

/** Formats issues as a report: one block per issue, file by file (in line order within a file), each with its code. */
export function formatIssues(issues: ContentIssue[]): string {
  const files = new Set(issues.map((i) => i.file)).size;
  const lines = [`${issues.length} content problem${issues.length === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}; nothing was built. Fix each one below (file:line [code], entry, field, what is wrong and what to do):`];
  const sorted = [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const indent = (text: string) => text.split('\n').join('\n  ');
  for (const issue of sorted) {
    const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
    lines.push('', `✖ ${where} [${issue.code}]`, `  entry: ${issue.entry}`, `  field: ${issue.field}`, `  ${indent(issue.message)}`);
    if (issue.hint) lines.push(`  hint: ${indent(issue.hint)}`);
  }
  return lines.join('\n');
}
