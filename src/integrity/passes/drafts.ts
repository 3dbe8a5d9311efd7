// The pass on drafts: nothing half-done publishes. Each TODO and each unreviewed guess that `npm run draft` wrote is a problem until resolved.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import type { CheckContext } from '../context.ts';

/** Every TODO marker and every `# REVIEW` comment left in a YAML file or frontmatter, by file and line. */
export function draftsAreFinished({ corpus }: CheckContext): ContentIssue[] {
  return corpus.draftMarkers.map((m) => {
    const place = { file: m.file, entry: m.entry, field: m.field, line: m.line };
    return m.marker === 'TODO' ? problem('draft-todo', place, m.field, m.note) : problem('draft-unreviewed', place, m.field, m.note);
  });
}
