/** Reader-facing words for the content's kinds: of statement and of speaker. */
import type { Person, StatementKind } from '../schemas/index.ts';

/** Reader-facing labels of statement kinds. */
export const KIND_LABELS: Record<StatementKind, { label: string; explain: string }> = {
  direct: { label: 'Direct quotation', explain: 'the speaker’s words, whole, as the article quotes them' },
  partial: { label: 'Partial quotation', explain: 'a quoted fragment inside reported speech' },
  paraphrase: { label: 'Paraphrase', explain: 'reported speech in the publisher’s words, not a quotation' },
  editorial: { label: 'Publisher’s judgment', explain: 'the publisher’s own view, in its own voice; not adopted by this site' },
};

/** Reader-facing labels of person kinds. */
export const PERSON_KIND_LABELS: Record<Person['kind'], string> = {
  leader: 'Leaders',
  analyst: 'Experts',
  official: 'Officials',
  public: 'Members of the public',
  group: 'Unnamed groups',
};
