/** Statements by theme, and the theme-by-speaker matrix: who spoke about what. */
import type { Theme } from '../schemas/index.ts';
import { statementsBySpeakerOrder, type Catalog, type Speaker, type StatementView } from './catalog.ts';

/** Statements tagged with a theme, grouped by speaker in listing order. */
export function statementsByTheme(catalog: Catalog, themeId: string): StatementView[] {
  return statementsBySpeakerOrder(catalog).filter((s) => s.data.themes.includes(themeId));
}

/** The matrix: one row per speaker who has any themed statement, one column per theme, each cell a count. */
export interface ThemeMatrix {
  themes: Theme[];
  rows: { speaker: Speaker; counts: number[]; total: number }[];
}

/** Counts each speaker's statements per theme (a statement with two themes counts in both columns). */
export function themeMatrix(catalog: Catalog): ThemeMatrix {
  const themes = catalog.site.themes;
  const rows: ThemeMatrix['rows'] = [];
  for (const s of statementsBySpeakerOrder(catalog)) {
    if (s.data.themes.length === 0) continue;
    let row = rows.find((r) => r.speaker.id === s.speaker.id);
    if (!row) rows.push((row = { speaker: s.speaker, counts: themes.map(() => 0), total: 0 }));
    for (const t of s.data.themes) {
      const i = themes.findIndex((x) => x.id === t);
      if (i >= 0) row.counts[i]++;
    }
    row.total++;
  }
  return { themes, rows };
}
