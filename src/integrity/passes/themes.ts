// The pass on themes: site.yaml declares each theme once, and statements name only declared themes.
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import { at, type CheckContext } from '../context.ts';

/** Each theme is declared once in site.yaml, and every theme a statement names is one of them (without site.yaml, nothing to check against). */
export function themesAreDeclared({ corpus, themeIds }: CheckContext): ContentIssue[] {
  const site = corpus.site;
  if (!site) return [];
  const problems: ContentIssue[] = [];
  const seen = new Set<string>();
  site.data.themes.forEach((t, i) => {
    if (seen.has(t.id)) problems.push(problem('theme-declared-twice', at(site, `themes.${i}.id`), t.id));
    seen.add(t.id);
  });
  for (const s of corpus.statements) {
    s.data.themes.forEach((t, i) => {
      if (!themeIds.has(t)) problems.push(problem('unknown-theme', at(s, `themes.${i}`), t, [...themeIds]));
    });
  }
  return problems;
}
