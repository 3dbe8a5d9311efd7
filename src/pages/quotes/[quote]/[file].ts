import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../model/load-catalog.ts';
import type { StatementView } from '../../../model/catalog.ts';
import { CITATION_CONTENT_TYPES, citationFile, statementCsl } from '../../../publish/citation-files.ts';
import { CITATION_FORMATS, absoluteUrl, type CitationFormat } from '../../../urls/paths.ts';

type Props = { statement: StatementView; format: CitationFormat };

/** `/quotes/<id>/citation.{csl.json,ris,bib}`: a statement's citation files, citing its permalink in the story. */
export const getStaticPaths = (async () =>
  (await getCatalog()).statements.flatMap((statement) =>
    CITATION_FORMATS.map((format) => ({ params: { quote: statement.id, file: `citation.${format}` }, props: { statement, format } satisfies Props })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationFile(statementCsl(props.statement, absoluteUrl(props.statement.storyPath)), props.format), {
    headers: { 'Content-Type': CITATION_CONTENT_TYPES[props.format] },
  });
