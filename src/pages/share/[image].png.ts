import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../model/load-catalog.ts';
import { cacheKeyOf } from '../../routing/cache-key.ts';
import { renderShareImage, shareCards, shareImagesEnabled, type ShareCard } from '../../publish/share-image.ts';

/** One 1200x630 PNG per statement, per article, and one for the site (see `paths.shareImage`). */
export const getStaticPaths = (async () => {
  if (!shareImagesEnabled()) return [];
  const cards = shareCards(await getCatalog());
  return [...cards].map(([image, card]) => ({ params: { image }, props: { card }, cacheKey: cacheKeyOf(card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
