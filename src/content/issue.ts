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

/** Formats issues as a report: one block per issue, file by file (in line order within a file). */
export function formatIssues(issues: ContentIssue[]): string {
  const files = new Set(issues.map((i) => i.file)).size;
  const lines = [`${issues.length} content problem${issues.length === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}; nothing was built. Fix each one below (file:line, entry, field, what is wrong):`];
  const sorted = [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  for (const issue of sorted) {
    const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
    lines.push('', `✖ ${where}`, `  entry: ${issue.entry}`, `  field: ${issue.field}`, `  ${issue.message.split('\n').join('\n  ')}`);
  }
  return lines.join('\n');
}
