/** The markers `npm run draft` leaves in the files it writes, found as the files are read, so the check reports each until an editor resolves it. */

/** One marker: `TODO` where the draft needs the editor to supply something, `REVIEW` beside a value the draft guessed. */
export interface DraftMarker {
  file: string;
  entry: string;
  /** Line in the file. */
  line: number;
  marker: 'TODO' | 'REVIEW';
  /** The field the marker stands on (`published.date`, `speaker`, `nonStatements.reason`). */
  field: string;
  /** What the draft said about it: the rest of the line after the marker, or the line itself. */
  note: string;
}

const MARKER = /\b(TODO|REVIEW)\b:?\s*(.*)$/;

/** Finds the markers in YAML text (a YAML file, or an MDX file's frontmatter starting on `firstLine`). */
export function findDraftMarkers(text: string, file: string, entry: string, firstLine = 1): DraftMarker[] {
  const found: DraftMarker[] = [];
  const keys: { indent: number; key: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const key = /^(\s*)(?:-\s+)?([\w-]+):/.exec(line);
    if (key) {
      const indent = key[1].length + (line.trimStart().startsWith('-') ? 2 : 0);
      while (keys.length && keys[keys.length - 1].indent >= indent) keys.pop();
      keys.push({ indent, key: key[2] });
    }
    const m = MARKER.exec(line);
    if (!m || (m[1] === 'REVIEW' && !/#\s*REVIEW\b/.test(line))) return;
    // `date: "TODO"  # YYYY-MM-DD` gives "YYYY-MM-DD"; `headline: "TODO: the site's headline"` gives "the site's headline".
    const note = m[2].replace(/^["']?(?=\s|$)/, '').replace(/^\s*#\s*/, '').replace(/"$/, '').trim();
    found.push({ file, entry, line: firstLine + i, marker: m[1] as DraftMarker['marker'], field: keys.map((k) => k.key).join('.') || '(file)', note });
  });
  return found;
}
