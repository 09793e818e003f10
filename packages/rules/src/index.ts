import type { Rule } from '@mtlint/engine';
import actualForCurrent from './rules/actual-for-current/rule.js';
import adjectiveAfterNoun from './rules/adjective-after-noun/rule.js';
import adjectiveAtClauseEnd from './rules/adjective-at-clause-end/rule.js';
import adjectiveForAdverb from './rules/adjective-for-adverb/rule.js';
import adverbBeforeAuxiliary from './rules/adverb-before-auxiliary/rule.js';
import adverbBeforeObject from './rules/adverb-before-object/rule.js';
import ageWithoutOld from './rules/age-without-old/rule.js';
import agreementWithOfPhrase from './rules/agreement-with-of-phrase/rule.js';
import allowWithoutObject from './rules/allow-without-object/rule.js';
import alsoBeforeSubject from './rules/also-before-subject/rule.js';
import appositionWithoutCommas from './rules/apposition-without-commas/rule.js';
import articleBeforeDate from './rules/article-before-date/rule.js';
import articleBeforeGenericNoun from './rules/article-before-generic-noun/rule.js';
import articleBeforePercentage from './rules/article-before-percentage/rule.js';
import articleBeforePlaceName from './rules/article-before-place-name/rule.js';
import asForThan from './rules/as-for-than/rule.js';
import attributionWithoutCommas from './rules/attribution-without-commas/rule.js';
import bareDatePeriod from './rules/bare-date-period/rule.js';
import bareIndirectObject from './rules/bare-indirect-object/rule.js';
import bareRoleNoun from './rules/bare-role-noun/rule.js';
import bareSourceAttribution from './rules/bare-source-attribution/rule.js';
import becomeForGet from './rules/become-for-get/rule.js';
import beforeForAgo from './rules/before-for-ago/rule.js';
import brokenParallelism from './rules/broken-parallelism/rule.js';
import capitalizedCommonNoun from './rules/capitalized-common-noun/rule.js';
import cardinalForOrdinal from './rules/cardinal-for-ordinal/rule.js';
import causativeWordOrder from './rules/causative-word-order/rule.js';
import changeAmountPreposition from './rules/change-amount-preposition/rule.js';
import cleftWithParticiple from './rules/cleft-with-participle/rule.js';
import commaBeforeReportedClause from './rules/comma-before-reported-clause/rule.js';
import commaBeforeThat from './rules/comma-before-that/rule.js';
import commaSplice from './rules/comma-splice/rule.js';
import couldForManaged from './rules/could-for-managed/rule.js';
import countAfterNoun from './rules/count-after-noun/rule.js';
import dashBeforeSpeechTag from './rules/dash-before-speech-tag/rule.js';
import dashForCopula from './rules/dash-for-copula/rule.js';
import datePreposition from './rules/date-preposition/rule.js';
import dateWithOf from './rules/date-with-of/rule.js';
import definiteAdjectiveAfterNoun from './rules/definite-adjective-after-noun/rule.js';
import definiteMost from './rules/definite-most/rule.js';
import definiteNextPeriod from './rules/definite-next-period/rule.js';
import definiteRankOrTooAdjective from './rules/definite-rank-or-too-adjective/rule.js';
import doubleNegative from './rules/double-negative/rule.js';
import doubledAttribution from './rules/doubled-attribution/rule.js';
import doubledConnective from './rules/doubled-connective/rule.js';
import doubledDimension from './rules/doubled-dimension/rule.js';
import doubledSubjectPronoun from './rules/doubled-subject-pronoun/rule.js';
import everyWithPlural from './rules/every-with-plural/rule.js';
import falseFriendAdjective from './rules/false-friend-adjective/rule.js';
import falseFriendAdverb from './rules/false-friend-adverb/rule.js';
import falseFriendNoun from './rules/false-friend-noun/rule.js';
import falseFriendVerb from './rules/false-friend-verb/rule.js';
import frontedTopic from './rules/fronted-topic/rule.js';
import futureInConditionClause from './rules/future-in-condition-clause/rule.js';
import garbledImpersonal from './rules/garbled-impersonal/rule.js';
import genitiveAsComma from './rules/genitive-as-comma/rule.js';
import hyphenatedNameCompound from './rules/hyphenated-name-compound/rule.js';
import idiomCalque from './rules/idiom-calque/rule.js';
import impersonalCalque from './rules/impersonal-calque/rule.js';
import inconsistentSpelling from './rules/inconsistent-spelling/rule.js';
import indirectQuestionOrder from './rules/indirect-question-order/rule.js';
import infinitiveAfterGerundVerb from './rules/infinitive-after-gerund-verb/rule.js';
import infinitiveAfterPreposition from './rules/infinitive-after-preposition/rule.js';
import infinitiveAtClauseEnd from './rules/infinitive-at-clause-end/rule.js';
import lightVerbCalque from './rules/light-verb-calque/rule.js';
import linkingPhraseCalque from './rules/linking-phrase-calque/rule.js';
import missingArticle from './rules/missing-article/rule.js';
import missingSubject from './rules/missing-subject/rule.js';
import moreWithShortAdjective from './rules/more-with-short-adjective/rule.js';
import mustNotForNeedNot from './rules/must-not-for-need-not/rule.js';
import notWithoutAuxiliary from './rules/not-without-auxiliary/rule.js';
import nounForPossessive from './rules/noun-for-possessive/rule.js';
import ownWithoutPossessive from './rules/own-without-possessive/rule.js';
import pageBoilerplate from './rules/page-boilerplate/rule.js';
import participleAfterObject from './rules/participle-after-object/rule.js';
import participlePhraseBeforeNoun from './rules/participle-phrase-before-noun/rule.js';
import perfectWithBe from './rules/perfect-with-be/rule.js';
import perfectWithPastTime from './rules/perfect-with-past-time/rule.js';
import periodWithoutArticle from './rules/period-without-article/rule.js';
import phraseCalque from './rules/phrase-calque/rule.js';
import placeNameWithoutArticle from './rules/place-name-without-article/rule.js';
import pluralWithSingularVerb from './rules/plural-with-singular-verb/rule.js';
import possessiveOfPronoun from './rules/possessive-of-pronoun/rule.js';
import prepositionBeforeClause from './rules/preposition-before-clause/rule.js';
import prepositionBeforeDistance from './rules/preposition-before-distance/rule.js';
import prepositionBeforeDuration from './rules/preposition-before-duration/rule.js';
import presentSimpleForOngoing from './rules/present-simple-for-ongoing/rule.js';
import progressiveStativeVerb from './rules/progressive-stative-verb/rule.js';
import quantifierWithSingular from './rules/quantifier-with-singular/rule.js';
import quantityWithoutOf from './rules/quantity-without-of/rule.js';
import questionWithoutInversion from './rules/question-without-inversion/rule.js';
import redundantYearWord from './rules/redundant-year-word/rule.js';
import reflexiveCalque from './rules/reflexive-calque/rule.js';
import relativeClauseAgreement from './rules/relative-clause-agreement/rule.js';
import reportingClauseCalque from './rules/reporting-clause-calque/rule.js';
import reportingVerbBeforeSubject from './rules/reporting-verb-before-subject/rule.js';
import sameAsPronoun from './rules/same-as-pronoun/rule.js';
import secondPersonInReport from './rules/second-person-in-report/rule.js';
import shallInReport from './rules/shall-in-report/rule.js';
import sinceWithDuration from './rules/since-with-duration/rule.js';
import sourceNumberFormat from './rules/source-number-format/rule.js';
import spaceBeforePunctuation from './rules/space-before-punctuation/rule.js';
import speechTagWithoutComma from './rules/speech-tag-without-comma/rule.js';
import strandedHeadNoun from './rules/stranded-head-noun/rule.js';
import thanBareYear from './rules/than-bare-year/rule.js';
import unclosedParenthetical from './rules/unclosed-parenthetical/rule.js';
import uncountableNounPlural from './rules/uncountable-noun-plural/rule.js';
import untranslatedFragment from './rules/untranslated-fragment/rule.js';
import verbBeforeSubject from './rules/verb-before-subject/rule.js';
import verbComplementCalque from './rules/verb-complement-calque/rule.js';
import verbFinalClause from './rules/verb-final-clause/rule.js';
import verbFormAfterAuxiliary from './rules/verb-form-after-auxiliary/rule.js';
import verbPrepositionCalque from './rules/verb-preposition-calque/rule.js';
import verbWithoutTo from './rules/verb-without-to/rule.js';
import veryBeforeVerb from './rules/very-before-verb/rule.js';
import wantThatClause from './rules/want-that-clause/rule.js';
import whatAsRelativePronoun from './rules/what-as-relative-pronoun/rule.js';
import whoForAnyoneWho from './rules/who-for-anyone-who/rule.js';
import wordEcho from './rules/word-echo/rule.js';

