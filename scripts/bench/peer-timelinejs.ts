/** The peer: a TimelineJS page (npm `@knight-lab/timelinejs`) showing the same events and the statements made at them. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/integrity/index.ts';
import { compareIsoDates } from '../../src/content/dates.ts';

const PACKAGE = join(import.meta.dirname, '../../node_modules/@knight-lab/timelinejs/dist');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TimelineJS's date object from an ISO date string of any precision. */
function tlDate(iso: string): Record<string, string> {
  const [year, month, day] = iso.split('-');
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** Writes `index.html` and TimelineJS's files into `dir`: one slide per event, with its place, date words and statements. */
export function buildTimelineJsPage(contentDir: string, dir: string, root: string): { events: number } {
  const { corpus, issues } = checkContent(contentDir, root);
  if (issues.length > 0) throw new Error(`the content does not pass the integrity check (${issues.length} issues)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['js/timeline.js', 'js/locale/en.json', 'css/timeline.css', 'css/fonts/font.default.css', 'css/icons']) cpSync(join(PACKAGE, part), join(dir, 'timeline', part), { recursive: true });

  const names = new Map([...corpus.people.map((p) => [p.id, p.data.name] as const), ...corpus.outlets.map((o) => [o.id, o.data.name] as const)]);
  const events = [...corpus.events].sort((a, b) => compareIsoDates(a.data.start.date, b.data.start.date) || (a.data.order ?? 0) - (b.data.order ?? 0));
  const data = {
    title: { text: { headline: escape(corpus.site?.data.name ?? 'Timeline'), text: escape(corpus.site?.data.tagline ?? '') } },
    events: events.map((e) => {
      const said = corpus.statements.filter((s) => s.data.event === e.id);
      const where = [e.data.place, e.data.origin === 'article' ? `Dated by the article’s words: ${e.data.datedBy.map((w) => `“${w}”`).join(', ')}` : 'Added context, not in the article'];
      const quotes = said.map((s) => `<li><strong>${escape(names.get(s.data.speaker) ?? s.data.speaker)}</strong>: ${s.data.kind === 'direct' || s.data.kind === 'partial' ? `“${escape(s.data.words)}”` : escape(s.data.words)}</li>`);
      return {
        unique_id: e.id,
        start_date: tlDate(e.data.start.date),
        ...(e.data.end ? { end_date: tlDate(e.data.end.date) } : {}),
        text: { headline: escape(e.data.title), text: `<p>${where.filter(Boolean).map((w) => escape(w!)).join('. ')}</p>${quotes.length ? `<ul>${quotes.join('')}</ul>` : ''}` },
      };
    }),
  };
  // The embed the TimelineJS documentation gives: its stylesheet and script in the head, a container, then `new TL.Timeline`.
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline (TimelineJS)</title>
<link rel="stylesheet" href="timeline/css/timeline.css">
<script id="timeline-script-tag" src="timeline/js/timeline.js"></script>
<style>html, body { height: 100%; margin: 0; } #timeline-embed { height: 100%; }</style>
</head>
<body>
<div id="timeline-embed"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(data).replace(/</g, '\\u003c')}, { language: 'en' });</script>
</body>
</html>
`,
  );
  return { events: events.length };
}
