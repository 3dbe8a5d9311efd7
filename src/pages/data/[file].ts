import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../model/load-catalog.ts';
import { exportJsonSchema, exportRecords, statementsCsv } from '../../publish/exports.ts';
import { exportSchemas, type ExportName } from '../../schemas/exports.ts';
import { absoluteUrl } from '../../urls/paths.ts';

type Props = { name: ExportName; format: 'json' | 'schema' | 'csv' };
const names = Object.keys(exportSchemas) as ExportName[];

/** `/data/<name>.json`, `/data/<name>.schema.json` for each export, and `/data/statements.csv`. */
export const getStaticPaths = (() => [
  ...names.flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, format: 'json' } satisfies Props },
    { params: { file: `${name}.schema.json` }, props: { name, format: 'schema' } satisfies Props },
  ]),
  { params: { file: 'statements.csv' }, props: { name: 'statements', format: 'csv' } satisfies Props },
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const abs = (path: string) => absoluteUrl(path);
  if (props.format === 'schema') return Response.json(exportJsonSchema(props.name, abs));
  const records = exportRecords(await getCatalog(), abs);
  if (props.format === 'csv') return new Response(statementsCsv(records.statements), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return Response.json(records[props.name]);
};