/** Adding a rule is one folder and one line here, alphabetical by id. */
const catalogue = [
  actualForCurrent,
  adjectiveAfterNoun,
  adjectiveAtClauseEnd,
  adjectiveForAdverb,
  adverbBeforeAuxiliary,
  adverbBeforeObject,
  ageWithoutOld,
  agreementWithOfPhrase,
  allowWithoutObject,
  alsoBeforeSubject,
  appositionWithoutCommas,
  articleBeforeDate,
  articleBeforeGenericNoun,
  articleBeforePercentage,
  articleBeforePlaceName,
  asForThan,
  attributionWithoutCommas,
  bareDatePeriod,
  bareIndirectObject,
  bareRoleNoun,
  bareSourceAttribution,
  becomeForGet,
  beforeForAgo,
  brokenParallelism,
  capitalizedCommonNoun,
  cardinalForOrdinal,
  causativeWordOrder,
  changeAmountPreposition,
  cleftWithParticiple,
  commaBeforeReportedClause,
  commaBeforeThat,
  commaSplice,
  couldForManaged,
  countAfterNoun,
  dashBeforeSpeechTag,
  dashForCopula,
  datePreposition,
  dateWithOf,
  definiteAdjectiveAfterNoun,
  definiteMost,
  definiteNextPeriod,
  definiteRankOrTooAdjective,
  doubleNegative,
  doubledAttribution,
  doubledConnective,
  doubledDimension,
  doubledSubjectPronoun,
  everyWithPlural,
  falseFriendAdjective,
  falseFriendAdverb,
  falseFriendNoun,
  falseFriendVerb,
  frontedTopic,
  futureInConditionClause,
  garbledImpersonal,
  genitiveAsComma,
  hyphenatedNameCompound,
  idiomCalque,
  impersonalCalque,
  inconsistentSpelling,
  indirectQuestionOrder,
  infinitiveAfterGerundVerb,
  infinitiveAfterPreposition,
  infinitiveAtClauseEnd,
  lightVerbCalque,
  linkingPhraseCalque,
  missingArticle,
  missingSubject,
  moreWithShortAdjective,
  mustNotForNeedNot,
  notWithoutAuxiliary,
  nounForPossessive,
  ownWithoutPossessive,
  pageBoilerplate,
  participleAfterObject,
  participlePhraseBeforeNoun,
  perfectWithBe,
  perfectWithPastTime,
  periodWithoutArticle,
  phraseCalque,
  placeNameWithoutArticle,
  pluralWithSingularVerb,
  possessiveOfPronoun,
  prepositionBeforeClause,
  prepositionBeforeDistance,
  prepositionBeforeDuration,
  presentSimpleForOngoing,
  progressiveStativeVerb,
  quantifierWithSingular,
  quantityWithoutOf,
  questionWithoutInversion,
  redundantYearWord,
  reflexiveCalque,
  relativeClauseAgreement,
  reportingClauseCalque,
  reportingVerbBeforeSubject,
  sameAsPronoun,
  secondPersonInReport,
  shallInReport,
  sinceWithDuration,
  sourceNumberFormat,
  spaceBeforePunctuation,
  speechTagWithoutComma,
  strandedHeadNoun,
  thanBareYear,
  unclosedParenthetical,
  uncountableNounPlural,
  untranslatedFragment,
  verbBeforeSubject,
  verbComplementCalque,
  verbFinalClause,
  verbFormAfterAuxiliary,
  verbPrepositionCalque,
  verbWithoutTo,
  veryBeforeVerb,
  wantThatClause,
  whatAsRelativePronoun,
  whoForAnyoneWho,
  wordEcho,
] as const satisfies readonly Rule[];

/** The id of a shipped rule: a config key, and the `ruleId` of what it finds. */
export type RuleId = (typeof catalogue)[number]['meta']['id'];

/** The rule catalogue, alphabetical by id. Each rule's documentation is in `ruleDocs` of `@mtlint/rules/docs`. */
export const rules: readonly Rule<RuleId>[] = catalogue;
