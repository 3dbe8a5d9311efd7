/** One problem in the content, located precisely enough for an editor to fix it without searching. */
export interface ContentIssue {
  /** File path relative to the project root. */
  file: string;
  /** Entry id (the file name without extension). */
  entry: string;
  /** Field path, e.g. `speaker` or `published.precision`; `body` for the MDX body. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /** Line in the file, where known. */
  line?: number;
}

/** Formats issues as a report: one block per issue, grouped by file. */
export function formatIssues(issues: ContentIssue[]): string {
  const lines = [`${issues.length} content problem${issues.length === 1 ? '' : 's'} found; nothing was built:`];
  for (const issue of issues) {
    const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
    lines.push('', `✖ ${where}`, `  entry: ${issue.entry}`, `  field: ${issue.field}`, `  ${issue.message.split('\n').join('\n  ')}`);
  }
  return lines.join('\n');
}
