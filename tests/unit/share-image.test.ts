import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { truncate } from '../../src/content/text.ts';
import { formatIsoDate, formatIsoRange } from '../../src/content/dates.ts';
import { cardAlt, cardHash, renderShareImage, shareCards, statementCard, MAX_CARD_TEXT, SHARE_IMAGE } from '../../src/publish/share-image.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

const catalog = siteCatalog(SITES.root);
const cache = mkdtempSync(join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share images', () => {
  it('quote a quotation, and label a paraphrase as the publisher\'s words without quotation marks', () => {
    for (const s of catalog.statements) {
      const card = statementCard(catalog, s);
      if (s.data.kind === 'direct' || s.data.kind === 'partial') {
        expect(card.text.startsWith('“') && card.text.endsWith('”'), s.id).toBe(true);
        expect(card.byline!.startsWith(s.speaker.name), s.id).toBe(true);
      } else {
        expect(card.text, s.id).not.toMatch(/^[“"]/);
        expect(card.kicker, s.id).toMatch(/paraphrase, not a quotation|own words/);
      }
      expect(card.text.replace(/^“|”$/g, '').replace(/…$/, ''), s.id).toSatisfy((t: string) => s.data.words.startsWith(t));
    }
  });

  it('dates each statement: its occasion and the occasion\'s date, else its article\'s publication date', () => {
    for (const s of catalog.statements) {
      const card = statementCard(catalog, s);
      const when = s.event ? formatIsoRange(s.event.data.start, s.event.data.end) : formatIsoDate(s.article.data.published.date, s.article.data.published.precision);
      expect(card.dateline, s.id).toContain(when);
      expect(cardAlt(card), s.id).toContain(card.dateline);
    }
  });

  it('shortens only text too long for the card, at a word, with an ellipsis', () => {
    expect(truncate('short', MAX_CARD_TEXT)).toBe('short');
    const long = 'word '.repeat(200).trim();
    const short = truncate(long, MAX_CARD_TEXT);
    expect(short.length).toBeLessThanOrEqual(MAX_CARD_TEXT);
    expect(short).toMatch(/word…$/);
  });

  it('has a card for the site, each article and each statement, each with alt text', () => {
    const cards = shareCards(catalog);
    expect(cards.size).toBe(1 + catalog.articles.size + catalog.statements.length);
    for (const card of cards.values()) expect(cardAlt(card)).toContain(card.text);
  });

  it('renders a 1200x630 PNG, and serves the same card from the cache next time', async () => {
    const card = statementCard(catalog, catalog.statements[0]);
    const png = await renderShareImage(card, cache);
    expect(pngSize(png)).toEqual({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
    expect(readdirSync(cache)).toEqual([`${cardHash(card)}.png`]);
    // A planted file under the card's hash is what comes back: the second call does not render again.
    writeFileSync(join(cache, `${cardHash(card)}.png`), Buffer.from('cached'));
    expect((await renderShareImage(card, cache)).toString()).toBe('cached');
    expect(cardHash({ ...card, text: `${card.text} ` })).not.toBe(cardHash(card));
    expect(readFileSync(join(cache, `${cardHash(card)}.png`)).toString()).toBe('cached');
  });
});
