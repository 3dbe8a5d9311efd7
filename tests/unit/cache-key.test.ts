import { describe, expect, it } from 'vitest';
import { cacheKeyOf, digestOf } from '../../src/routing/cache-key.ts';

// The incremental build re-renders a page when its key changes: a key that misses a change ships a stale page, one that
// changes with nothing re-renders for nothing. tests/build/incremental.test.ts proves it on built sites.
describe('cacheKeyOf', () => {
  const statement = () => ({ id: 's1', data: { words: 'The river ran blue', themes: ['water'] }, speaker: { id: 'p', name: 'Tomas Erlund' } });

  it('is the same for equal data, however often it is made', () => {
    expect(cacheKeyOf(statement(), 'csl.json')).toBe(cacheKeyOf(statement(), 'csl.json'));
  });

  it('changes with any value the data holds, however deep', () => {
    const base = cacheKeyOf(statement());
    const words = statement();
    words.data.words = 'The river ran green';
    const name = statement();
    name.speaker.name = 'Tomas K. Erlund';
    const theme = statement();
    theme.data.themes.push('health');
    expect(new Set([base, cacheKeyOf(words), cacheKeyOf(name), cacheKeyOf(theme)]).size).toBe(4);
  });

  it('tells apart values JSON would confuse: a string from a number, an absent field from null, maps and sets by content', () => {
    expect(cacheKeyOf({ n: 1 })).not.toBe(cacheKeyOf({ n: '1' }));
    expect(cacheKeyOf({ a: null })).not.toBe(cacheKeyOf({}));
    expect(cacheKeyOf(new Map([['a', 1]]))).not.toBe(cacheKeyOf(new Map([['a', 2]])));
    expect(cacheKeyOf(new Set(['a']))).not.toBe(cacheKeyOf(new Set(['b'])));
  });

  it('digests a quotation whose parts list it, and sees a change in any part from every part', () => {
    const parts = (words: string, opening = 'We will not') => {
      const first: Record<string, unknown> = { id: 'a', words: opening, parts: [] };
      const second: Record<string, unknown> = { id: 'b', words, parts: [] };
      first.parts = second.parts = [first, second];
      return { first, second };
    };
    const before = parts('stop until it is gone');
    const after = parts('stop until it is all gone');
    // Digest the first part before the second, as a page listing both would, then the second alone, as its own page does.
    expect(digestOf(before.first)).not.toBe(digestOf(after.first));
    expect(digestOf(before.second)).not.toBe(digestOf(after.second));
    expect(digestOf(parts('stop until it is gone').second)).toBe(digestOf(before.second));
    // The second part digested inside the first's walk must not be remembered without the first's words.
    const changedOpening = parts('stop until it is gone', 'We shall not');
    digestOf(changedOpening.first);
    expect(digestOf(changedOpening.second)).not.toBe(digestOf(before.second));
  });
});
