/** Share images (1200x630 PNG) made at build time from text alone: satori lays out, resvg rasterises, a content-hash cache skips repeats. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Catalog, StatementView } from '../model/catalog.ts';
import { truncate } from '../content/text.ts';
import { formatIsoRange } from '../content/dates.ts';
import { publishedText } from '../model/stories.ts';

/** The size social apps expect for a large preview. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What a share image says: a kicker, the main text, who said it, and the site's name. */
export interface ShareCard {
  /** Small line above the text, e.g. "Direct quotation" or "The publisher's paraphrase". */
  kicker: string;
  /** The words; quotation marks are part of the text when it is a quotation. */
  text: string;
  /** Who said it (or the publisher, for an article). */
  byline?: string;
  /** When: the occasion and its date, or, where the article names none, the article's publication date. */
  dateline?: string;
  /** Footer: the site's name. */
  footer: string;
  /** What must travel with the words: the language they were translated from, and the site's note. */
  aside?: string;
}

/** Longest text shown whole; longer text is cut at a word and ends with an ellipsis. */
export const MAX_CARD_TEXT = 400;


/** The card of a statement: a quotation in quotation marks; a paraphrase or a judgment labelled as the publisher's words, never quoted. */
export function statementCard(catalog: Catalog, s: StatementView): ShareCard {
  const publisher = s.article.publisherLabel;
  const quoted = s.quotation;
  const words = truncate(s.data.words, MAX_CARD_TEXT - 2);
  const role = s.speaker.line;
  return {
    kicker: quoted
      ? s.kindLabel
      : s.data.kind === 'editorial'
        ? `The publisher’s own words`
        : `The publisher’s paraphrase, not a quotation`,
    text: quoted ? `“${words}”` : words,
    byline: s.data.kind === 'editorial' ? publisher : `${s.speaker.name}${role ? `, ${role}` : ''}`,
    dateline: statementDateline(s),
    footer: catalog.site.name,
    ...(s.language || s.data.note ? { aside: truncate([s.language?.note, s.data.note && `Note: ${s.data.note}`].filter(Boolean).join('. '), 320) } : {}),
  };
}

/** When a statement was said: its occasion and date, else the day its article was published (words a reader can check). */
export function statementDateline(s: StatementView): string {
  if (s.event) return `${s.event.data.title}, ${formatIsoRange(s.event.data.start, s.event.data.end)}`;
  const published = publishedText(s.article.data.published);
  return `Reported in an article published ${published.charAt(0).toLowerCase()}${published.slice(1)}`;
}

/** The card of an article: its headline and publisher. */
export function articleCard(catalog: Catalog, articleId: string): ShareCard {
  const a = catalog.articles.get(articleId);
  if (!a) throw new Error(`unknown article "${articleId}"`);
  return { kicker: a.data.headlineBy === 'site' ? 'Headline by this site' : 'Headline', text: truncate(a.data.headline, MAX_CARD_TEXT), byline: `Article by ${a.publisherLabel}`, footer: catalog.site.name };
}

/** The site's own card, used by pages without one of their own. */
function siteCard(catalog: Catalog): ShareCard {
  return { kicker: catalog.site.name, text: truncate(catalog.site.tagline, MAX_CARD_TEXT), footer: catalog.site.name };
}

/** Alt text of a card: everything the image says, in reading order. */
export function cardAlt(card: ShareCard): string {
  return [card.kicker, card.text, card.byline, card.dateline, card.aside, card.footer].filter(Boolean).join('. ').replace(/\.\./g, '.');
}

/** Every share image of the site by name (`site`, `article-<id>`, `statement-<id>`; see `paths.shareImage`). */
export function shareCards(catalog: Catalog): Map<string, ShareCard> {
  const cards = new Map<string, ShareCard>([['site', siteCard(catalog)]]);
  for (const id of catalog.articles.keys()) cards.set(`article-${id}`, articleCard(catalog, id));
  for (const s of catalog.statements) cards.set(`statement-${s.id}`, statementCard(catalog, s));
  return cards;
}

/** Font size that lets the text fit the card. */
function textSize(text: string): number {
  return text.length <= 60 ? 68 : text.length <= 120 ? 54 : text.length <= 200 ? 44 : text.length <= 300 ? 36 : 31;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as the element tree satori lays out (no JSX, no React); widths are explicit so text wraps. */
function cardTree(card: ShareCard): Node {
  const inner = SHARE_IMAGE.width - 24 - 2 * 72;
  return el('div', { width: '100%', height: '100%', display: 'flex', background: '#fdfcf9', color: '#1d1d1b', fontFamily: 'Noto Sans', borderLeft: '24px solid #0b5c8a' }, [
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '52px 72px 44px' }, [
      el('div', { display: 'flex', width: inner, fontSize: 28, fontWeight: 700, color: '#0b5c8a', textTransform: 'uppercase', letterSpacing: 1 }, card.kicker),
      el('div', { display: 'flex', flexGrow: 1, alignItems: 'center', width: inner }, [el('div', { display: 'flex', width: inner, fontSize: textSize(card.text), lineHeight: 1.3 }, card.text)]),
      el('div', { display: 'flex', width: inner, fontSize: 30, fontWeight: 700 }, card.byline ?? ''),
      ...(card.dateline ? [el('div', { display: 'flex', width: inner, marginTop: 4, fontSize: 24, color: '#3d3d42' }, card.dateline)] : []),
      ...(card.aside ? [el('div', { display: 'flex', width: inner, marginTop: 8, fontSize: 22, color: '#3d3d42' }, card.aside)] : []),
      el('div', { display: 'flex', width: inner, marginTop: 12, fontSize: 24, color: '#55555c' }, card.footer),
    ]),
  ]);
}

const FONT_FILES = [
  { file: 'noto-sans-latin-400-normal.woff', weight: 400 },
  { file: 'noto-sans-latin-ext-400-normal.woff', weight: 400 },
  { file: 'noto-sans-latin-700-normal.woff', weight: 700 },
  { file: 'noto-sans-latin-ext-700-normal.woff', weight: 700 },
] as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  // Resolved from the project, not from this module: the build bundles this file elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= FONT_FILES.map(({ file, weight }) => ({ name: 'Noto Sans', data: readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)), weight, style: 'normal' as const }));
  return fonts;
}

/** Bump to invalidate every cached image when the layout changes. */
const LAYOUT_VERSION = 5;

/** Whether the build draws share images: on unless `SHARE_IMAGES=off` (benchmarks of build scaling measure images apart). */
export function shareImagesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.SHARE_IMAGES !== 'off';
}

/** The cache folder: outside `dist/`, kept between builds (`SHARE_IMAGE_CACHE` overrides it). */
export function shareImageCacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.SHARE_IMAGE_CACHE || join(process.cwd(), 'node_modules/.cache/share-images'));
}

/** The cache key of a card: its content, the layout version and the fonts. */
export function cardHash(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify({ card, LAYOUT_VERSION, fonts: FONT_FILES })).digest('hex').slice(0, 32);
}

/** Renders a card to PNG bytes, from the cache when the same card was rendered before. */
export async function renderShareImage(card: ShareCard, cacheDir = shareImageCacheDir()): Promise<Buffer> {
  const cached = join(cacheDir, `${cardHash(card)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(cardTree(card) as never, { ...SHARE_IMAGE, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name, then renamed: concurrent builds never read half a file.
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, cached);
  return png;
}
