import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../scripts/draft/quotations.ts';

/** The quotations of an article given as paragraphs, as [words, kind] pairs. */
const found = (...paragraphs: string[]) => findQuotations(paragraphs).map((q) => [q.words, q.kind]);

describe('npm run draft finds quotations with exactly the words between the marks', () => {
  it('reads straight and typographic double marks alike', () => {
    expect(found('The mayor said, "We will build the wall."')).toEqual([['We will build the wall.', 'direct']]);
    expect(found('The mayor said, \u201CWe will build the wall.\u201D')).toEqual([['We will build the wall.', 'direct']]);
  });

  it('leaves a trailing comma, semicolon or colon out; keeps a full stop only for a whole sentence; keeps ? and !', () => {
    expect(found('"We will build it," she said.')).toEqual([['We will build it', 'direct']]);
    expect(found('She called the plan "a costly mistake."')).toEqual([['a costly mistake', 'partial']]);
    expect(found('He asked, "Who will pay for it?"')).toEqual([['Who will pay for it?', 'direct']]);
    expect(found('She hoped ties would reach "new heights," he said.')).toEqual([['new heights', 'partial']]);
  });

  it('keeps a quotation nested in single marks inside the double-quoted one, unmarked', () => {
    const quotes = findQuotations(['"Relations go through cycles of \'improvement-regression,\' and that is hard," Da said.']);
    expect(quotes.map((q) => q.words)).toEqual(["Relations go through cycles of 'improvement-regression,' and that is hard"]);
  });

  it('reads single marks as a house style, with double marks nested inside', () => {
    expect(found("The minister said: 'We will not back down.' Critics called the plan 'stubborn'.")).toEqual([
      ['We will not back down.', 'direct'],
      ['stubborn', 'partial'],
    ]);
    expect(found("'They told us \"wait\", so we waited,' said a resident.")).toEqual([['They told us "wait", so we waited', 'direct']]);
  });

  it('makes no mark of apostrophes, primes or a mark inside a word', () => {
    expect(found("Don't read the leaders' meeting as a thaw: it's the '90s again, said a 5'10\" guard, and rock'n'roll.")).toEqual([]);
    expect(found('The wall is 12" thick and the O"Neil report says so.')).toEqual([]);
    expect(found("The leaders' meeting was 'cordial', the ministers' aides said.")).toEqual([['cordial', 'partial']]);
  });

  it('keeps editors\u2019 insertions in brackets', () => {
    expect(found('"[The council] will decide by May," she said.')).toEqual([['[The council] will decide by May', 'direct']]);
  });

  it('makes a quotation interrupted by narration two parts, the second continuing the first', () => {
    const quotes = findQuotations(['"We will build the wall," the mayor said, "and we will pay for it ourselves."']);
    expect(quotes.map((q) => [q.words, q.kind, q.continues])).toEqual([
      ['We will build the wall', 'direct', undefined],
      ['and we will pay for it ourselves.', 'direct', 0],
    ]);
  });

  it('follows a quotation over paragraphs: an opening mark with no closing one runs on', () => {
    const quotes = findQuotations(['Ms Rivera said: "The harbour has flooded twice this year.', '"We cannot wait for a third time," she added.']);
    expect(quotes.map((q) => [q.words, q.open, q.continues])).toEqual([
      ['The harbour has flooded twice this year.', true, undefined],
      ['We cannot wait for a third time', false, 0],
    ]);
  });

  it('takes a quoted name or label for a non-statement, and a proper noun at the start for a fragment', () => {
    expect(found('They confirmed mutual visits, known as "shuttle diplomacy."')).toEqual([['shuttle diplomacy', 'label']]);
    expect(found('Remains found at the "Chosei Coal Mine," an undersea mine, were analysed.')).toEqual([['Chosei Coal Mine', 'label']]);
    expect(found('Ties with China matter. Lee\'s choice of "China first, Japan second" is symbolic.')).toEqual([['China first, Japan second', 'partial']]);
    expect(found('She greeted him with a loud "Hello" and a bow.')).toEqual([['Hello', 'direct']]);
  });
});
