// The pass on references: every id a field names is the id of an entry, in the collection the field names.
import { COLLECTIONS } from '../../content/collections.ts';
import type { ContentIssue } from '../../content/issue.ts';
import { problem } from '../../content/problems.ts';
import type { Corpus, Entry } from '../../content/read.ts';
import { at, type CheckContext } from '../context.ts';

type CollectionName = keyof Corpus['fileIds'];

/** The files an id would have in these collections, for the message: `people/x.yaml or outlets/x.yaml`. */
function filesFor(id: string, collections: CollectionName[]): string {
  return collections.map((name) => `${name}/${id}.${COLLECTIONS.find((c) => c.name === name)!.format}`).join(' or ');
}

/** Every reference of the corpus to another entry, checked against the files found (valid or not, so one bad file does not cascade). */
export function referencesExist({ corpus }: CheckContext): ContentIssue[] {
  const ref = (entry: Entry<unknown>, field: string, id: string | null | undefined, collections: CollectionName[], what: string): ContentIssue[] =>
    id === null || id === undefined || collections.some((c) => corpus.fileIds[c].has(id)) ? [] : [problem('unknown-reference', at(entry, field), what, id, filesFor(id, collections))];
  const site = corpus.site;
  return [
    ...(site ? [...ref(site, 'leadEvent', site.data.leadEvent, ['events'], 'event'), ...ref(site, 'leadArticle', site.data.leadArticle, ['articles'], 'article')] : []),
    ...corpus.events.flatMap((e) => [
      ...ref(e, 'partOf', e.data.partOf, ['events'], 'event'),
      ...(e.data.origin === 'article'
        ? [
            ...ref(e, 'article', e.data.article, ['articles'], 'article'),
            ...(e.data.principals ?? []).flatMap((id, i) => ref(e, `principals.${i}`, id, ['people'], 'person')),
            ...e.data.framedBy.flatMap((id, i) => ref(e, `framedBy.${i}`, id, ['statements'], 'statement')),
            ...e.data.outcomes.flatMap((o, i) => (typeof o === 'string' ? [] : ref(e, `outcomes.${i}.via`, o.via, ['outlets'], 'outlet'))),
          ]
        : []),
    ]),
    ...corpus.articles.flatMap((a) => [...ref(a, 'publisher', a.data.publisher, ['outlets'], 'outlet'), ...ref(a, 'event', a.data.event, ['events'], 'event')]),
    ...corpus.statements.flatMap((s) => [
      ...ref(s, 'article', s.data.article, ['articles'], 'article'),
      ...ref(s, 'speaker', s.data.speaker, ['people', 'outlets'], 'speaker (person or outlet)'),
      ...ref(s, 'via', s.data.via, ['outlets'], 'outlet'),
      ...ref(s, 'event', s.data.event, ['events'], 'event'),
      ...ref(s, 'continues', s.data.continues, ['statements'], 'statement'),
    ]),
    // The lead story is the home page: it cannot be withdrawn.
    ...(site && corpus.articles.some((a) => a.id === site.data.leadArticle && a.data.withdrawn) ? [problem('lead-withdrawn', at(site, 'leadArticle'), site.data.leadArticle)] : []),
    // A principal is set side by side with the others: they must say something in the event's article.
    ...corpus.events.flatMap((e) => {
      const d = e.data;
      if (d.origin !== 'article') return [];
      const silent = (d.principals ?? []).map((id, i) => ({ id, i })).filter(({ id }) => corpus.fileIds.people.has(id) && !corpus.statements.some((s) => s.data.speaker === id && s.data.article === d.article));
      return silent.map(({ id, i }) => problem('principal-not-speaker', at(e, `principals.${i}`), id, d.article));
    }),
    ...corpus.views.flatMap((v) => [...ref(v, 'person', v.data.person, ['people'], 'person'), ...ref(v, 'article', v.data.article, ['articles'], 'article')]),
  ];
}
