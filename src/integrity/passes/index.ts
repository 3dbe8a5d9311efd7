// The check as ordered passes: each a pure function from the shared context to the problems it finds.
import type { Pass } from '../context.ts';
import { bodiesAreReadable } from './bodies.ts';
import { draftsAreFinished } from './drafts.ts';
import { eventDatesAreConsistent, eventWordsAreTheArticles } from './events.ts';
import { aliasesAreFormerIds, speakerIdsAreUnique } from './ids.ts';
import { kindsFollowQuotationMarks, markedWordsAreTheStatements, marksNameStatements, statementsAreMarkedOnce } from './marks.ts';
import { nonStatementsAreQuoted, quotesAreAccounted } from './quotes.ts';
import { referencesExist } from './references.ts';
import { bodiesMatchTheirSource, sourceCharactersArePlain, sourceTextsArePinned, wordsAreInUnreadableArticles } from './source.ts';
import { statementsFitTheirArticle } from './statements.ts';
import { themesAreDeclared } from './themes.ts';
import { viewsBelongToAnalysts, viewsCiteTheirAnalyst } from './views.ts';

export { unaccountedQuotes } from './quotes.ts';

/**
 * Every pass, in the order the check runs them. No pass reads another's result: what they share is computed once, up
 * front (context.ts), so the order decides only how problems on the same line of a file are listed. One mistake is
 * reported once, by the pass that names what the editor must fix: a mistyped quotation is a misquote
 * (markedWordsAreTheStatements), not also a quoted passage that no statement accounts for (quotesAreAccounted).
 */
export const PASSES: readonly Pass[] = [
  // Drafts
  draftsAreFinished, // no TODO or unreviewed guess left by npm run draft
  // Ids and references
  speakerIdsAreUnique, // a speaker id names a person or an outlet, not both
  aliasesAreFormerIds, // an alias is a former id, no statement's id now, claimed by one statement
  referencesExist, // every id a field names is an entry of the collection it names
  themesAreDeclared, // site.yaml declares each theme once; statements name declared themes
  eventDatesAreConsistent, // an event ends after it starts and falls within the event it is part of
  // Source texts: as reviewed, and only characters content may hold
  sourceTextsArePinned, // a pinned source text is the one recorded in source-pins.txt
  sourceCharactersArePlain, // no control, bidirectional or invisible character, no word that mixes scripts
  // Article and view bodies against the source text
  bodiesAreReadable, // each body parses and holds only what its allowlist allows
  wordsAreInUnreadableArticles, // an unreadable article's statements are still looked for in its source text
  bodiesMatchTheirSource, // an article's body is its source text, paragraph by paragraph
  // Marks and quotations
  marksNameStatements, // each mark names, by its current id, a statement of its article
  markedWordsAreTheStatements, // a statement's words are the words its mark holds
  kindsFollowQuotationMarks, // quotations inside quotation marks, paraphrases outside; nesting by kind
  statementsAreMarkedOnce, // every statement of an article is marked in it exactly once
  nonStatementsAreQuoted, // declared non-statements stand inside quotation marks
  quotesAreAccounted, // every quoted passage is a statement's words or a declared non-statement
  // Statements, events and views against the article
  statementsFitTheirArticle, // editorials in the publisher's voice; events reported by the article, before it was published
  eventWordsAreTheArticles, // an event's dating words and outcomes are the article's words
  viewsBelongToAnalysts, // each analyst has one view, and only analysts have one
  viewsCiteTheirAnalyst, // a view cites only its analyst's own statements, by their current ids
];
