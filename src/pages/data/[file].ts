import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../model/load-catalog.ts';
import { exportJsonSchema, exportRecords, statementsCsv } from '../../publish/exports.ts';
import { cacheKeyOf } from '../../routing/cache-key.ts';
import { exportSchemas, type ExportName } from '../../schemas/exports.ts';
import { absoluteUrl } from '../../urls/paths.ts';

type Props = { name: ExportName; format: 'json' | 'schema' | 'csv'; records: ReturnType<typeof exportRecords> };
const names = Object.keys(exportSchemas) as ExportName[];
const abs = (path: string) => absoluteUrl(path);

/** `/data/<name>.json`, `/data/<name>.schema.json` for each export, and `/data/statements.csv`; each keyed by the records it holds (a schema by none). */
export const getStaticPaths = (async () => {
  // The records are made once here and shared by the files, which are keyed by the part each writes.
  const records = exportRecords(await getCatalog(), abs);
  const file = (name: ExportName, format: Props['format']) => ({ props: { name, format, records } satisfies Props, cacheKey: cacheKeyOf(format, format === 'schema' ? name : records[name]) });
  return [
    ...names.flatMap((name) => [
      { params: { file: `${name}.json` }, ...file(name, 'json') },
      { params: { file: `${name}.schema.json` }, ...file(name, 'schema') },
    ]),
    { params: { file: 'statements.csv' }, ...file('statements', 'csv') },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  if (props.format === 'schema') return Response.json(exportJsonSchema(props.name, abs));
  if (props.format === 'csv') return new Response(statementsCsv(props.records.statements), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return Response.json(props.records[props.name]);
};
