import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../model/load-catalog.ts';
import type { ArticleView } from '../../../model/catalog.ts';
import { CITATION_CONTENT_TYPES, citationFile, storyCsl } from '../../../publish/citation-files.ts';
import { CITATION_FORMATS, absoluteUrl, paths, type CitationFormat } from '../../../urls/paths.ts';

type Props = { article: ArticleView; format: CitationFormat };

/** `/stories/<id>/citation.{csl.json,ris,bib}`: a story's citation files. */
export const getStaticPaths = (async () =>
  [...(await getCatalog()).articles.values()].flatMap((article) =>
    CITATION_FORMATS.map((format) => ({ params: { article: article.id, file: `citation.${format}` }, props: { article, format } satisfies Props })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationFile(storyCsl(props.article, absoluteUrl(paths.story(props.article.id))), props.format), {
    headers: { 'Content-Type': CITATION_CONTENT_TYPES[props.format] },
  });
