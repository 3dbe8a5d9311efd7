import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../scripts/draft/quotations.ts';
import { guessSpeakers } from '../../scripts/draft/speakers.ts';

const people = [
  { id: 'ana-ferris', name: 'Ana Ferris', kind: 'leader' },
  { id: 'tom-reyes', name: 'Tom Reyes', kind: 'official' },
  { id: 'harbour-residents', name: 'Unnamed harbour residents', kind: 'group' },
];
const outlets = [{ id: 'river-radio', name: 'River Radio' }, { id: 'example-gazette', name: 'Example Gazette' }];

/** Speaker and via guessed for each quotation of an article given as paragraphs. */
function guess(...paragraphs: string[]) {
  return guessSpeakers(paragraphs, findQuotations(paragraphs), people, outlets).map((g) => ({ speaker: g.speaker, via: g.via }));
}

describe('npm run draft guesses who said each quotation', () => {
  it('matches people by full name, or by one of their names', () => {
    expect(guess('"We will rebuild the wall," Ana Ferris said.')[0].speaker).toEqual({ id: 'ana-ferris' });
    expect(guess('"We will rebuild the wall," Ms Ferris said.')[0].speaker).toEqual({ id: 'ana-ferris' });
    expect(guess('Reyes, a councillor since 2019, told reporters: "The vote is close."')[0].speaker).toEqual({ id: 'tom-reyes' });
  });

  it('takes the one who speaks, not the one spoken of, nor one named in a possessive', () => {
    expect(guess('Tom Reyes said Ana Ferris had promised "a new wall by spring".')[0].speaker).toEqual({ id: 'tom-reyes' });
    expect(guess('In contrast, Ferris\'s plan is "a counsel of despair," Reyes said.')[0].speaker).toEqual({ id: 'tom-reyes' });
  });

  it('names a speaker the folder does not have by the name the article gives', () => {
    expect(guess('"The water came in at night," said Marta Quill, a fisher.')[0].speaker).toEqual({ name: 'Marta Quill' });
  });

  it('keeps particles in a new name and leaves titles out of it', () => {
    expect(guess('European Commission President Ursula von der Leyen said the bloc would "stand firm".')[0].speaker).toEqual({ name: 'Ursula von der Leyen' });
    expect(guess('Prime Minister Jan de Vries said it was "a long night".')[0].speaker).toEqual({ name: 'Jan de Vries' });
    expect(guess('"We have a duty to act," she told reporters, after Foreign Minister Ada Lind said "no".').map((g) => g.speaker)[1]).toEqual({ name: 'Ada Lind' });
  });

  it('matches a group by words of its name', () => {
    expect(guess('Harbour residents said the plan was "too little, too late".')[0].speaker).toEqual({ id: 'harbour-residents' });
  });

  it('reads a pronoun as the person named before it, in the paragraph or the one before', () => {
    expect(guess('Ana Ferris spoke first.', '"We will rebuild," she said.')[0].speaker).toEqual({ id: 'ana-ferris' });
    expect(guess('"We will rebuild," Ferris said.', 'She added, "And we will pay for it."')[1].speaker).toEqual({ id: 'ana-ferris' });
  });

  it('guesses the outlet that reported the words from "according to", "<outlet> reported" and "told"', () => {
    expect(guess('According to River Radio, Ferris called the vote "a turning point".')[0].via).toEqual({ id: 'river-radio' });
    expect(guess('"We will rebuild," Ferris said, the Example Gazette reported.')[0].via).toEqual({ id: 'example-gazette' });
    expect(guess('Reyes told River Radio the plan was "unaffordable".')[0].via).toEqual({ id: 'river-radio' });
    expect(guess('"We will rebuild," Ferris said.')[0].via).toBeUndefined();
  });
});
