export { tokenize, type RawToken, type Token, type TokenKind } from './tokenize.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export { parseDocument, sentenceText, countWords, type Document, type Sentence } from './document.js';
export {
  lookupTags, isKnownWord, isGuessed, lexiconEntry, verbBase, pastParticiple, pluralNoun, singularNoun, type Tag,
} from './lexicon.js';
export * from './classes.js';
export { verbSenses, nounSenses, type Supersense } from './senses.js';
export { conjugateVerb, type VerbForm } from './verb-forms.js';
export { argumentPhraseEnd, isNominalPart, isNominalHead, isTimePhrase, isTimeSpan, isWordToken, isYearNumber, nounPhraseEnd, primaryTag, quotedMask } from './phrases.js';
export { cardinalEnd, isCardinal, isMagnitude, isNumeral, isSpelledCardinal, ordinal, ORDINAL_WORDS } from './numbers.js';
export { isCapitalisedInDictionary } from './proper-nouns.js';
export { indefiniteArticle } from './articles.js';
export { isTitleCase, startsWithCapital, withCaseOf } from './letter-case.js';
export { memoizeByWord, type WordMemo } from './memo.js';
export { SpellingAnswers } from './spelling-numbers.js';
export { lastAtOrBefore } from './sorted.js';
export { analyseSentence, canBeInfinitive, canBeParticiple, clauseRestEnd, englishOrder, isMidAdverb, isSpelledDuration, mayHeadSplitGroup, subjectOf, verbGroupHead, type Rewrite, type Chunk, type ChunkKind, type Clause, type ClauseKind, type SentenceAnalysis, type VerbGroup, type VerbGroupKind } from './analysis.js';
export { isSpeechVerb, speechTagEnd } from './speech-tag.js';
export { WordSet, WordMap, type Spelled } from './word-set.js';
export { loadTables } from './tables.js';
