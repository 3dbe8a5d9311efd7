/** Machine-readable exports of the content (JSON, CSV) and their JSON Schemas, generated from the same zod schemas. */
import { eventPath } from '../model/anchoring.ts';
import { z } from 'astro/zod';
import { exportSchemas, type ExportName } from '../schemas/exports.ts';
import type { Catalog } from '../model/catalog.ts';
import { anchors, paths, withFragment } from '../urls/paths.ts';
import { assertMatchesPublishedSchema } from './export-validation.ts';

/** The records of every JSON export, in reading order (statements) or by id; each is checked against its schema. */
export function exportRecords(catalog: Catalog, abs: (path: string) => string): { [K in ExportName]: z.infer<(typeof exportSchemas)[K]> } {
  const byId = <T,>(m: Map<string, { id: string; data: T }>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
  const records = {
    statements: catalog.statements.map((s) => ({
      id: s.id,
      ...s.data,
      speakerName: s.speaker.name,
      url: abs(paths.quote(s.id)),
      storyUrl: abs(withFragment(paths.story(s.article.id), anchors.statement(s.id))),
    })),
    people: byId(catalog.people).map((p) => ({ id: p.id, ...p.data, url: abs(paths.person(p.id)) })),
    outlets: byId(catalog.outlets).map((o) => ({ id: o.id, ...o.data, url: abs(paths.outlet(o.id)) })),
    events: catalog.timeline.map((e) => ({ id: e.id, ...e.data, url: abs(eventPath(catalog, e.id)) })),
  };
  // An export that does not match its published schema is a bug: fail the build rather than publish it.
  // Checked twice: by the zod schema (which knows the calendar) and by the JSON Schema a reader gets, as a reader's validator would.
  for (const name of Object.keys(exportSchemas) as ExportName[]) {
    exportSchemas[name].parse(records[name]);
    assertMatchesPublishedSchema(name, exportJsonSchema(name, abs) as Record<string, unknown> & { $id: string }, JSON.parse(JSON.stringify(records[name])));
  }
  return records;
}

/** The JSON Schema (draft 2020-12) of an export, with its own URL as `$id`. */
export function exportJsonSchema(name: ExportName, abs: (path: string) => string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportSchemas[name], { io: 'output', unrepresentable: 'any' }),
    $id: abs(paths.dataSchema(name)),
    title: `${name} export`,
  };
}

/** Columns of `statements.csv`, in order. */
export const STATEMENT_CSV_COLUMNS = ['id', 'article', 'speaker', 'speaker_name', 'kind', 'words', 'via', 'event', 'themes', 'aliases', 'url', 'story_url', 'note', 'language', 'translated'] as const;

/**
 * The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab
 * and carriage return at the start of a cell.
 */
export const CSV_FORMULA_START = /^[=+\-@\t\r]/;

/** What a cell that would start a formula is prefixed with, so spreadsheets show it as text (OWASP's advice). */
export const CSV_FORMULA_PREFIX = "'";

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quotation mark, CR or LF; inner quotation marks doubled.
 * A value that would start a spreadsheet formula is first prefixed with `'`; the JSON exports keep every value verbatim.
 */
export function csvField(value: string): string {
  const safe = CSV_FORMULA_START.test(value) ? CSV_FORMULA_PREFIX + value : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document per RFC 4180: a header row, CRLF line ends (the last line ends with CRLF too). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** `statements.csv`: one row per statement; lists (themes, aliases) are joined with `;`. */
export function statementsCsv(records: ReturnType<typeof exportRecords>['statements']): string {
  return toCsv(
    STATEMENT_CSV_COLUMNS,
    records.map((s) => [s.id, s.article, s.speaker, s.speakerName, s.kind, s.words, s.via ?? '', s.event ?? '', s.themes.join(';'), s.aliases.join(';'), s.url, s.storyUrl, s.note ?? '', s.language?.original ?? '', s.language ? String(s.language.translated) : '']),
  );
}
