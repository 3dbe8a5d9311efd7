import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../model/load-catalog.ts';
import { cacheKeyOf } from '../../../routing/cache-key.ts';
import { CITATION_CONTENT_TYPES, citationFile, statementCsl } from '../../../publish/citation-files.ts';
import { CITATION_FORMATS, absoluteUrl, type CitationFormat } from '../../../urls/paths.ts';

type Props = { csl: ReturnType<typeof statementCsl>; format: CitationFormat };

/** `/quotes/<id>/citation.{csl.json,ris,bib}`: a statement's citation files, citing its permalink in the story; keyed by the citation they write. */
export const getStaticPaths = (async () =>
  (await getCatalog()).statements.flatMap((statement) => {
    const csl = statementCsl(statement, absoluteUrl(statement.storyPath));
    return CITATION_FORMATS.map((format) => ({ params: { quote: statement.id, file: `citation.${format}` }, props: { csl, format } satisfies Props, cacheKey: cacheKeyOf(csl, format) }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => new Response(citationFile(props.csl, props.format), { headers: { 'Content-Type': CITATION_CONTENT_TYPES[props.format] } });
