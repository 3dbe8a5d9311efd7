import { describe, expect, it } from 'vitest';
import { describeDifference, nearestPassage, wordChanges } from '../../src/integrity/index.ts';

describe('how a misquote is shown', () => {
  it('lists the changed runs of words', () => {
    expect(wordChanges('we can create a bright future', 'We can create a very bright')).toEqual([
      { removed: ['we'], added: ['We'] },
      { removed: [], added: ['very'] },
      { removed: ['future'], added: [] },
    ]);
    expect(wordChanges('same words', 'same words')).toEqual([]);
  });

  it('puts the caret under the first difference, both texts aligned', () => {
    const lines = describeDifference('hand in hand, we can', 'hand in hand, We can').split('\n');
    const column = lines[0].indexOf('we can');
    expect(lines[1].indexOf('We can')).toBe(column);
    expect(lines[2].indexOf('^')).toBe(column);
    expect(lines).toContain('  "we" in the article, "We" here');
  });

  it('finds the nearest passage despite case, punctuation and quotation marks', () => {
    const text = 'He added, "If we can move forward hand in hand, we can create a bright future," Nikkei reported.';
    expect(nearestPassage(text, 'If we can move forward hand in hand, We can create a bright future')).toBe('If we can move forward hand in hand, we can create a bright future');
    expect(nearestPassage(text, 'nothing alike here')).toBeUndefined();
  });
});
