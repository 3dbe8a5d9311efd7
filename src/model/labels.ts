/** Reader-facing words for the content's kinds: of statement and of speaker. */
import type { Channel, Person, StatementKind } from '../schemas/index.ts';

/** Reader-facing labels of statement kinds. */
export const KIND_LABELS: Record<StatementKind, { label: string; explain: string }> = {
  direct: { label: 'Direct quotation', explain: 'the speaker’s words, whole, as the article quotes them' },
  partial: { label: 'Partial quotation', explain: 'a quoted fragment inside reported speech' },
  paraphrase: { label: 'Paraphrase', explain: 'reported speech in the publisher’s words, not a quotation' },
  editorial: { label: 'Publisher’s judgment', explain: 'the publisher’s own view, in its own voice; not adopted by this site' },
};

/** Reader-facing labels of person kinds, for a list heading (plural) and for one speaker. */
export const PERSON_KIND_LABELS: Record<Person['kind'], string> = {
  leader: 'Leaders',
  official: 'Officials',
  analyst: 'Experts',
  journalist: 'Journalists',
  activist: 'Activists',
  advocate: 'Advocates',
  organisation: 'Organisations',
  public: 'Members of the public',
  group: 'Unnamed groups',
};

/** One speaker's kind, in the singular ("Expert"). */
export const PERSON_KIND_LABEL: Record<Person['kind'], string> = {
  leader: 'Leader',
  official: 'Official',
  analyst: 'Expert',
  journalist: 'Journalist',
  activist: 'Activist',
  advocate: 'Advocate',
  organisation: 'Organisation',
  public: 'Member of the public',
  group: 'Unnamed group',
};

/** How a speaker published their own words, as a card says it ("Posted on Bluesky"); the channel's name follows where known. */
export const CHANNEL_LABELS: Record<Channel['medium'], { named: string; unnamed: string }> = {
  'social-post': { named: 'Posted on', unnamed: 'In a post on a social network' },
  'televised-statement': { named: 'In a televised statement on', unnamed: 'In a televised statement' },
  'press-release': { named: 'In a press release on', unnamed: 'In a press release' },
  website: { named: 'Published on', unnamed: 'Published on their website' },
  interview: { named: 'In an interview with', unnamed: 'In an interview' },
  other: { named: 'In', unnamed: 'Published by the speaker' },
};
