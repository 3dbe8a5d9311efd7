import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../model/load-catalog.ts';
import { cacheKeyOf } from '../../../routing/cache-key.ts';
import { CITATION_CONTENT_TYPES, citationFile, storyCsl } from '../../../publish/citation-files.ts';
import { CITATION_FORMATS, absoluteUrl, paths, type CitationFormat } from '../../../urls/paths.ts';

type Props = { csl: ReturnType<typeof storyCsl>; format: CitationFormat };

/** `/stories/<id>/citation.{csl.json,ris,bib}`: a story's citation files; keyed by the citation they write. */
export const getStaticPaths = (async () =>
  [...(await getCatalog()).articles.values()].flatMap((article) => {
    const csl = storyCsl(article, absoluteUrl(paths.story(article.id)));
    return CITATION_FORMATS.map((format) => ({ params: { article: article.id, file: `citation.${format}` }, props: { csl, format } satisfies Props, cacheKey: cacheKeyOf(csl, format) }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => new Response(citationFile(props.csl, props.format), { headers: { 'Content-Type': CITATION_CONTENT_TYPES[props.format] } });
