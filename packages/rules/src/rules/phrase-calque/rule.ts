import { anchorsIn, defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, isProperNoun, isTimePhrase, isYearNumber, lemma, nounPhraseEnd, nounSenses, nounSingular, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS } from '../../calendar.js';
import { formOf } from '../../sentence-needs.js';
import { byFirstWord, matchesAt } from '../../word-patterns.js';

/**
 * Fixed Russian and German phrases rendered word for word. A pattern is a list of words; "=take" matches any form of
 * the verb. `replacement` is the English phrase for the whole match, when one fits every context.
 */
interface Calque {
  pattern: readonly string[];
  english: string;
  replacement?: string;
  /** The English word for the pattern's last word alone, where the verb before it keeps its form ("took part in"). */
  lastWord?: string;
  /** How many of the pattern's last words `lastWord` stands for: 2 for "room for" in place of "place for". */
  lastWords?: number;
  /** Only before an amount ("on the sum of 10 million", not "interest on the sum of both loans"). */
  beforeAmount?: boolean;
  /** Only before a share, a percentage or a fraction not followed by "of": "financed to 80 percent", not "funded to 80 percent of need". */
  beforeShare?: boolean;
  /** Only where no noun or adjective follows: "five years of prison", not "ten years of prison reform", "the light blue door". */
  closesPhrase?: boolean;
  /** Only before a verb's base form: "the possibility to study", not "the possibility to which". */
  beforeVerb?: boolean;
  /** Only before a point in time: "already from October", not "already from the start of the race" (a place). */
  beforeTime?: boolean;
  /** Only before an ordinal: "already for the tenth time", not "already for the tickets". */
  beforeOrdinal?: boolean;
  /** Not before "of": "in the second reading" of a bill, not "in the first reading of the poem". */
  notBeforeOf?: boolean;
  /** Only closing its clause: "everything will be good." is the comfort, "everything will be good for business" English. */
  endsClause?: boolean;
  /** Only opening the sentence: "Good appetite!" is a wish, "a good appetite" English. */
  opensSentence?: boolean;
  /** Not after this word: "by the reason of" is an old English idiom, "the reason of the delay" the calque. */
  notAfter?: string;
  source: string;
}

// What software fails to do, in its messages: "Impossible to open the file" (French "Impossible d'ouvrir le fichier").
// English opens a message with "Impossible to say" or "Impossible to tell", which are not listed.
const UNABLE_VERBS = [
  'open', 'save', 'connect', 'load', 'find', 'delete', 'create', 'read', 'write', 'send', 'download', 'upload', 'install',
  'update', 'access', 'start', 'launch', 'print', 'copy', 'move', 'rename', 'import', 'export', 'synchronize', 'sync',
  'complete', 'process', 'display', 'retrieve', 'establish', 'reach', 'play', 'execute', 'run', 'initialize', 'log',
  'login', 'register', 'verify', 'validate', 'remove', 'add', 'modify', 'change', 'restore', 'activate', 'authenticate',
];

const CALQUES: readonly Calque[] = [
  { pattern: ['on', 'the', 'territory', 'of'], english: '"in"', replacement: 'in', source: 'на территории' },
  { pattern: ['according', 'to', 'the', 'words', 'of'], english: '"according to"', replacement: 'according to', source: 'по словам' },
  { pattern: ['by', 'the', 'words', 'of'], english: '"according to"', replacement: 'according to', source: 'по словам' },
  { pattern: ['according', 'to', 'words', 'of'], english: '"according to"', replacement: 'according to', source: 'по словам' },
  // Italian "in occasione di", Spanish "con ocasión de": English marks an occasion with "on".
  { pattern: ['in', 'the', 'occasion', 'of'], english: '"on the occasion of"', replacement: 'on the occasion of', source: 'in occasione di; con ocasión de' },
  { pattern: ['according', 'to', 'the', 'data', 'of'], english: '"according to"', replacement: 'according to', source: 'по данным' },
  { pattern: ['according', 'to', 'the', 'information', 'of'], english: '"according to"', replacement: 'according to', source: 'по информации' },
  // German "unter dem Verdacht", Polish "pod zarzutem", Russian "по подозрению" by way of "под": English arrests "on
  // suspicion of" (Brown and the clean docs: no "under suspicion of").
  { pattern: ['under', 'suspicion', 'of'], english: '"on suspicion of"', replacement: 'on suspicion of', source: 'unter dem Verdacht; pod zarzutem' },
  { pattern: ['under', 'the', 'suspicion', 'of'], english: '"on suspicion of"', replacement: 'on suspicion of', source: 'unter dem Verdacht; pod zarzutem' },
  // German "vor Gericht", Polish "przed sądem", Russian "перед судом": English stands trial "in court" or "before the
  // court"; "in front of the court building" is a place and not matched.
  { pattern: ['in', 'front', 'of', 'the', 'court'], english: '"in court" (or "before the court")', replacement: 'in court', closesPhrase: true, source: 'vor Gericht; przed sądem' },
  { pattern: ['in', 'front', 'of', 'court'], english: '"in court"', replacement: 'in court', closesPhrase: true, source: 'vor Gericht; przed sądem' },
  { pattern: ['according', 'to', 'data', 'of'], english: '"according to" (or "according to data from")', replacement: 'according to', source: 'по данным; laut Daten (des)' },
  { pattern: ['according', 'to', 'information', 'of'], english: '"according to"', replacement: 'according to', source: 'по информации' },
  // German "bereits zum zehnten Mal", "schon seit drei Jahren", Polish "już po raz dziesiąty", Russian "уже в десятый
  // раз", "уже три года": "already" opens the count. English counts without it ("for the tenth time", "for three
  // years") or puts it before the verb ("has already won it three times"). Neither Brown nor the clean docs have
  // "already for".
  { pattern: ['already', 'for', 'the'], english: '"for the …" without "already" ("now in its tenth year")', replacement: 'for the', beforeOrdinal: true, source: 'bereits zum … Mal; już po raz; уже в … раз' },
  // German "bereits ab Oktober", Polish "już od października": English "from October" (or "as early as October").
  { pattern: ['already', 'from'], english: '"from …" without "already" (or "as early as")', replacement: 'from', beforeTime: true, source: 'bereits ab; już od; уже с' },
  { pattern: ['already', 'for'], english: '"for …" without "already" (or "has already … for")', replacement: 'for', beforeAmount: true, source: 'schon seit; już od; уже' },
  { pattern: ['in', 'the', 'result', 'of'], english: '"as a result of"', replacement: 'as a result of', source: 'в результате' },
  { pattern: ['in', 'result', 'of'], english: '"as a result of"', replacement: 'as a result of', source: 'в результате' },
  { pattern: ['=take', 'measures', 'on'], english: '"take measures to" or "against"', source: 'принять меры по' },
  { pattern: ['=take', 'the', 'measures', 'on'], english: '"take measures to" or "against"', source: 'принять меры по' },
  { pattern: ['=make', 'a', 'conclusion'], english: '"draw a conclusion"', source: 'сделать вывод' },
  { pattern: ['=make', 'the', 'conclusion'], english: '"draw the conclusion"', source: 'сделать вывод' },
  { pattern: ['it', 'is', 'necessary', 'to', 'note'], english: 'nothing: state the point', source: 'необходимо отметить' },
  // "в рамках": "in the framework of" is English in law and science, but news says "as part of" or "under".
  { pattern: ['in', 'the', 'framework', 'of'], english: '"as part of" or "under"', replacement: 'as part of', source: 'в рамках' },
  { pattern: ['in', 'the', 'frame', 'of'], english: '"as part of" or "under"', replacement: 'as part of', source: 'в рамках' },
  { pattern: ['in', 'the', 'frames', 'of'], english: '"as part of" or "under"', replacement: 'as part of', source: 'в рамках' },
  { pattern: ['within', 'the', 'frames', 'of'], english: '"as part of" or "under"', replacement: 'as part of', source: 'в рамках' },
  { pattern: ['within', 'the', 'frame', 'of'], english: '"as part of" or "under"', replacement: 'as part of', source: 'в рамках; im Rahmen' },
  // German "inzwischen", "mittlerweile" with a state: "is now"; English "meanwhile" sets two events side by side.
  { pattern: ['is', 'meanwhile'], english: '"is now"', replacement: 'is now', source: 'ist inzwischen' },
  { pattern: ['are', 'meanwhile'], english: '"are now"', replacement: 'are now', source: 'sind inzwischen' },
  // Russian police and weather reports: "на месте происшествия" (at the scene), "на деньги спонсоров" (with money from),
  // "климатическая норма" (the seasonal average).
  { pattern: ['on', 'the', 'place', 'of'], english: '"at the scene of"', replacement: 'at the scene of', source: 'на месте' },
  { pattern: ['on', 'the', 'money', 'of'], english: '"with money from"', replacement: 'with money from', source: 'на деньги' },
  { pattern: ['climatic', 'norm'], english: '"the seasonal average" or "normal for the time of year"', source: 'климатическая норма' },
  { pattern: ['climate', 'norm'], english: '"the seasonal average" or "normal for the time of year"', source: 'климатическая норма' },
  // Spanish "llegar a un acuerdo", French "arriver à un accord", Italian "arrivare a un accordo": "reach" (or "arrive at").
  { pattern: ['=arrive', 'to', 'an', 'agreement'], english: '"reach an agreement"', source: 'llegar a un acuerdo; arriver à un accord' },
  { pattern: ['=arrive', 'to', 'a', 'deal'], english: '"reach a deal"', source: 'llegar a un acuerdo; arriver à un accord' },
  { pattern: ['=arrive', 'to', 'a', 'compromise'], english: '"reach a compromise"', source: 'llegar a un compromiso; arriver à un compromis' },
  { pattern: ['=arrive', 'to', 'a', 'consensus'], english: '"reach a consensus"', source: 'llegar a un consenso; arriver à un consensus' },
  { pattern: ['=arrive', 'to', 'the', 'conclusion'], english: '"reach the conclusion" or "conclude"', source: 'llegar a la conclusión; arriver à la conclusion' },
  { pattern: ['=arrive', 'to', 'a', 'conclusion'], english: '"reach a conclusion"', source: 'llegar a una conclusión; arriver à une conclusion' },
  // Spanish "poner en libertad", Italian "mettere in libertà", French "mettre en liberté": "release".
  { pattern: ['=put', 'in', 'liberty'], english: '"released" or "set free"', source: 'poner en libertad; mettre en liberté' },
  { pattern: ['=set', 'in', 'liberty'], english: '"released" or "set free"', source: 'poner en libertad; mettre en liberté' },
  // German "in der Nähe von": English has "near" or "close to"; "the near" is no noun.
  { pattern: ['in', 'the', 'near', 'of'], english: '"near"', replacement: 'near', source: 'in der Nähe von' },
  // German "im Laufe", Russian "в ходе": "in the course of"; English "the run of" is a show's or the play's.
  { pattern: ['in', 'the', 'run', 'of', 'the'], english: '"in the course of"', replacement: 'in the course of the', source: 'im Laufe; в ходе' },
  { pattern: ['in', 'the', 'nearest', 'time'], english: '"soon" or "in the near future"', replacement: 'in the near future', source: 'в ближайшее время' },
  { pattern: ['in', 'the', 'nearest', 'future'], english: '"in the near future"', replacement: 'in the near future', source: 'в ближайшем будущем' },
  // German "in den nächsten Tagen", Russian "в ближайшие дни", French "dans les prochains jours": English looks ahead
  // with "the coming" or "the next few".
  ...(
    [
      ['days', 'in den nächsten Tagen; dans les prochains jours'],
      ['weeks', 'in den nächsten Wochen; dans les prochaines semaines'],
      ['months', 'in den nächsten Monaten; dans les prochains mois'],
      ['years', 'in den nächsten Jahren; dans les prochaines années'],
    ] as const
  ).map(([unit, source]) => ({ pattern: ['in', 'the', 'next', unit], english: `"in the coming ${unit}"`, replacement: `in the coming ${unit}`, source, closesPhrase: true, notBeforeOf: true })),
  // German "in der letzten Zeit", Russian "в последнее время": "recently"; "in the last time slot" goes on.
  { pattern: ['in', 'the', 'last', 'time'], english: '"recently"', replacement: 'recently', source: 'in letzter Zeit; в последнее время', closesPhrase: true, notBeforeOf: true },
  // German "Wir danken für", French "Nous remercions pour", Russian "Благодарим за": English thanks someone.
  { pattern: ['we', 'thank', 'for'], english: '"we thank you for" or "thank you for"', replacement: 'we thank you for', source: 'Wir danken für; благодарим за' },
  { pattern: ['i', 'thank', 'for'], english: '"I thank you for" or "thank you for"', replacement: 'I thank you for', source: 'Ich danke für; благодарю за' },
  { pattern: ['in', 'the', 'emergency', 'state'], english: '"in a state of emergency"', replacement: 'in a state of emergency', source: 'в аварийном состоянии' },
  { pattern: ['=remain', 'to', 'be', 'difficult'], english: '"remain difficult"', source: 'остаётся сложной' },
  { pattern: ['=remain', 'to', 'be', 'tense'], english: '"remain tense"', source: 'остаётся напряжённой' },
  { pattern: ['=remain', 'to', 'be', 'stable'], english: '"remain stable"', source: 'остаётся стабильной' },
  { pattern: ['=remain', 'to', 'be', 'unchanged'], english: '"remain unchanged"', source: 'остаётся неизменной' },
  { pattern: ["o'clock", 'of', 'the', 'morning'], english: '"o\'clock in the morning"', replacement: "o'clock in the morning", source: 'часов утра' },
  { pattern: ["o'clock", 'of', 'the', 'evening'], english: '"o\'clock in the evening"', replacement: "o'clock in the evening", source: 'часов вечера' },
  // "underlined the importance" is English; with a that-clause news says "stressed".
  { pattern: ['=underline', 'that'], english: '"stressed that"', source: 'подчеркнул, что' },
  // "take part at the summit" (teilnehmen an, участвовать на): English takes part "in" an event.
  { pattern: ['=take', 'part', 'at'], english: '"take part in"', lastWord: 'in', source: 'принять участие на; teilnehmen an' },
  // "в короткие сроки", "в кратчайшие сроки": сроки (deadlines) rendered "terms".
  { pattern: ['in', 'short', 'terms'], english: '"quickly" or "in a short time"', replacement: 'in a short time', source: 'в короткие сроки' },
  { pattern: ['in', 'the', 'shortest', 'terms'], english: '"as soon as possible"', replacement: 'as soon as possible', source: 'в кратчайшие сроки' },
  { pattern: ['in', 'the', 'shortest', 'possible', 'terms'], english: '"as soon as possible"', replacement: 'as soon as possible', source: 'в кратчайшие сроки' },
  { pattern: ['on', 'the', 'sum', 'of'], english: '"worth" or "totalling"', replacement: 'worth', source: 'на сумму', beforeAmount: true },
  { pattern: ['on', 'the', 'total', 'sum', 'of'], english: '"worth" or "totalling"', replacement: 'worth', source: 'на общую сумму', beforeAmount: true },
  { pattern: ['on', 'quarantine'], english: '"in quarantine" or "for quarantine"', source: 'на карантин(е)' },
  { pattern: ['=enter', 'in', 'force'], english: '"enter into force" or "take effect"', source: 'вступить в силу; in Kraft treten' },
  // "ввести в эксплуатацию", "oddać do eksploatacji": a bridge or a plant is put into service (English exploitation is
  // abuse or the working of a resource).
  ...['=put', '=bring', '=take', '=enter', '=introduce'].flatMap((verb) => ['into', 'in'].map((into) => ({ pattern: [verb, into, 'exploitation'], english: '"put into service" or "put into operation"', lastWord: 'service', source: 'ввести в эксплуатацию; oddać do eksploatacji' }))),
  { pattern: ['=come', 'in', 'force'], english: '"come into force" or "take effect"', source: 'вступить в силу; in Kraft treten' },
  // French "entrer en application", Spanish "entrar en aplicación": a rule takes effect.
  { pattern: ['=enter', 'in', 'application'], english: '"take effect" or "come into force"', source: 'entrer en application; entrar en aplicación' },
  { pattern: ['=enter', 'into', 'application'], english: '"take effect" or "come into force"', source: 'entrer en application; entrar en aplicación' },
  // French "entrer en vigueur", Spanish "entrar en vigor", Italian "entrare in vigore".
  { pattern: ['=enter', 'in', 'vigor'], english: '"come into force" or "take effect"', source: 'entrer en vigueur; entrar en vigor' },
  { pattern: ['=enter', 'in', 'vigour'], english: '"come into force" or "take effect"', source: 'entrer en vigueur; entrar en vigor' },
  { pattern: ['=enter', 'into', 'vigor'], english: '"come into force" or "take effect"', source: 'entrer en vigueur; entrar en vigor' },
  { pattern: ['=enter', 'into', 'vigour'], english: '"come into force" or "take effect"', source: 'entrer en vigueur; entrar en vigor' },
  // "steht Ihnen zur Verfügung", "находится в вашем распоряжении": English software and service text says "is available".
  { pattern: ['=stand', 'at', 'your', 'disposal'], english: '"is available to you"', source: 'zur Verfügung stehen' },
  { pattern: ['=stand', 'at', 'the', 'disposal'], english: '"is available"', source: 'zur Verfügung stehen' },
  { pattern: ['=stand', 'at', 'our', 'disposal'], english: '"is available to us"', source: 'zur Verfügung stehen' },
  // "später noch einmal": English puts "again" first.
  { pattern: ['later', 'again'], english: '"again later"', replacement: 'again later', source: 'später noch einmal; позже снова' },
  // "12 градусов тепла/мороза": English gives the sign, not heat or frost.
  { pattern: ['degrees', 'of', 'heat'], english: '"degrees" (above zero)', replacement: 'degrees', source: 'градусов тепла' },
  { pattern: ['degrees', 'of', 'frost'], english: '"degrees below zero"', replacement: 'degrees below zero', source: 'градусов мороза' },
  // "в размере": an amount is given with "of" ("a prize of 10,000 euros"), or "worth", "totalling".
  { pattern: ['in', 'the', 'size', 'of'], english: '"of" (or "worth", "totalling")', replacement: 'of', source: 'в размере', beforeAmount: true },
  { pattern: ['in', 'size', 'of'], english: '"of" (or "worth", "totalling")', replacement: 'of', source: 'в размере', beforeAmount: true },
  // Russian "размером с мяч", Polish "wielkości piłki": a comparison of size, English "the size of a football".
  { pattern: ['in', 'size', 'of', 'a'], english: '"the size of a"', replacement: 'the size of a', source: 'размером с; wielkości' },
  { pattern: ['in', 'size', 'of', 'an'], english: '"the size of an"', replacement: 'the size of an', source: 'размером с; wielkości' },
  { pattern: ['in', 'the', 'size', 'of', 'a'], english: '"the size of a"', replacement: 'the size of a', source: 'размером с; wielkości' },
  // "в сумме", "w kwocie", "in Höhe von": legal English has "in the amount of"; without the article it is the source's.
  { pattern: ['in', 'amount', 'of'], english: '"of" (or "worth", "totalling"; legal English: "in the amount of")', replacement: 'of', source: 'в сумме; w kwocie; in Höhe von', beforeAmount: true },
  // "bietet Platz für 500 Gäste", "вмещает 500 гостей", "offre de la place pour": English has "room for" or "holds"
  // ("offers places for 20 trainees", plural, is English and not read).
  ...['=offer', '=have', '=provide'].map((verb) => ({ pattern: [verb, 'place', 'for'], english: '"room for" (or "holds", "seats")', lastWord: 'room for', lastWords: 2, source: 'Platz bieten für; место для; de la place pour', beforeAmount: true })),
  ...['is', 'was'].map((be) => ({ pattern: ['there', be, 'place', 'for'], english: '"room for"', lastWord: 'room for', lastWords: 2, source: 'es gibt Platz für; есть место для', beforeAmount: true })),
  // "zu 80 Prozent finanziert", "w 80 procentach finansowany", "financé à 80 %": English puts the share before the
  // participle ("80 percent financed by") or says "80 percent of the cost was paid by".
  ...['financed', 'funded', 'co-financed', 'subsidised', 'subsidized', 'owned'].map((participle) => ({ pattern: [participle, 'to'], english: '"80 percent financed by …": the share before the participle', source: 'zu 80 Prozent finanziert; w 80 procentach; financé à 80 %', beforeShare: true })),
  // "во втором чтении": a bill passes "at second reading".
  { pattern: ['in', 'the', 'first', 'reading'], english: '"at first reading"', replacement: 'at first reading', notBeforeOf: true, source: 'в первом чтении' },
  { pattern: ['in', 'the', 'second', 'reading'], english: '"at second reading"', replacement: 'at second reading', notBeforeOf: true, source: 'во втором чтении' },
  { pattern: ['in', 'the', 'third', 'reading'], english: '"at third reading"', replacement: 'at third reading', notBeforeOf: true, source: 'в третьем чтении' },
  { pattern: ['in', 'the', 'final', 'reading'], english: '"at final reading"', replacement: 'at final reading', notBeforeOf: true, source: 'в окончательном чтении' },
  { pattern: ['in', 'first', 'reading'], english: '"at first reading"', replacement: 'at first reading', notBeforeOf: true, source: 'в первом чтении' },
  { pattern: ['in', 'second', 'reading'], english: '"at second reading"', replacement: 'at second reading', notBeforeOf: true, source: 'во втором чтении' },
  // "пять лет тюрьмы", "fünf Jahre Haft": the term of a sentence is served "in prison".
  { pattern: ['years', 'of', 'prison'], english: '"years in prison"', replacement: 'years in prison', source: 'лет тюрьмы', closesPhrase: true },
  { pattern: ['months', 'of', 'prison'], english: '"months in prison"', replacement: 'months in prison', source: 'месяцев тюрьмы', closesPhrase: true },
  { pattern: ['years', 'of', 'jail'], english: '"years in jail"', replacement: 'years in jail', source: 'лет тюрьмы', closesPhrase: true },
  { pattern: ['months', 'of', 'jail'], english: '"months in jail"', replacement: 'months in jail', source: 'месяцев тюрьмы', closesPhrase: true },
  // "на площади 300 кв. м": the extent of a fire, a flood or a field.
  { pattern: ['on', 'an', 'area', 'of'], english: '"over an area of" or "covering"', replacement: 'over an area of', source: 'на площади', beforeAmount: true },
  { pattern: ['on', 'the', 'area', 'of'], english: '"over an area of" or "covering"', replacement: 'over an area of', source: 'на площади', beforeAmount: true },
  // "травмы различной степени тяжести": news says how many were badly hurt.
  { pattern: ['of', 'different', 'severity'], english: '"…, some of them serious" or "minor and serious"', source: 'различной степени тяжести' },
  // "не справился с управлением": a driver "lost control".
  { pattern: ['=cope', 'with', 'the', 'control'], english: '"lost control"', source: 'не справился с управлением', closesPhrase: true },
  { pattern: ['=cope', 'with', 'control'], english: '"lost control"', source: 'не справился с управлением', closesPhrase: true },
  // "с рабочим визитом": an official "pays a working visit to" or is "on a working visit".
  { pattern: ['with', 'a', 'working', 'visit'], english: '"on a working visit"', replacement: 'on a working visit', source: 'с рабочим визитом' },
  { pattern: ['with', 'the', 'working', 'visit'], english: '"on a working visit"', replacement: 'on a working visit', source: 'с рабочим визитом' },
  // "по горячим следам": caught soon after the crime.
  { pattern: ['on', 'the', 'hot', 'trail'], english: '"in hot pursuit" or "shortly afterwards"', replacement: 'in hot pursuit', source: 'по горячим следам' },
  { pattern: ['on', 'hot', 'trail'], english: '"in hot pursuit" or "shortly afterwards"', replacement: 'in hot pursuit', source: 'по горячим следам' },
  // Russian "получили травмы", Polish "odnieśli obrażenia", Spanish "resultaron con heridas": English people "were injured".
  { pattern: ['=get', 'injuries'], english: '"were injured"', source: 'получили травмы; odnieśli obrażenia; sufrieron heridas', closesPhrase: true },
  // Russian "были на месте", Polish "byli na miejscu": rescuers arrive "on the scene" or are "there".
  ...['was', 'were', '=arrive'].map((verb) => ({ pattern: [verb, 'on', 'the', 'place'], english: '"on the scene" (or "there")', lastWord: 'scene', source: 'на месте; na miejscu; vor Ort', closesPhrase: true, notBeforeOf: true })),
  // Russian "закончился вничью", Spanish "terminó con empate": a match "ends in a draw".
  ...['=finish', '=end'].map((verb) => ({ pattern: [verb, 'with', 'a', 'draw'], english: '"ended in a draw"', source: 'закончился вничью; terminó con empate; finì con un pareggio' })),
  // Russian "всё будет хорошо", Polish "wszystko będzie dobrze": the comfort is "everything will be fine".
  { pattern: ['everything', 'will', 'be', 'good'], english: '"everything will be fine" (or "all right")', lastWord: 'fine', source: 'всё будет хорошо; wszystko będzie dobrze; alles wird gut', endsClause: true },
  // French "disposer de", Spanish "disponer de": a body "has" a budget; English "dispose of" is getting rid of it.
  ...['budget', 'annual', 'yearly', 'total'].map((w) => ({ pattern: ['=dispose', 'of', w === 'annual' ? 'an' : 'a', w], english: '"has"', source: 'disposer de; disponer de; disporre di' })),
  // French "évoquer la possibilité", Italian "evocare l'ipotesi": a minister "raised" or "mentioned" a possibility.
  ...['possibility', 'option', 'hypothesis'].map((w) => ({ pattern: ['=evoke', 'the', w], english: '"raised" or "mentioned"', source: 'évoquer; evocare; evocar' })),
  // Dutch "een waarschuwing afgeven", German "eine Warnung abgeben": a weather service "issues" a warning or code.
  // A noun after the warning makes it a smell's or a signal's kind ("gave off a warning smell"); a colour after a code is its level.
  ...[['code'], ['a', 'code'], ['a', 'warning'], ['an', 'alert'], ['a', 'weather', 'warning']].map((rest) => ({ pattern: ['=give', 'off', ...rest], english: '"issued"', source: 'afgeven; abgeben', closesPhrase: rest.at(-1) !== 'code' })),
  // German "großes Interesse erhalten", Spanish "recibió gran interés": a work "attracted" interest.
  ...['great', 'huge', 'enormous', 'big'].map((w) => ({ pattern: ['=receive', w, 'interest'], english: `"attracted ${w === 'big' ? 'great' : w} interest"`, source: 'großes Interesse erhalten; recibir gran interés; получить большой интерес' })),
  // "trotz des Regens", "несмотря на", French "malgré": "despite" takes no "of" ("in spite of" does).
  { pattern: ['despite', 'of'], english: '"despite" or "in spite of"', replacement: 'despite', source: 'trotz; несмотря на; malgré' },
  // "nach eigenen Angaben", "по собственным данным": the body's own statement, named with its possessive in English.
  { pattern: ['according', 'to', 'own'], english: '"according to its own figures" or "the company said"', source: 'nach eigenen Angaben; по собственным данным' },
  // "победили со счётом 3:1", "gewann mit 3:1": English gives the score bare ("won 3-1") or "by a score of".
  { pattern: ['with', 'the', 'score'], english: 'the score alone ("won 3-1") or "by a score of"', source: 'со счётом; mit', beforeAmount: true },
  { pattern: ['with', 'a', 'score'], english: 'the score alone ("won 3-1") or "by a score of"', source: 'со счётом; mit', beforeAmount: true },
  // "причина задержки", "der Grund des Ausfalls", "la razón del retraso": the genitive of a cause. English gives a reason
  // "for" something; Brown's "reason of" is "by (the) reason of" alone.
  // Russian "суд над", German "der Prozess gegen", Polish "proces przeciwko": English tries someone, "the trial of".
  // (Brown and the clean docs: no "trial against"; "the case against" is English and not listed.)
  { pattern: ['the', 'trial', 'against'], english: '"the trial of"', replacement: 'the trial of', source: 'Prozess gegen; процесс против; proces przeciwko' },
  // German "Sieg über", Russian "победа над", Polish "zwycięstwo nad", rendered "above": a win is "over" a rival.
  // ("victory above all" is not read: only before a determiner.)
  ...['the', 'their', 'his', 'her', 'its', 'our'].flatMap((d) => ['victory', 'victories'].map((v) =>
    ({ pattern: [v, 'above', d], english: `"${v} over"`, replacement: `${v} over ${d}`, source: 'Sieg über; победа над; zwycięstwo nad' }))),
  { pattern: ['the', 'reason', 'of'], english: '"the reason for"', replacement: 'the reason for', source: 'причина (чего); Grund (des); razón de', notAfter: 'by' },
  { pattern: ['the', 'main', 'reason', 'of'], english: '"the main reason for"', replacement: 'the main reason for', source: 'главная причина (чего); Hauptgrund (des)' },
  // Russian police and court news: "в поддержку" (in support of), "по факту кражи" (into the theft), "большая часть"
  // (most; English has "the most part" only in "for the most part"), "в состоянии средней тяжести" (in a serious
  // condition; doctors' "of moderate severity" describes injuries, not a patient's state).
  { pattern: ['in', 'support', 'to'], english: '"in support of"', replacement: 'in support of', source: 'в поддержку; a sostegno di' },
  { pattern: ['on', 'the', 'fact', 'of'], english: '"into" (an inquiry into the theft) or "over"', replacement: 'into', source: 'по факту' },
  { pattern: ['the', 'most', 'part'], english: '"most" ("for the most part" is the idiom)', replacement: 'most', source: 'большая часть; der größte Teil', notAfter: 'for' },
  // "in Höhe von 250 Euro", "в размере 250 евро": an amount "of" 250 euros.
  { pattern: ['in', 'the', 'height', 'of'], english: '"of" ("an allowance of 250 euros")', replacement: 'of', source: 'in Höhe von; в размере', beforeAmount: true },
  { pattern: ['in', 'height', 'of'], english: '"of" ("an allowance of 250 euros")', replacement: 'of', source: 'in Höhe von; в размере', beforeAmount: true },
  // "unter Alkoholeinfluss", "под воздействием алкоголя": English keeps the article of "under the influence of".
  { pattern: ['under', 'influence', 'of'], english: '"under the influence of"', replacement: 'under the influence of', source: 'unter (dem) Einfluss; под воздействием' },
  // "im Internet", "в интернете": English is "on" the internet (Brown predates it; the docs here write "on").
  // German "die Möglichkeit haben zu", Russian "возможность" + infinitive, French "la possibilité de": English has the
  // opportunity to do a thing, or the possibility of doing it. Brown has no "possibility to" + a verb.
  { pattern: ['the', 'possibility', 'to'], english: '"the opportunity to" (or "can")', replacement: 'the opportunity to', source: 'die Möglichkeit zu; возможность; la possibilité de', beforeVerb: true },
  { pattern: ['in', 'the', 'internet'], english: '"on the internet"', replacement: 'on the internet', source: 'im Internet; в интернете' },
  // "auf dem ersten Platz", "на первом месте": a team or a candidate is "in first place", with no article.
  ...['first', 'second', 'third', 'fourth', 'fifth', 'last'].map((rank) => ({ pattern: ['on', 'the', rank, 'place'], english: `"in ${rank} place"`, replacement: `in ${rank} place`, source: 'auf dem … Platz; на … месте' })),
  // "на выборах", "bei den Wahlen": a party wins or loses "in" the elections.
  { pattern: ['at', 'the', 'elections'], english: '"in the elections"', replacement: 'in the elections', source: 'на выборах; bei den Wahlen' },
  // "schwere Verletzungen", "тяжёлые травмы": English injuries are "serious" or "severe".
  { pattern: ['heavy', 'injuries'], english: '"serious injuries"', replacement: 'serious injuries', source: 'schwere Verletzungen; тяжёлые травмы' },
  { pattern: ['heavy', 'wounds'], english: '"serious wounds"', replacement: 'serious wounds', source: 'schwere Wunden; тяжёлые ранения' },
  // "in Gewahrsam genommen", "взят под стражу": a suspect is taken "into" custody ("held in custody" is English).
  { pattern: ['=take', 'in', 'custody'], english: '"taken into custody"', source: 'in Gewahrsam genommen; взят под стражу' },
  // "erneuerbare Energien", "возобновляемые источники энергии": English counts the energy, not energies.
  { pattern: ['renewable', 'energies'], english: '"renewable energy" or "renewables"', replacement: 'renewable energy', source: 'erneuerbare Energien' },
  { pattern: ['alternative', 'energies'], english: '"alternative energy"', replacement: 'alternative energy', source: 'alternative Energien' },
  // "innerhalb weniger Minuten", "через несколько минут": "few" alone means "not many"; a short time is "a few" minutes.
  ...['within', 'in', 'after'].flatMap((preposition) => ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'].map((unit) => ({ pattern: [preposition, 'few', unit], english: `"${preposition} a few ${unit}"`, replacement: `${preposition} a few ${unit}`, source: 'innerhalb weniger; через несколько' }))),
  ...['state', 'condition'].flatMap((noun) => ['moderate', 'medium', 'average'].map((degree) => ({ pattern: [noun, 'of', degree, 'severity'], english: '"serious condition" (or "stable condition")', replacement: 'serious condition', source: 'в состоянии средней тяжести' }))),
  // "из них 40 женщин", "davon 40 Frauen": the part of a group counted out of it; English puts the count first.
  { pattern: ['from', 'them'], english: '"… of them" ("40 of them")', source: 'из них; davon', beforeAmount: true },
  // "принять решение", "eine Entscheidung treffen": the decision keeps no article in the source.
  { pattern: ['=take', 'decision'], english: '"take a decision" or "decide"', lastWord: 'a decision', source: 'принять решение' },
  { pattern: ['=make', 'decision'], english: '"make a decision" or "decide"', lastWord: 'a decision', source: 'принять решение' },
  // "обратить внимание на", "achten auf": English pays attention "to" (Brown's "attention on" follows focus, centre, concentrate).
  { pattern: ['=pay', 'attention', 'on'], english: '"pay attention to"', lastWord: 'to', source: 'обратить внимание на; achten auf' },
  // "капитальный ремонт", "kapitalny remont", "капітальний ремонт": English repairs a building "majorly" or overhauls it.
  { pattern: ['capital', 'repair'], english: '"overhaul" or "major repair"', replacement: 'major repair', source: 'капитальный ремонт' },
  { pattern: ['capital', 'repairs'], english: '"major repairs" or "an overhaul"', replacement: 'major repairs', source: 'капитальный ремонт' },
  { pattern: ['capital', 'renovation'], english: '"major renovation"', replacement: 'major renovation', source: 'капитальный ремонт' },
  // "в связи с тем, что", "w związku z tym, że": English gives the cause with "because".
  { pattern: ['in', 'connection', 'with', 'the', 'fact', 'that'], english: '"because"', replacement: 'because', source: 'в связи с тем, что' },
  // "с целью увеличить", "con el objetivo de aumentar": "with the aim" takes "of" and a gerund.
  { pattern: ['with', 'the', 'aim', 'to'], english: '"with the aim of" + -ing, or "to"', source: 'с целью; con el objetivo de' },
  // "сделать акцент на", "poner el acento en": English puts the emphasis on something, or stresses it.
  { pattern: ['=make', 'an', 'accent', 'on'], english: '"emphasise" or "put the emphasis on"', source: 'сделать акцент на; poner el acento en' },
  { pattern: ['=make', 'the', 'accent', 'on'], english: '"emphasise" or "put the emphasis on"', source: 'сделать акцент на; poner el acento en' },
  { pattern: ['=make', 'accent', 'on'], english: '"emphasise" or "put the emphasis on"', source: 'сделать акцент на; poner el acento en' },
  // "je suis d'accord", "estoy de acuerdo", "я согласен": agreeing is a verb in English, not an adjective after "be".
  { pattern: ['am', 'agree'], english: '"I agree"', replacement: 'agree', source: "je suis d'accord; estoy de acuerdo; я согласен" },
  { pattern: ['are', 'agree'], english: '"agree"', replacement: 'agree', source: "je suis d'accord; estoy de acuerdo; я согласен" },
  { pattern: ['is', 'agree'], english: '"agrees"', replacement: 'agrees', source: "il est d'accord; está de acuerdo; он согласен" },
  // "开灯/关灯", "電気をつける", "encender/apagar la luz" rendered with the verbs for doors: English turns a light or a
  // device on and off.
  { pattern: ['=open', 'the', 'light'], english: '"turn on the light"', source: '开灯; 電気をつける', closesPhrase: true },
  { pattern: ['=open', 'the', 'lights'], english: '"turn on the lights"', source: '开灯; 電気をつける', closesPhrase: true },
  // The base form "open" is read first as an adjective, which "=open" does not match: "Please open the light".
  { pattern: ['open', 'the', 'light'], english: '"turn on the light"', source: '开灯; 電気をつける', closesPhrase: true },
  { pattern: ['open', 'the', 'lights'], english: '"turn on the lights"', source: '开灯; 電気をつける', closesPhrase: true },
  { pattern: ['open', 'the', 'tv'], english: '"turn on the TV"', source: '开电视', closesPhrase: true },
  { pattern: ['open', 'the', 'air', 'conditioner'], english: '"turn on the air conditioner"', source: '开空调', closesPhrase: true },
  { pattern: ['=close', 'the', 'light'], english: '"turn off the light"', source: '关灯; 電気を消す', closesPhrase: true },
  { pattern: ['=close', 'the', 'lights'], english: '"turn off the lights"', source: '关灯; 電気を消す', closesPhrase: true },
  { pattern: ['=open', 'the', 'tv'], english: '"turn on the TV"', source: '开电视', closesPhrase: true },
  { pattern: ['=close', 'the', 'tv'], english: '"turn off the TV"', source: '关电视', closesPhrase: true },
  { pattern: ['=open', 'the', 'air', 'conditioner'], english: '"turn on the air conditioner"', source: '开空调', closesPhrase: true },
  { pattern: ['=close', 'the', 'air', 'conditioner'], english: '"turn off the air conditioner"', source: '关空调', closesPhrase: true },
  // "我对…很感兴趣", "…に興味があります": the source has one word for what interests and who is interested, and MT takes the
  // -ing form for the person. Only after "am": "the results are interesting in that …" is English.
  { pattern: ['am', 'interesting', 'in'], english: '"am interested in"', replacement: 'am interested in', source: '对…感兴趣; …に興味がある' },
  { pattern: ['am', 'very', 'interesting', 'in'], english: '"am very interested in"', replacement: 'am very interested in', source: '对…很感兴趣; …に興味がある' },
  { pattern: ['am', 'exciting', 'about'], english: '"am excited about"', replacement: 'am excited about', source: '对…很兴奋' },
  { pattern: ['am', 'boring', 'with'], english: '"am bored with"', replacement: 'am bored with', source: '对…感到无聊' },
  // Set formulas of letters, notices and labels (issue #18: business letters, hotel pages, UI strings, recipes), each
  // absent from Brown. German "im Anhang", Italian "in allegato": "attached"; English writes "in attachment" only in
  // psychology ("differences in attachment"), so only before the reader or after "find", "send".
  { pattern: ['in', 'attachment', 'you'], english: '"attached"', source: 'im Anhang; in allegato; en pièce jointe' },
  { pattern: ['in', 'attachment', 'we'], english: '"attached"', source: 'im Anhang; in allegato; en pièce jointe' },
  { pattern: ['in', 'attachment', 'please'], english: '"attached"', source: 'im Anhang; in allegato; en pièce jointe' },
  { pattern: ['=find', 'in', 'attachment'], english: '"please find attached"', source: 'im Anhang finden Sie; in allegato trova' },
  { pattern: ['=send', 'in', 'attachment'], english: '"send as an attachment" or "attach"', source: 'im Anhang senden; inviare in allegato' },
  // Letter closings: German "Mit freundlichen Grüßen", French "salutations distinguées", Spanish "cordiales saludos".
  { pattern: ['friendly', 'greetings'], english: '"Kind regards"', source: 'mit freundlichen Grüßen' },
  { pattern: ['distinguished', 'greetings'], english: '"Yours faithfully" or "Kind regards"', source: 'salutations distinguées; distinti saluti' },
  { pattern: ['distinguished', 'salutations'], english: '"Yours faithfully" or "Kind regards"', source: 'salutations distinguées; distinti saluti' },
  { pattern: ['expression', 'of', 'my', 'distinguished'], english: '"Yours faithfully"', source: "l'expression de mes salutations distinguées" },
  { pattern: ['expression', 'of', 'our', 'distinguished'], english: '"Yours faithfully"', source: "l'expression de nos salutations distinguées" },
  { pattern: ['cordial', 'salutes'], english: '"Kind regards"', source: 'cordiales saludos; cordiali saluti' },
  { pattern: ['=greet', 'you', 'cordially'], english: '"Kind regards"', source: 'vi salutiamo cordialmente; le saludamos cordialmente' },
  { pattern: ['=take', 'the', 'occasion', 'to'], english: '"take this opportunity to"', source: "profiter de l'occasion; cogliere l'occasione" },
  { pattern: ['=permit', 'myself', 'to'], english: '"may I" or "I am writing to"', source: 'je me permets de; ich erlaube mir' },
  { pattern: ['=permit', 'ourselves', 'to'], english: '"we would like to" or "we are writing to"', source: 'nous nous permettons de; wir erlauben uns' },
  { pattern: ['=have', 'the', 'faculty', 'to'], english: '"have the right to" or "may"', source: 'avoir la faculté de; tener la facultad de; avere facoltà di' },
  { pattern: ['at', 'the', 'occasion', 'of'], english: '"on the occasion of"', replacement: 'on the occasion of', source: "à l'occasion de; con ocasión de" },
  // French "24 heures sur 24", Italian "24 ore su 24": English "24 hours a day", "seven days a week" ("24 hours on 24
  // December" is a date).
  { pattern: ['hours', 'on', '24'], english: '"24 hours a day"', replacement: 'hours a day', source: '24 heures sur 24; 24 ore su 24', closesPhrase: true },
  { pattern: ['hours', 'out', 'of', '24'], english: '"24 hours a day"', replacement: 'hours a day', source: '24 heures sur 24; 24 ore su 24' },
  { pattern: ['days', 'on', '7'], english: '"seven days a week"', replacement: 'days a week', source: '7 jours sur 7; 7 giorni su 7', closesPhrase: true },
  { pattern: ['days', 'out', 'of', '7'], english: '"seven days a week"', replacement: 'days a week', source: '7 jours sur 7; 7 giorni su 7' },
  // Italian "dalle ore 14", "alle ore 10": a clock time takes no "hours".
  { pattern: ['from', 'hours'], english: '"from" and the time', replacement: 'from', source: 'dalle ore', beforeAmount: true },
  { pattern: ['until', 'hours'], english: '"until" and the time', replacement: 'until', source: 'fino alle ore', beforeAmount: true },
  { pattern: ['at', 'hours'], english: '"at" and the time', replacement: 'at', source: 'alle ore', beforeAmount: true },
  { pattern: ['by', 'hours'], english: '"by" and the time', replacement: 'by', source: 'entro le ore', beforeAmount: true },
  // French "avoir lieu", Spanish "tener lugar", Italian "aver luogo": an event "takes place".
  { pattern: ['=have', 'place', 'in'], english: '"take place"', source: 'avoir lieu; tener lugar; aver luogo' },
  { pattern: ['=have', 'place', 'on'], english: '"take place"', source: 'avoir lieu; tener lugar; aver luogo' },
  { pattern: ['=have', 'place', 'at'], english: '"take place"', source: 'avoir lieu; tener lugar; aver luogo' },
  { pattern: ['=have', 'place', 'from'], english: '"take place"', source: 'avoir lieu; tener lugar; aver luogo' },
  { pattern: ['will', 'have', 'place'], english: '"will take place"', replacement: 'will take place', source: 'avoir lieu; tener lugar; aver luogo' },
  // French "conforme à", Italian "conforme a": English has the verb ("conforms to", "complies with").
  { pattern: ['is', 'conform', 'to'], english: '"conforms to" or "complies with"', replacement: 'conforms to', source: 'est conforme à; è conforme a' },
  { pattern: ['is', 'conform', 'with'], english: '"complies with"', replacement: 'complies with', source: 'est conforme à; è conforme a' },
  { pattern: ['are', 'conform', 'to'], english: '"conform to" or "comply with"', replacement: 'conform to', source: 'sont conformes à; sono conformi a' },
  { pattern: ['are', 'conform', 'with'], english: '"comply with"', replacement: 'comply with', source: 'sont conformes à; sono conformi a' },
  { pattern: ['be', 'conform', 'to'], english: '"conform to" or "comply with"', replacement: 'conform to', source: 'être conforme à; essere conforme a' },
  // Labels and recipes: French "à consommer de préférence avant" ("best before"), "monter la crème" and Italian
  // "montare la panna" (whip; English mounts a bracket), "à feu doux", "a fuoco basso" (over a low heat), "un chiffon
  // humide" (a damp cloth), "hors de portée des enfants" (out of the reach of children).
  { pattern: ['consume', 'preferably', 'before'], english: '"best before"', replacement: 'best before', source: 'à consommer de préférence avant; da consumarsi preferibilmente entro' },
  { pattern: ['consumed', 'preferably', 'before'], english: '"best before"', replacement: 'best before', source: 'à consommer de préférence avant; da consumarsi preferibilmente entro' },
  { pattern: ['=preheat', 'at'], english: '"preheat to"', lastWord: 'to', source: 'préchauffer à; preriscaldare a', beforeAmount: true },
  { pattern: ['mount', 'the', 'cream'], english: '"whip the cream"', source: 'monter la crème; montare la panna' },
  { pattern: ['mount', 'the', 'egg', 'whites'], english: '"whisk the egg whites"', source: 'monter les blancs; montare gli albumi' },
  { pattern: ['mount', 'the', 'whites'], english: '"whisk the egg whites"', source: 'monter les blancs; montare gli albumi' },
  { pattern: ['at', 'low', 'fire'], english: '"over a low heat"', replacement: 'over a low heat', source: 'à feu doux; a fuoco basso' },
  { pattern: ['at', 'medium', 'fire'], english: '"over a medium heat"', replacement: 'over a medium heat', source: 'à feu moyen; a fuoco medio' },
  { pattern: ['at', 'high', 'fire'], english: '"over a high heat"', replacement: 'over a high heat', source: 'à feu vif; a fuoco alto' },
  { pattern: ['at', 'slow', 'fire'], english: '"over a low heat"', replacement: 'over a low heat', source: 'à feu doux; a fuoco lento' },
  { pattern: ['on', 'low', 'fire'], english: '"over a low heat"', replacement: 'over a low heat', source: 'à feu doux; a fuoco basso' },
  { pattern: ['humid', 'cloth'], english: '"damp cloth"', replacement: 'damp cloth', source: 'chiffon humide; panno umido' },
  { pattern: ['humid', 'sponge'], english: '"damp sponge"', replacement: 'damp sponge', source: 'éponge humide; spugna umida' },
  { pattern: ['reach', 'of', 'the', 'children'], english: '"reach of children"', replacement: 'reach of children', source: 'hors de portée des enfants; fuori dalla portata dei bambini' },
  // French "l'inconvénient", Spanish "el inconveniente" (the inconvenience): English "inconvenient" is an adjective.
  { pattern: ['for', 'the', 'inconvenient'], english: '"for the inconvenience"', replacement: 'for the inconvenience', source: "l'inconvénient; el inconveniente", closesPhrase: true },
  { pattern: ['inconvenient', 'caused'], english: '"inconvenience caused"', replacement: 'inconvenience caused', source: "l'inconvénient; el inconveniente" },
  // French "êtes-vous sûr de vouloir", Chinese "确定要…吗": a confirmation asks whether the user wants to.
  { pattern: ['are', 'you', 'sure', 'to'], english: '"Are you sure you want to"', replacement: 'are you sure you want to', source: 'êtes-vous sûr de; 确定要…吗' },
  { pattern: ['are', 'you', 'sure', 'of', 'wanting', 'to'], english: '"Are you sure you want to"', replacement: 'are you sure you want to', source: 'êtes-vous sûr de vouloir' },
  // Wishes: French "bon appétit", Russian "приятного аппетита", French "bonne continuation", "bon séjour".
  { pattern: ['good', 'appetite'], english: '"Enjoy your meal!"', source: 'bon appétit; приятного аппетита; buen provecho', opensSentence: true },
  { pattern: ['good', 'continuation'], english: '"All the best" or "Good luck with …"', source: 'bonne continuation; buena continuación', opensSentence: true, notBeforeOf: true },
  { pattern: ['good', 'stay'], english: '"Enjoy your stay!"', source: 'bon séjour; buona permanenza', opensSentence: true, closesPhrase: true },
  { pattern: ['a', 'good', 'continuation'], english: '"all the best" or "good luck with …"', source: 'bonne continuation; buena continuación', notBeforeOf: true, closesPhrase: true },
  // Hotel and shop pages: French "équipé de", Italian "dotato di" (equipped with); Italian "composto da", Spanish
  // "compuesto por" + a count (consists of); French "à pied", Italian "a piedi" (on foot); Italian "nel termine di",
  // Spanish "en el plazo de" (within); German "eine Gültigkeit von", Italian "una validità di" (is valid for).
  { pattern: ['equipped', 'of'], english: '"equipped with"', replacement: 'equipped with', source: 'équipé de; dotato di; equipado de' },
  { pattern: ['composed', 'by'], english: '"consists of" or "has"', replacement: 'composed of', source: 'composto da; compuesto por', beforeAmount: true },
  { pattern: ['by', 'foot'], english: '"on foot"', replacement: 'on foot', source: 'à pied; a piedi; a pie; zu Fuß', closesPhrase: true },
  // "mit hoher Geschwindigkeit", "с большой скоростью", "à grande vitesse": English moves "at" a speed ("with great
  // speed" is a manner, and English too); not before a noun ("with high speed internet").
  ...['high', 'full', 'top', 'maximum', 'breakneck', 'reduced', 'low'].map((degree) => ({ pattern: ['with', degree, 'speed'], english: `"at ${degree} speed"`, replacement: `at ${degree} speed`, source: 'mit hoher Geschwindigkeit; с большой скоростью; à grande vitesse', closesPhrase: true })),
  { pattern: ['in', 'the', 'term', 'of'], english: '"within"', replacement: 'within', source: 'nel termine di; en el plazo de', beforeAmount: true },
  { pattern: ['=have', 'a', 'validity', 'of'], english: '"is valid for"', source: 'eine Gültigkeit von; una validità di; une validité de', beforeAmount: true },
  // "Preheat" opening a recipe step is read first as a name: its written form is listed too.
  { pattern: ['preheat', 'the', 'oven', 'at'], english: '"preheat the oven to"', lastWord: 'to', source: 'préchauffer le four à; preriscaldare il forno a', beforeAmount: true },
  { pattern: ['=preheat', 'the', 'oven', 'at'], english: '"preheat the oven to"', lastWord: 'to', source: 'préchauffer le four à; preriscaldare il forno a', beforeAmount: true },
  // Software messages: French "impossible de", Spanish "imposible", Italian "impossibile" + an infinitive, opening
  // the message; English UI says "Unable to" or "Cannot" (see UNABLE_VERBS below). French "terminé avec succès",
  // Italian "completato con successo": "completed successfully". French "passer à l'étape suivante": "go to".
  ...['terminate', 'complete', 'conclude'].map((verb) => ({ pattern: [`=${verb}`, 'with', 'success'], english: '"successfully" after the verb', source: 'terminé avec succès; completato con successo; completado con éxito' })),
  // "Pass" opening an instruction is read first as a name: its written form is listed too.
  ...['step', 'page', 'screen', 'question', 'point', 'item', 'field', 'tab', 'slide'].flatMap((next) => ['=pass', 'pass'].map((pass) => ({ pattern: [pass, 'to', 'the', 'next', next], english: '"go to" or "move on to"', source: "passer à l'étape suivante; passare al passo successivo" }))),
  // Dialogue: French "nous sommes trois", Italian "siamo in tre", Spanish "somos tres": "there are three of us"
  // (not before a noun: "we are in two minds").
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten'].flatMap((count) => [
    { pattern: ['we', 'are', 'in', count], english: `"there are ${count} of us"`, source: 'siamo in tre; nous sommes trois; somos tres', closesPhrase: true },
    { pattern: ['we', 'were', 'in', count], english: `"there were ${count} of us"`, source: 'eravamo in tre; nous étions trois; éramos tres', closesPhrase: true },
  ]),
  // Hotel pages: French "vue sur la mer", Italian "vista sul mare" (a view of the sea; "views on" a matter are
  // opinions, so only landscapes, and not before a noun: "views on the river crossing"); French "compris dans le prix",
  // Italian "compreso nel prezzo" (included).
  ...['sea', 'lake', 'mountains', 'valley', 'bay', 'harbour', 'harbor', 'garden', 'river', 'ocean', 'beach'].flatMap((place) => [
    { pattern: ['view', 'on', 'the', place], english: `"a view of the ${place}"`, replacement: `view of the ${place}`, source: 'vue sur la mer; vista sul mare; vista al mar', closesPhrase: true },
    { pattern: ['views', 'on', 'the', place], english: `"views of the ${place}"`, replacement: `views of the ${place}`, source: 'vue sur la mer; vista sul mare; vista al mar', closesPhrase: true },
  ]),
  ...['price', 'rate', 'cost', 'fee'].map((price) => ({ pattern: ['comprised', 'in', 'the', price], english: '"included in the price"', replacement: `included in the ${price}`, source: 'compris dans le prix; compreso nel prezzo' })),
  // Contracts: French "déclare avoir lu", Italian "dichiara di aver letto": "confirms that he has read".
  { pattern: ['declares', 'to', 'have'], english: '"declares that he (she) has" or "confirms having"', source: 'déclare avoir; dichiara di avere' },
  { pattern: ['declare', 'to', 'have'], english: '"declare that they have" or "confirm having"', source: 'déclarent avoir; dichiarano di avere' },
  // Manuals: French "adressez-vous au revendeur", Italian "rivolgersi al rivenditore": "contact the dealer".
  ...['seller', 'dealer', 'retailer', 'manufacturer', 'shop', 'store', 'technician', 'reception', 'staff', 'pharmacist', 'doctor'].map((who) => ({ pattern: ['address', 'yourself', 'to', 'the', who], english: `"contact the ${who}"`, replacement: `contact the ${who}`, source: 'adressez-vous à; rivolgersi a; diríjase a' })),
  // Recipes: French "jusqu'à obtenir", Italian "fino a ottenere" (until you get); Italian "un filo d'olio" (a drizzle);
  // French "dans le sens des aiguilles d'une montre" (clockwise); French "laisser dorer" (brown).
  { pattern: ['until', 'obtaining', 'a'], english: '"until you get a …" or "to form a …"', source: "jusqu'à obtenir; fino a ottenere; hasta obtener" },
  { pattern: ['filo', 'of', 'oil'], english: '"a drizzle of oil"', replacement: 'drizzle of oil', source: "un filo d'olio" },
  { pattern: ['in', 'the', 'sense', 'of', 'the', 'clock'], english: '"clockwise"', source: "dans le sens des aiguilles d'une montre; in senso orario" },
  { pattern: ['let', 'it', 'gild'], english: '"let it brown"', replacement: 'let it brown', source: 'laisser dorer; far dorare' },
  // Product pages from Chinese ("不易生锈", "不易变形": does not rust, deform easily): English "easy to" takes a verb
  // with an object ("easy to carry"); these have none. "easy to fade into the background" is English and not listed.
  ...['rust', 'deform', 'tarnish', 'corrode', 'wrinkle', 'pill'].map((verb) => ({ pattern: ['not', 'easy', 'to', verb], english: `"does not ${verb} easily" or "${verb}-resistant"`, source: '不易生锈; 不易变形; 不易褪色' })),
  { pattern: ['by', 'the', 'majority', 'of', 'votes'], english: '"by a majority" or "by a majority vote"', replacement: 'by a majority vote', source: 'большинством голосов' },
  // Russian "под открытым небом", Polish "pod gołym niebem", German "unter freiem Himmel": an event held outdoors.
  { pattern: ['under', 'the', 'open', 'sky'], english: '"in the open air" or "outdoors"', replacement: 'in the open air', source: 'под открытым небом; pod gołym niebem; unter freiem Himmel' },
  // Russian "включительно", Polish "włącznie": the last day counted. English puts "inclusive" after it, or says "through".
  ...[...WEEKDAYS, ...MONTHS].map((day) => ({ pattern: [day, 'inclusively'], english: `"${day[0]!.toUpperCase()}${day.slice(1)} inclusive" or "through ${day[0]!.toUpperCase()}${day.slice(1)}"`, replacement: `${day} inclusive`, source: 'включительно; włącznie; inclusivement' })),
  // Russian "упасть вниз на", Polish "spaść w dół o": a price or a count falls by an amount, without "down".
  ...['fall', 'falls', 'fell', 'fallen', 'falling'].flatMap((fall) => ['by', 'to'].map((p) =>
    ({ pattern: [fall, 'down', p], english: `"${fall} ${p}" (a figure falls without "down")`, replacement: `${fall} ${p}`, beforeAmount: true, source: 'упали на; spadły o' }))),
  // French "en cours", Spanish "en curso", Italian "in corso": what is still going on. English "in course of" needs its
  // "of" ("in course of construction"), which is not read.
  ...['is', 'are', 'was', 'were', 'be', 'been', 'remains', 'remain', 'remained'].flatMap((be) =>
    [[be, 'in', 'course'], [be, 'still', 'in', 'course'], [be, 'already', 'in', 'course'], [be, 'currently', 'in', 'course']].map((pattern) =>
      ({ pattern, english: '"under way" or "in progress"', replacement: [...pattern.slice(0, -2), 'under', 'way'].join(' '), closesPhrase: true, notBeforeOf: true, source: 'en cours; en curso; in corso' }))),
  // French "des dégâts importants", Spanish "daños importantes", Italian "danni importanti": heavy damage.
  { pattern: ['important', 'damage'], english: '"heavy damage" or "serious damage"', replacement: 'serious damage', closesPhrase: true, source: 'dégâts importants; daños importantes; danni importanti' },
  { pattern: ['important', 'damages'], english: '"heavy damage" or "serious damage"', replacement: 'serious damage', closesPhrase: true, source: 'dégâts importants; daños importantes; danni importanti' },
  // Spanish "en la costa", Italian "sulla costa" read as "in", Russian "на побережье": a place is "on" a coast or shore.
  // Only after a word of being or placing: "the openings in the coast" (Brown) are holes in it.
  ...['located', 'situated', 'built', 'based', 'lies', 'lay', 'live', 'lives', 'lived', 'is', 'are', 'was', 'were'].flatMap((verb) =>
    ['coast', 'shore', 'seafront'].map((coast) => ({ pattern: [verb, 'in', 'the', coast], english: `"on the ${coast}"`, replacement: `${verb} on the ${coast}`, closesPhrase: true, source: 'en la costa; sulla costa; на побережье' }))),
  // Old French and Italian "pour/per" before an infinitive kept with English "to": "measures for to reduce".
  ...['measures', 'steps', 'money', 'funds', 'means', 'ways', 'tools', 'efforts', 'time', 'help', 'plans', 'programme', 'program', 'equipment', 'resources', 'actions'].map((noun) =>
    ({ pattern: [noun, 'for', 'to'], english: `"${noun} to"`, replacement: `${noun} to`, beforeVerb: true, source: 'pour; per; para' })),
  // French "en cadeau", Spanish "como regalo", Italian "in regalo", Russian "в подарок": English has its article.
  { pattern: ['as', 'gift'], english: '"as a gift"', replacement: 'as a gift', closesPhrase: true, source: 'en cadeau; como regalo; in regalo; в подарок' },
  // French "le meilleur du monde", Spanish "el mejor del mundo", Italian "il migliore del mondo": a superlative's range
  // is "in the world". "the best of the world's" is English (a possessive after the phrase), not read.
  // A plain adjective only after "most": "the rich and famous of the country" name people.
  ...[...['best', 'worst', 'largest', 'biggest', 'greatest', 'highest', 'oldest', 'tallest', 'richest', 'poorest', 'fastest', 'longest', 'smallest', 'deepest', 'strongest'].map((adjective) => [adjective]),
    ...['beautiful', 'important', 'famous', 'popular', 'visited', 'powerful'].map((adjective) => ['most', adjective])].flatMap((superlative) =>
    ['world', 'country'].map((range) => ({ pattern: [...superlative, 'of', 'the', range], english: `"${superlative.join(' ')} in the ${range}"`, replacement: `${superlative.join(' ')} in the ${range}`, closesPhrase: true, source: 'du monde; del mundo; del mondo' }))),
  // French "la fuite du pays", Spanish "la huida del país": one escapes "from" a place; "the escape of the prisoners"
  // names who escaped, and a person is not listed; nor is the place as a possessive ("the escape of the city's elite").
  ...['country', 'city', 'prison', 'jail', 'camp', 'island', 'region'].map((place) =>
    ({ pattern: ['escape', 'of', 'the', place], english: `"escape from the ${place}"`, replacement: `escape from the ${place}`, closesPhrase: true, source: 'la fuite du pays; la huida del país; la fuga dal paese' })),
  // Russian "причины кризиса", German "die Gründe des": the reasons "for".
  { pattern: ['the', 'reasons', 'of'], english: '"the reasons for"', replacement: 'the reasons for', source: 'причины (чего); Gründe (des); razones de', notAfter: 'by' },
  // Polish "wziąć udział na", Russian "принять участие на": "take part in".
  { pattern: ['=take', 'part', 'on'], english: '"take part in"', lastWord: 'in', source: 'wziąć udział na; принять участие на' },
  // Russian "годовщина со дня основания", Polish "rocznica od": the anniversary "of" an event.
  { pattern: ['anniversary', 'from', 'the'], english: '"the anniversary of"', replacement: 'anniversary of the', source: 'годовщина со дня; rocznica od' },
  // Russian "борьба с коррупцией", Polish "walka z korupcją", German "Kampf mit": English fights "against" a social ill.
  // "a fight with his brother", "her fight with cancer" are English and not listed.
  ...['corruption', 'crime', 'terrorism', 'poverty', 'extremism', 'inflation', 'unemployment', 'smuggling', 'fraud', 'piracy', 'drugs', 'racism'].flatMap((ill) =>
    [['fight', 'with', ill], ['fights', 'with', ill], ['fought', 'with', ill], ['fighting', 'with', ill], ['fight', 'with', 'the', ill]].map((pattern) =>
      ({ pattern, english: `"fight against ${ill}"`, replacement: `${pattern[0]} against ${ill}`, closesPhrase: true, source: 'борьба с; walka z; Kampf mit' }))),
  // Russian "с нетерпением ждём", German "freuen uns auf", Polish "czekamy na" by way of "for": "look forward to". Only
  // before a possessive or a gerund: "looked forward for a moment" is a glance ahead.
  ...['look', 'looks', 'looked', 'looking'].flatMap((look) => ['your', 'our', 'hearing', 'seeing', 'meeting', 'working', 'welcoming', 'receiving'].map((next) =>
    ({ pattern: [look, 'forward', 'for', next], english: '"look forward to"', replacement: `${look} forward to ${next}`, source: 'ждём с нетерпением; freuen uns auf; czekamy na' }))),
  // Russian "по адресу", Polish "pod adresem": one lives or is found "at" an address.
  ...['located', 'situated', 'lives', 'live', 'lived', 'living', 'registered', 'based'].map((verb) =>
    ({ pattern: [verb, 'on', 'the', 'address'], english: '"at the address"', replacement: `${verb} at the address`, source: 'по адресу; pod adresem' })),
  // Russian "на расстоянии", Polish "w odległości", German "in einer Entfernung von": "at a distance of" + an amount;
  // "depends on the distance of the star" is English, and no amount follows it.
  { pattern: ['on', 'the', 'distance', 'of'], english: '"at a distance of"', replacement: 'at a distance of', beforeAmount: true, source: 'на расстоянии; w odległości' },
  { pattern: ['on', 'a', 'distance', 'of'], english: '"at a distance of"', replacement: 'at a distance of', beforeAmount: true, source: 'на расстоянии; w odległości' },
  // Russian "в конце мая", Polish "w końcu roku" read as "in the end of": a time's end is "at the end of"; "in the end"
  // alone (finally) is English, and so is "in the end of the bathroom" (Brown), not a time.
  ...[...[...MONTHS].map((month) => [month]), ...['the', 'this', 'next', 'last'].flatMap((d) => ['year', 'month', 'week', 'season', 'century', 'decade', 'quarter', 'summer', 'winter', 'spring', 'autumn'].map((unit) => [d, unit]))].map((time) =>
    ({ pattern: ['in', 'the', 'end', 'of', ...time], english: '"at the end of"', replacement: `at the end of ${time.map((w) => (MONTHS.has(w) ? `${w[0]!.toUpperCase()}${w.slice(1)}` : w)).join(' ')}`, source: 'в конце; w końcu; à la fin de' })),
  // Russian "на фото", Polish "na zdjęciu", German "auf dem Foto": what a photo shows is "in" it. Only after a word of
  // seeing or being shown: "measurements on the photograph" (Brown) are made on its surface.
  ...['seen', 'shown', 'visible', 'pictured', 'depicted', 'smiling', 'standing', 'sitting', 'posing'].flatMap((verb) => ['photo', 'picture', 'photograph', 'image'].map((photo) =>
    ({ pattern: [verb, 'on', 'the', photo], english: `"in the ${photo}"`, replacement: `${verb} in the ${photo}`, closesPhrase: true, source: 'на фото; na zdjęciu; auf dem Foto' }))),
  // Italian "ricercatori dell'università", Spanish "científicos de la universidad": people "from" or "at" a university.
  ...['scientists', 'researchers', 'experts', 'specialists'].map((people) =>
    ({ pattern: [people, 'of', 'the', 'university'], english: `"${people} from the university" or "at the university"`, replacement: `${people} from the university`, source: "ricercatori dell'università; científicos de la universidad" })),
  ...UNABLE_VERBS.map((verb) => ({ pattern: ['impossible', 'to', verb], english: '"Unable to" or "Cannot"', replacement: `unable to ${verb}`, source: 'impossible de; imposible; impossibile', opensSentence: true })),
];

/** The word after a phrase makes its last word a modifier: a noun or adjective, or a noun read first as a verb ("the light switch panel"). */
function modifiesNext(t: Token | undefined): boolean {
  const tag = primaryTag(t);
  // A possessive makes the phrase's last word its owner: "the best of the world's", "in the coast's".
  return /^(?:NN|JJ)/.test(tag) || tag === 'POS' || (/^VB/.test(tag) && t!.tags.includes('NN'));
}

const BY_FIRST_WORD = byFirstWord(CALQUES);
// The second word of every calque: a candidate must be followed by one ("on the", "took measures").
const SECOND_WORDS = new WordSet(CALQUES.map((c) => c.pattern[1]!));

// Channels that German "per" and Russian "по" take where English says "by": "per email" (per E-Mail), "per post".
const CHANNELS = new WordSet(['email', 'e-mail', 'mail', 'post', 'phone', 'telephone', 'fax', 'letter', 'courier', 'sms', 'text', 'messenger', 'video', 'videoconference']);
// Before "per", what makes it a rate, which is English: "two euros per email", "the cost per letter".
const RATE_WORDS = new WordSet(['cost', 'costs', 'fee', 'fees', 'price', 'charge', 'charges', 'rate', 'cent', 'cents', 'penny', 'pence', 'once', 'twice']);
// Nouns that take an infinitive of purpose where Russian has "по" + a noun of action ("меры по набору" → "measures
// on recruiting"). "efforts on", "work on" + -ing are English ("concentrate its efforts on eliminating").
const PURPOSE_NOUNS = new WordSet(['measures', 'steps', 'proposals']);

// "in the frame of the door" is a real frame; "in the frame of the summit" (в рамках) has an event, act or group after it.
// ("forum", a place and a body, counts; "door", "window", "oak" do not).
const ABSTRACT_SENSES = new WordSet(['noun.act', 'noun.event', 'noun.communication', 'noun.group', 'noun.relation']);

/** The noun phrase at `from` names an event, act, programme or body, not only a thing one could hold. */
function abstractHead(tokens: readonly Token[], from: number): boolean {
  // The last word with a noun sense before punctuation or a preposition: the lexicon knows some British spellings
  // only as verbs ("programme"), so a noun phrase read by tags alone may stop short.
  let head: Token | undefined;
  for (let k = from; k < tokens.length && k - from < 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || primaryTag(t) === 'IN') break;
    if (nounSenses(nounSingular.of(t)).length > 0) head = t;
  }
  if (head === undefined) return false;
  if (isProperNoun(head) && /^\p{Lu}/u.test(head.text)) return true;
  const senses = nounSenses(nounSingular.of(head));
  return senses.some((x) => ABSTRACT_SENSES.has(x)) || (senses.includes('noun.cognition') && !senses.includes('noun.artifact'));
}


/** "on Minsk time", "on local time" (по московскому времени): English gives a clock's zone without "on". */
function onZoneTime(tokens: readonly Token[], i: number): Report | undefined {
  const on = tokens[i]!;
  if (on.lower !== 'on') return undefined;
  let k = i + 1;
  // A zone: a capitalised name or two ("Minsk", "Central European"), or "local".
  while (k < tokens.length && k - i <= 3 && tokens[k]!.kind === 'word' && (/^\p{Lu}/u.test(tokens[k]!.text) || tokens[k]!.lower === 'local')) k++;
  if (k === i + 1 || tokens[k]?.lower !== 'time') return undefined;
  // "on Thursday time" is not a zone; a day or month name is a time phrase of its own.
  if (isTimePhrase(tokens, i + 1)) return undefined;
  return {
    start: on.start,
    end: tokens[k]!.end,
    message: `"on … time" renders Russian "по … времени"; English says "${tokens.slice(i + 1, k + 1).map((t) => t.text).join(' ')}" without "on".`,
    suggestions: [{ start: on.start, end: tokens[i + 1]!.start, replacement: '' }],
  };
}

/** "at the latest on Friday" (spätestens am Freitag): English puts the limit after, "by Friday at the latest". */
function atTheLatestBefore(tokens: readonly Token[], i: number): Report | undefined {
  // "at" first, before the four tokens are gathered: this runs at every word.
  if (tokens[i]?.lower !== 'at') return undefined;
  const [at, the, latest, p] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (at?.lower !== 'at' || the?.lower !== 'the' || !/^(latest|earliest)$/.test(latest?.lower ?? '') || !p) return undefined;
  if (!/^(on|in|at|until|by)$/.test(p.lower) || !isTimePhrase(tokens, i + 4)) return undefined;
  const end = tokens[nounPhraseEnd(tokens, i + 4) - 1] ?? tokens[i + 4]!;
  const when = tokens.slice(i + 4, nounPhraseEnd(tokens, i + 4)).map((t) => t.text).join(' ');
  // The deadline with "by" ("by Friday at the latest"); the earliest date keeps its preposition ("in May at the earliest").
  const preposition = latest!.lower === 'latest' ? 'by' : p.lower;
  return {
    start: at.start,
    end: end.end,
    message: `"${at.text} the ${latest!.text} ${p.text} …" renders German "spätestens/frühestens"; English says "${preposition} ${when} at the ${latest!.lower}".`,
    suggestions: [{ start: at.start, end: end.end, replacement: withCaseOf(at.text, `${preposition} ${when} at the ${latest!.lower}`) }],
  };
}

/** "per email", "per post" (German "per E-Mail"): a channel takes "by" in English, unless "per" gives a rate. */
function perChannel(tokens: readonly Token[], i: number): Report | undefined {
  const per = tokens[i]!;
  const channel = tokens[i + 1];
  if (per.lower !== 'per' || channel === undefined || !CHANNELS.hasToken(channel)) return undefined;
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number' || /^[$€£¥%]$/.test(t.text) || RATE_WORDS.hasToken(t) || primaryTag(t) === 'CD') return undefined;
  }
  return {
    start: per.start,
    end: channel.end,
    message: `"per ${channel.text}" renders German "per"; English says "by ${channel.text}".`,
    suggestions: [{ start: per.start, end: per.end, replacement: 'by' }],
  };
}

// After "took part at", what makes "at" an adjunct: "at the invitation of", "at his own expense", "at home".
// "took part on behalf of", "on a voluntary basis", "on both sides", "on equal terms": "on" of the manner or the side.
const ON_ADJUNCTS = new WordSet(['behalf', 'basis', 'footing', 'terms', 'side', 'sides', 'own', 'account', 'condition', 'conditions', 'voluntary', 'equal', 'both', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const AT_ADJUNCTS = new WordSet(['invitation', 'request', 'suggestion', 'urging', 'behest', 'expense', 'risk', 'home', 'times', 'least', 'first', 'once', 'will', 'short', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

// Words that may stand between "made up" and its number: "made up about 5 percent", "will make up minus five degrees".
const BEFORE_AMOUNT = new WordSet(['about', 'almost', 'nearly', 'around', 'only', 'just', 'over', 'some', 'approximately', 'roughly', 'minus', 'plus', 'more', 'less', 'than', 'under']);
const AMOUNT_UNITS = /^(?:%|percent|per|million|billion|trillion|thousand|euros?|dollars?|rubles?|roubles?|pounds?|yuan|hryvnias?|francs?|tonnes?|tons?|kilograms?|kg|kilometres?|kilometers?|km|metres?|meters?|hectares?|litres?|liters?|degrees?)$/;
// Maps, not object literals: a word such as "constructor" must not find an object's own keys.
const AMOUNT_TO: ReadonlyMap<string, string> = new WordMap([['make', 'amount to'], ['makes', 'amounts to'], ['made', 'amounted to'], ['making', 'amounting to']]);
const REACH: ReadonlyMap<string, string> = new WordMap([['make', 'reach'], ['makes', 'reaches'], ['made', 'reached'], ['making', 'reaching']]);

/**
 * "losses made up 2 million euros", "the temperature will make up minus five degrees" (составить): English "make up"
 * takes a share of a whole ("make up 40 percent of the staff"), never a bare amount; Brown never has a number after it.
 */
function makeUpAmount(tokens: readonly Token[], i: number): Report | undefined {
  const make = tokens[i]!;
  const up = tokens[i + 1];
  if (up?.lower !== 'up' || !AMOUNT_TO.has(make.lower)) return undefined;
  let k = i + 2;
  while (k < tokens.length && k - i < 6 && BEFORE_AMOUNT.hasToken(tokens[k]!)) k++;
  const amount = tokens[k];
  if (amount === undefined || !(amount.kind === 'number' || primaryTag(amount) === 'CD' || /^[$€£¥₽]$/.test(amount.text))) return undefined;
  // A share of a whole: "make up 40 percent of the workforce", "made up two thirds of the vote". Only money, shares
  // and measures count: "made up 10 points on the leader" is English for a deficit recovered.
  let degrees = false;
  let measured = /^[$€£¥₽]$/.test(amount.text);
  for (let j = k + 1; j < tokens.length && j - k < 6; j++) {
    const t = tokens[j]!;
    if (t.lower === 'of') return undefined;
    if (/^degrees?$/.test(t.lower)) degrees = true;
    if (j - k <= 3 && AMOUNT_UNITS.test(t.lower)) measured = true;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== ',' && t.text !== '%') break;
  }
  if (!measured && !degrees) return undefined;
  const english = (degrees ? REACH : AMOUNT_TO).get(make.lower)!;
  return {
    start: make.start,
    end: up.end,
    message: `"${make.text} up" + an amount renders Russian "составить"; English says "${english}" (or a form of "be").`,
    suggestions: [{ start: make.start, end: up.end, replacement: withCaseOf(make.text, english) }],
  };
}

// Russian "составляет 40%", Polish "stanowi 40%", Spanish "representa el 40%" rendered with "account" but without its
// "for": English "accounts for 40 percent".
const ACCOUNT_FORMS = new WordSet(['account', 'accounts', 'accounted', 'accounting']);
const SHARE_UNIT = /^(?:%|percent|per|half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)$/;

/** "Tourism accounts 40% of the income" → "accounts for 40%". Not a noun "accounts" after a determiner ("the accounts 2019"). */
function accountsShare(tokens: readonly Token[], i: number): Report | undefined {
  const account = tokens[i]!;
  if (!ACCOUNT_FORMS.hasToken(account) || /^(DT|PRP\$|JJ|CD)$/.test(primaryTag(tokens[i - 1]))) return undefined;
  let k = i + 1;
  while (k < tokens.length && k - i < 4 && BEFORE_AMOUNT.hasToken(tokens[k]!)) k++;
  const amount = tokens[k];
  if (amount === undefined || !(amount.kind === 'number' || primaryTag(amount) === 'CD')) return undefined;
  // "40%" may come as one token.
  if (!amount.text.endsWith('%') && !SHARE_UNIT.test(tokens[k + 1]?.lower ?? '') && !SHARE_UNIT.test(tokens[k + 2]?.lower ?? '')) return undefined;
  return {
    start: account.start,
    end: account.end,
    message: `"${account.text}" + a share renders "составлять", "stanowić" or "representar"; English says "${account.lower} for".`,
    suggestions: [{ start: account.start, end: account.end, replacement: `${account.text} for` }],
  };
}

// German "ein Foto machen", "eine Pause machen", "einen Spaziergang machen" (also Russian "сделать фото"): English
// takes a photo, a pause, a walk. ("make a break" is English for an escape and stays out.)
const TAKEN = new WordSet(['photo', 'photos', 'photograph', 'photographs', 'pause', 'walk', 'walks', 'shower', 'nap', 'selfie', 'selfies']);
const TAKE: WordMap<string> = new WordMap([['make', 'take'], ['makes', 'takes'], ['made', 'took'], ['making', 'taking']]);
const BEFORE_TAKEN = new WordSet(['a', 'lot', 'the', 'some', 'many', 'several', 'few', 'more', 'two', 'three', 'lots', 'of', 'short', 'long', 'quick', 'brief', 'new', 'first', 'group']);

// German "erklären" and Russian "объяснить" take the person bare (erklärte mir, объяснил мне); English "explain"
// takes "to": "explained to me the rules" reads better as "explained the rules to me", but "to" alone mends it.
const EXPLAIN = new WordSet(['explain', 'explains', 'explained', 'explaining']);
// Object pronouns that cannot be possessives ("explaining her errand" is English).
const PERSON_PRONOUNS = new WordSet(['me', 'us', 'him', 'them']);
// What opens the thing explained: "explained them the rules", "explained us that …", "explained me how …".
const EXPLAINED_OPENERS = new WordSet(['the', 'a', 'an', 'that', 'how', 'why', 'what', 'where', 'when', 'his', 'their', 'our', 'its', 'my', 'your', 'this', 'these', 'those', 'all']);

/** "explained me the rules", "explain us how …": the person after "explain" without "to". */
function explainWithoutTo(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const person = tokens[i + 1];
  if (!EXPLAIN.hasToken(verb) || person === undefined || !PERSON_PRONOUNS.hasToken(person) || !EXPLAINED_OPENERS.has(tokens[i + 2]?.lower ?? '')) return undefined;
  return {
    start: verb.start,
    end: person.end,
    message: `"${verb.text} ${person.text}" renders German "erklären" or Russian "объяснить" with a bare person; English explains something "to" someone: "${verb.text} to ${person.text}".`,
    suggestions: [{ start: person.start, end: person.start, replacement: 'to ' }],
  };
}

// Russian "поздравить с" and German "gratulieren zu" + "mit": English congratulates someone "on" something.
const CONGRATULATE = new WordSet(['congratulate', 'congratulates', 'congratulated', 'congratulating']);

/** "congratulated the team with the victory": "with" where English congratulates "on". */
function congratulateWith(tokens: readonly Token[], i: number): Report | undefined {
  if (!CONGRATULATE.hasToken(tokens[i]!)) return undefined;
  // The person (a pronoun or a short noun phrase), then "with"; any other preposition or a mark ends the search.
  for (let k = i + 1; k < tokens.length && k - i <= 5; k++) {
    const t = tokens[k]!;
    if (t.lower === 'with') {
      // "with a handshake", "with a smile": the manner, which English puts there too.
      if (/^(a|an)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
      return {
        start: t.start,
        end: t.end,
        message: 'English congratulates someone "on" something; "with" renders Russian "поздравить с".',
        suggestions: [{ start: t.start, end: t.end, replacement: 'on' }],
      };
    }
    if (t.kind !== 'word' || primaryTag(t) === 'IN' || primaryTag(t) === 'TO') return undefined;
  }
  return undefined;
}

/** "made a photo of the castle", "made a pause": "make" where English says "take". */
function makeForTake(tokens: readonly Token[], i: number): Report | undefined {
  const make = tokens[i]!;
  if (!TAKE.has(make.lower)) return undefined;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && BEFORE_TAKEN.hasToken(tokens[k]!)) k++;
  const noun = tokens[k];
  if (noun === undefined || !TAKEN.hasToken(noun)) return undefined;
  // "made a photo album", "made a walk sign": the noun modifies the next one, which is what was made ("made a photo
  // last week" names a time).
  if (modifiesNext(tokens[k + 1]) && !isTimePhrase(tokens, k + 1)) return undefined;
  // "has made a photo" → "has taken"; after a form of have or be the participle.
  const perfect = make.lower === 'made' && /^(has|have|had|having|was|were|been|be|is|are)$/.test(tokens[i - 1]?.lower ?? '');
  const take = perfect ? 'taken' : TAKE.getToken(make)!;
  return {
    start: make.start,
    end: noun.end,
    message: `"${make.text} … ${noun.text}" renders German "machen" (ein Foto machen); English says "${take}".`,
    suggestions: [{ start: make.start, end: make.end, replacement: withCaseOf(make.text, take) }],
  };
}

/** "measures on recruiting teachers" (меры по набору): English "measures to recruit teachers". */
function purposeOnGerund(tokens: readonly Token[], i: number): Report | undefined {
  const noun = tokens[i]!;
  const on = tokens[i + 1];
  const gerund = tokens[i + 2];
  if (!PURPOSE_NOUNS.hasToken(noun) || on?.lower !== 'on' || gerund === undefined || gerund.kind !== 'word') return undefined;
  if (!gerund.lower.endsWith('ing') || !gerund.tags.includes('VBG')) return undefined;
  const base = conjugateVerb(gerund.lower, 'VBP');
  return {
    start: noun.start,
    end: gerund.end,
    message: `"${noun.text} on ${gerund.text}" renders Russian "меры по …"; English says "${noun.text} to ${base}".`,
    suggestions: [{ start: on!.start, end: gerund.end, replacement: `to ${base}` }],
  };
}

// "on next week", "in last year", "in this summer": Russian "на следующей неделе", "в прошлом году", "этим летом" and
// German "im letzten Jahr", "in diesem Sommer" keep a preposition that English drops before "next", "last" and "this"
// with a unit of the calendar.
const NEXT_OR_LAST = new WordSet(['next', 'last']);
const CALENDAR_UNITS = new WordSet(['week', 'weekend', 'month', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'decade', 'century', 'quarter']);
// After "this" (Russian "в этом году", "на этой неделе"), the units English names bare; "in this century", "in this
// decade", "in this quarter" and "in this season" are English.
const THIS_UNITS = new WordSet(['week', 'weekend', 'month', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall']);

// Phrasal verbs whose "in" is a particle, so "in this month" after them is no preposition: "users who have not signed in
// this month", "she moved in this summer".
const IN_PARTICLE_VERBS = new WordSet(['sign', 'log', 'check', 'move', 'come', 'drop', 'fill', 'give', 'join', 'plug', 'turn', 'hand', 'settle', 'break', 'step', 'tune', 'opt', 'kick', 'chip', 'pitch', 'weigh', 'clock', 'phone', 'call', 'write', 'send', 'cave', 'pour', 'roll', 'set']);

// Verbs whose "on" names what they are about: "focus on next season", "bet on next year".
const ON_TOPIC_VERBS = new WordSet(['focus', 'concentrate', 'work', 'depend', 'rely', 'count', 'bet', 'comment', 'reflect', 'decide', 'agree', 'vote', 'spend', 'report', 'dwell', 'build', 'plan']);

/** "on next week", "in this summer" → "next week", "this summer". Not "at last" (finally: "At last spring came"), nor a phrase that modifies a noun. */
function prepositionBeforeNextOrLast(tokens: readonly Token[], i: number): Report | undefined {
  const preposition = tokens[i]!;
  if (preposition.lower !== 'on' && preposition.lower !== 'in') return undefined;
  // "on the next week" (на следующей неделе) too; "on the next day" is English, and days are not calendar units here.
  const article = preposition.lower === 'on' && tokens[i + 1]?.lower === 'the' ? 1 : 0;
  const which = tokens[i + 1 + article];
  const unit = tokens[i + 2 + article];
  // A weekday only without the article: "on the next Tuesday after the vote" is English.
  const nextOrLast = which !== undefined && unit !== undefined && NEXT_OR_LAST.hasToken(which) && (CALENDAR_UNITS.hasToken(unit) || (article === 0 && WEEKDAYS.has(unit.lower)));
  // "in this year of all years": a unit with "of" after it is named, not placed.
  const thisUnit = article === 0 && which?.lower === 'this' && THIS_UNITS.has(unit?.lower ?? '') && tokens[i + 3]?.lower !== 'of';
  if (!nextOrLast && !thisUnit) return undefined;
  const before = tokens[i - 1];
  if (preposition.lower === 'in' && before !== undefined && before.kind === 'word' && IN_PARTICLE_VERBS.has(lemma.of(before))) return undefined;
  // "the report on last year", "focus on next season": "on" names a topic after a noun or such a verb.
  // "take place on next Tuesday": the noun of "take place" names no topic.
  const takePlace = before?.lower === 'place' && lemma(tokens[i - 2]?.lower ?? '') === 'take';
  if (preposition.lower === 'on' && before !== undefined && !takePlace && (/^NNS?$/.test(primaryTag(before)) || ON_TOPIC_VERBS.has(lemma.of(before)))) return undefined;
  // "in next year budget", "on last week's": the phrase describes a noun after it.
  const after = tokens[i + 3 + article];
  if (after !== undefined && (after.kind !== 'punct' || /^['’]/.test(after.text)) && /^(NN|NNS|POS)$/.test(primaryTag(after))) return undefined;
  const words = article ? `${preposition.text} the` : preposition.text;
  return {
    start: preposition.start,
    end: unit!.end,
    message: `"${words} ${which!.lower} ${unit!.lower}" keeps the source's preposition; English says "${which!.lower} ${unit!.lower}" without one.`,
    suggestions: [{ start: preposition.start, end: which!.end, replacement: withCaseOf(preposition.text, which!.lower) }],
  };
}

// "On the meeting, the mayor said …": Russian "на встрече", "на конференции" and German "auf der Konferenz" take
// "on"; English is "at" an event. Only at the sentence start, where "on" cannot be a topic ("a report on the
// meeting") or part of a phrasal verb.
const EVENTS = new WordSet(['meeting', 'conference', 'session', 'forum', 'congress', 'festival', 'exhibition', 'concert', 'fair', 'ceremony', 'briefing', 'rally', 'seminar', 'symposium']);

// "On the photo: …", "На фото": English shows things "in" a picture.
const IMAGES = new WordSet(['photo', 'photograph', 'picture', 'image', 'photos', 'pictures', 'images']);

// Verbs of being somewhere or saying something there, after which "on the meeting" cannot be a topic either: "was present
// on the meeting", "gathered on an extraordinary session", "said on the conference" (Russian "на заседании").
// ("spoke on" names a topic: "spoke on the meeting of 1848".)
const AT_EVENT_VERBS = new WordSet(['present', 'gathered', 'assembled', 'met', 'said', 'stated', 'announced', 'declared', 'performed', 'sang']);

/** "On the meeting" → "At the meeting", "On the photo" → "In the photo", at the sentence start or after a verb of presence. */
function onTheEvent(tokens: readonly Token[], i: number): Report | undefined {
  const on = tokens[i]!;
  if (on.lower !== 'on') return undefined;
  if (i !== 0) return onEventAfterVerb(tokens, i);
  if (tokens[1]?.lower !== 'the') return undefined;
  const image = tokens[2];
  if (image !== undefined && IMAGES.hasToken(image) && !/^(NN|NNS|POS)$/.test(primaryTag(tokens[3]))) {
    return {
      start: on.start,
      end: image.end,
      message: `"On the ${image.lower}" renders Russian "на фото" or German "auf dem Foto"; English shows things "in" a picture: "In the ${image.lower}".`,
      suggestions: [{ start: on.start, end: on.end, replacement: 'In' }],
    };
  }
  // One noun may modify the event: "On the press conference".
  const e = EVENTS.has(tokens[2]?.lower ?? '') ? 2 : tokens[2]?.kind === 'word' && /^NN$/.test(primaryTag(tokens[2])) && EVENTS.has(tokens[3]?.lower ?? '') ? 3 : -1;
  if (e < 0) return undefined;
  const event = tokens[e]!;
  // "On the meeting room table": the event noun modifies another.
  const after = tokens[e + 1];
  if (after !== undefined && after.kind === 'word' && /^(NN|NNS|POS)$/.test(primaryTag(after))) return undefined;
  return {
    start: on.start,
    end: event.end,
    message: `"On the … ${event.lower}" renders Russian "на" or German "auf"; English is "at" an event: "At the … ${event.lower}".`,
    suggestions: [{ start: on.start, end: on.end, replacement: 'At' }],
  };
}

/** "was present on the meeting", "gathered on an extraordinary session" → "at". */
function onEventAfterVerb(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i - 1]!;
  if (!AT_EVENT_VERBS.hasToken(verb) || !/^(the|a|an)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  // One adjective or noun may modify the event: "an extraordinary session", "the press conference".
  const e = EVENTS.has(tokens[i + 2]?.lower ?? '') ? i + 2 : tokens[i + 2]?.kind === 'word' && /^(NN|JJ)$/.test(primaryTag(tokens[i + 2])) && EVENTS.has(tokens[i + 3]?.lower ?? '') ? i + 3 : -1;
  if (e < 0) return undefined;
  const event = tokens[e]!;
  // "said on the conference call": the event noun modifies another (a word that can be a noun, "call" a verb first).
  const after = tokens[e + 1];
  if (after !== undefined && after.kind === 'word' && after.tags.some((t) => t === 'NN' || t === 'NNS' || t === 'POS')) return undefined;
  return {
    start: tokens[i]!.start,
    end: event.end,
    message: `"${verb.text} on the … ${event.lower}" renders Russian "на" or German "auf"; English is "at" an event.`,
    suggestions: [{ start: tokens[i]!.start, end: tokens[i]!.end, replacement: 'at' }],
  };
}

const FRACTION_WORDS = new WordSet(['half', 'third', 'quarter', 'fifth', 'tenth']);
// An ordinal in words or digits: "second", "tenth", "twenty-first", "25th".
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?(?:ieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|hundredth)$/;

/** An amount at `at`: a number, a currency sign, or a word of approximation before one ("about 5", "over $2"). */
function opensAmount(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (BEFORE_AMOUNT.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  // A fraction is an amount too: "fell down by a third", "by half".
  const fraction = t?.lower === 'half' || ((t?.lower === 'a' || t?.lower === 'one') && FRACTION_WORDS.has(tokens[k + 1]?.lower ?? ''));
  return t !== undefined && (fraction || t.kind === 'number' || t.kind === 'symbol' || primaryTag(t) === 'CD');
}

/** A share at `at`, not of a named whole: "80 percent", "80%", "one third", "half" (not "80 percent of need"). */
function opensShare(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined) return false;
  let end = -1;
  if (t.kind === 'number' && t.text.endsWith('%')) end = at + 1;
  else if (t.kind === 'number' && tokens[at + 1]?.text === '%') end = at + 2;
  else if ((t.kind === 'number' || primaryTag(t) === 'CD') && /^(?:percent|pct)$/.test(tokens[at + 1]?.lower ?? '')) end = at + 2;
  else if ((t.kind === 'number' || primaryTag(t) === 'CD') && tokens[at + 1]?.lower === 'per' && tokens[at + 2]?.lower === 'cent') end = at + 3;
  else if (t.lower === 'half') end = at + 1;
  else if ((t.lower === 'a' || t.lower === 'one' || t.lower === 'two') && /^(?:thirds?|quarters?)$/.test(tokens[at + 1]?.lower ?? '')) end = at + 2;
  return end > 0 && tokens[end]?.lower !== 'of';
}

// "finish the works until the end of the year": Russian "до", German "bis" name both a deadline ("by") and the end of
// a stretch ("until"). A verb of completion takes the deadline: "finish by the end of the year".
// Verbs whose action reaches a goal, done *by* a date, in every form: verbs of a stretch of time ("stay", "run",
// "last", "pay", "extend") take "until" in English and are not here.
const COMPLETION = new WordSet([
  'finish', 'finishes', 'finished', 'finishing', 'complete', 'completes', 'completed', 'completing', 'reduce', 'reduces', 'reduced',
  'reducing', 'cut', 'cuts', 'cutting', 'lower', 'lowers', 'lowered', 'lowering', 'halve', 'halves', 'halved', 'halving', 'double',
  'doubles', 'doubled', 'doubling', 'triple', 'triples', 'tripled', 'tripling', 'become', 'becomes', 'became', 'becoming', 'reach',
  'reaches', 'reached', 'reaching', 'achieve', 'achieves', 'achieved', 'achieving', 'build', 'builds', 'built', 'building',
  'construct', 'constructs', 'constructed', 'constructing', 'renovate', 'renovates', 'renovated', 'renovating', 'modernise',
  'modernises', 'modernised', 'modernising', 'modernize', 'modernizes', 'modernized', 'modernizing', 'convert', 'converts',
  'converted', 'converting', 'eliminate', 'eliminates', 'eliminated', 'eliminating', 'abolish', 'abolishes', 'abolished',
  'abolishing', 'replace', 'replaces', 'replaced', 'replacing', 'install', 'installs', 'installed', 'installing', 'decide',
  'decides', 'decided', 'deciding', 'introduce', 'introduces', 'introduced', 'introducing', 'present', 'presents', 'presented',
  'presenting', 'deliver', 'delivers', 'delivered', 'delivering', 'connect', 'connects', 'connected', 'connecting',
  // A task done once, and the state of being done: "must be ready until Friday", "submitted until 15 March" (not
  // "pay", "send", "publish", which also go on: "paid rent until 2020").
  'ready', 'done', 'submit', 'submits', 'submitted', 'submitting', 'register', 'registers', 'registered', 'approve', 'approves',
  'approved', 'sign', 'signs', 'signed', 'repair', 'repairs', 'repaired',
  // Putting something into being or into use, once: "launch the portal until May", "adopt the law until 2026",
  // "repay the loan until 2032" (not "run", "operate", "close", whose states last: "closed until March").
  'launch', 'launches', 'launched', 'launching', 'unveil', 'unveils', 'unveiled', 'unveiling', 'adopt', 'adopts', 'adopted',
  'adopting', 'implement', 'implements', 'implemented', 'implementing', 'create', 'creates', 'created', 'creating', 'plant',
  'plants', 'planted', 'planting', 'equip', 'equips', 'equipped', 'equipping', 'commission', 'commissions', 'commissioned',
  'commissioning', 'finalise', 'finalises', 'finalised', 'finalising', 'finalize', 'finalizes', 'finalized', 'finalizing',
  'ratify', 'ratifies', 'ratified', 'ratifying', 'repay', 'repays', 'repaid', 'repaying',
]);
// Verbs of a deadline only with a particle or an object: "hand over the keys until June"; "open the factory until
// 2027" (but "open until midnight", "be open until Friday": the shop's hours, a state).
const COMPLETION_WITH_OVER = new WordSet(['hand', 'hands', 'handed', 'handing']);
const OPENING = new WordSet(['open', 'opens', 'opened', 'opening', 'reopen', 'reopens', 'reopened', 'reopening']);
// A negation makes "until" right ("will not be finished until May"), and so does a permission, which opens a window
// ("the form can be completed online until Friday"), or a verb of going on ("continue to cut jobs until 2027",
// "up until 2010").
const UNTIL_LICENSES = new WordSet([
  'not', "n't", 'n’t', 'never', 'no', 'nothing', 'nobody', 'none', 'neither', 'nor', 'hardly', 'cannot', 'can', 'could', 'may', 'might', 'continue', 'continues', 'continued', 'keep',
  'keeps', 'kept', 'remain', 'remains', 'stay', 'stays', 'only', 'up',
]);
const UNTIL_REACH = 8;
const AGREEMENTS = new WordSet(['contract', 'contracts', 'deal', 'deals', 'lease', 'leases', 'agreement', 'agreements', 'loan', 'mandate', 'term', 'licence', 'license', 'permit', 'extension']);

const DECISION_VERBS = new WordSet(['take', 'takes', 'took', 'taken', 'taking', 'make', 'makes', 'made', 'making']);

// Verbs of change whose end point German "bis (zu)", Russian "до", Polish "do" give, which MT renders "until": "will
// rise until 35 degrees", "fell until 2 percent" → "to"; "will reach until 40 degrees" → "reach" (or "reach up to").
// Only before a measure (a number and its unit of measure or money), since "until 2030" is a time and "prices rose
// until May" English; a percentage is change-amount-preposition's.
const CHANGE_VERBS = new WordSet([
  'rise', 'rises', 'rose', 'risen', 'rising', 'climb', 'climbs', 'climbed', 'climbing', 'grow', 'grows', 'grew', 'grown', 'growing',
  'increase', 'increases', 'increased', 'increasing', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped',
  'dropping', 'sink', 'sinks', 'sank', 'sunk', 'sinking', 'decline', 'declines', 'declined', 'declining', 'reach', 'reaches',
  'reached', 'reaching', 'go', 'goes', 'went', 'gone', 'going',
]);

/** "temperatures will rise until 35 degrees" → "to"; "reach until 40 degrees" → "reach". */
function untilMeasure(tokens: readonly Token[], i: number): Report | undefined {
  const until = tokens[i]!;
  let verb = -1;
  for (let k = i - 1; k >= 0 && i - k <= 2; k--) if (CHANGE_VERBS.hasToken(tokens[k]!)) verb = k;
  if (verb < 0) return undefined;
  let k = i + 1;
  if (BEFORE_AMOUNT.has(tokens[k]?.lower ?? '')) k++;
  const n = tokens[k];
  if (n === undefined || !(n.kind === 'number' || primaryTag(n) === 'CD')) return undefined;
  // A relative amount ("until 7 percent") is change-amount-preposition's; this takes the units of measure and money.
  const unit = tokens[k + 1];
  if (n.text.endsWith('%') || unit === undefined || unit.text === '%' || /^(percent|per)$/.test(unit.lower) || !AMOUNT_UNITS.test(unit.lower)) return undefined;
  const reach = tokens[verb]!.lower.startsWith('reach');
  return {
    start: until.start,
    end: until.end,
    message: `An end point of a change takes ${reach ? 'no preposition after "reach"' : '"to"'} in English; "${until.text}" marks how long something lasts (German "bis", Russian "до").`,
    suggestions: [reach ? { start: tokens[i - 1]!.end, end: until.end, replacement: '' } : { start: until.start, end: until.end, replacement: 'to' }],
  };
}

/** "complete the bridge until May", "cut emissions until 2030" → "by", with no negation, permission or going on before the verb. */
function untilForBy(tokens: readonly Token[], i: number): Report | undefined {
  const until = tokens[i]!;
  if (until.lower !== 'until' && until.lower !== 'till') return undefined;
  const measure = untilMeasure(tokens, i);
  if (measure) return measure;
  let verb = -1;
  for (let k = i - 1; k >= 0 && i - k <= UNTIL_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || UNTIL_LICENSES.hasToken(t)) return undefined;
    // Another clause's verb: "was opened in 1990 and operated until 2005", "the plant they built, which ran until".
    if (verb < 0 && /^(and|or|but|then|which|who|that|when|where|while)$/.test(t.lower)) return undefined;
    // A verb, not the adjective "complete" ("complete silence until"): a verb tag first, or after "to", a modal or "be".
    if (verb < 0 && COMPLETION.hasToken(t) && (/^VB/.test(primaryTag(t)) || /^(to|be|been|will|would|must|should|can|could)$/.test(tokens[k - 1]?.lower ?? ''))) verb = k;
    if (verb < 0 && COMPLETION_WITH_OVER.hasToken(t) && (tokens[k + 1]?.lower === 'over' || tokens.slice(k + 1, i).some((x) => x.lower === 'over'))) verb = k;
    // "to open the plant", "the bridge should be opened": the verb with its object, or the passive participle.
    if (verb < 0 && OPENING.hasToken(t) && ((t.lower.endsWith('ed') && /^(be|been|being|was|were|is|are)$/.test(tokens[k - 1]?.lower ?? '')) || (!/^(be|been|being|is|are|was|were|stay|stays|remain|remains|keep|kept)$/.test(tokens[k - 1]?.lower ?? '') && k + 1 < i && /^(DT|PRP\$|JJ|NNS?|NNP|CD)$/.test(primaryTag(tokens[k + 1])) && (/^VB/.test(primaryTag(t)) || /^(to|will|would|must|should|can|could)$/.test(tokens[k - 1]?.lower ?? ''))))) verb = k;
    // "take a decision", "make a decision": the light verb's noun is the task.
    if (verb < 0 && t.lower === 'decision' && /^(a|the|its|their|his|her|our|final)$/.test(tokens[k - 1]?.lower ?? '') && DECISION_VERBS.hasToken(tokens[k - 2] ?? t)) verb = k;
  }
  if (verb < 0) return undefined;
  // A past habit with a bare plural object lasts: "built houses in Spain until 2010".
  if (/^VB[DN]$/.test(primaryTag(tokens[verb])) && primaryTag(tokens[verb + 1]) === 'NNS' && !/^(be|been|was|were|is|are|has|have|had|to|will|would|must|should|can|could)$/.test(tokens[verb - 1]?.lower ?? '')) return undefined;
  for (let k = verb - 1; k >= 0 && tokens[k]!.kind !== 'punct'; k--) if (UNTIL_LICENSES.hasToken(tokens[k]!)) return undefined;
  // A point in time: "until May", "until 2030", "until the end of August" ("until the temperature is …" is a clause).
  const next = tokens[i + 1]?.lower ?? '';
  const partOfPeriod = next === 'the' && /^(end|middle|beginning|start|close)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of';
  // A month and its year ("until March 2028"), which the shared time reading takes for a month and a number.
  const monthYear = MONTHS.has(next) && tokens[i + 2]?.kind === 'number' && isYearNumber(tokens[i + 2]!.text);
  if (!partOfPeriod && !monthYear && !/^(late|early|mid)$/.test(next) && !(next !== 'the' && isTimePhrase(tokens, i + 1))) return undefined;
  // An agreement's term runs to a year or a season's end, not a deadline: "signed a contract until 2027", "approved
  // the lease until the end of 2030" (but "sign the contract until Friday" is one).
  if (AGREEMENTS.hasToken(tokens[i - 1]!) && (partOfPeriod || monthYear || isYearNumber(tokens[i + 1]?.text ?? ''))) return undefined;
  return {
    start: until.start,
    end: until.end,
    message: `A deadline takes "by" in English: "${tokens[verb]!.text} … by"; "${until.text}" marks how long something lasts (Russian "до", German "bis" say both).`,
    suggestions: [{ start: until.start, end: until.end, replacement: 'by' }],
  };
}

// "the works on repair of the road": Russian "работы по ремонту" (works on repairing) — English says "the work on"
// or "the repairs": "works" after an article is art or a plant, and a bare noun of action after "on" is no topic of
// books ("standard works on the unification of Italy" has its own article).
function worksOnAction(tokens: readonly Token[], i: number): Report | undefined {
  const works = tokens[i]!;
  const on = tokens[i + 1];
  const action = tokens[i + 2];
  if (works.lower !== 'works' || on?.lower !== 'on' || action === undefined || action.kind !== 'word') return undefined;
  if (!/^(the|these|all|construction|repair|road)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  if (!/^NN$/.test(primaryTag(action)) || !nounSenses.of(action).includes('noun.act')) return undefined;
  return {
    start: works.start,
    end: on.end,
    message: `"${works.text} on ${action.text}" renders Russian "работы по"; English says "work on" (or names the work: "the ${action.lower}").`,
    suggestions: [{ start: works.start, end: works.end, replacement: 'work' }],
  };
}

// "The residents addressed to the prosecutor": Russian "обратились к" (turned to, appealed to) without an object of its
// own. English addresses a letter or a crowd; a letter is "addressed to" someone, a person turns or writes to them.
const PERSON_SUBJECTS = new WordSet(['he', 'she', 'they', 'we', 'i']);

/** A person, then "addressed to": "turned to" (or "appealed to", "complained to"). */
function addressedTo(tokens: readonly Token[], i: number): Report | undefined {
  const addressed = tokens[i]!;
  const subject = tokens[i - 1];
  if (!/^address(ed|es)?$/.test(addressed.lower) || tokens[i + 1]?.lower !== 'to' || subject === undefined || subject.kind !== 'word') return undefined;
  // A plural noun of people only: "letters" is also a landlord's in WordNet, but first a thing written.
  const senses = /^NNP?S$/.test(primaryTag(subject)) ? nounSenses(nounSingular.of(subject)) : [];
  const people = senses.some((x) => x === 'noun.person' || x === 'noun.group') && !senses.some((x) => x === 'noun.communication' || x === 'noun.artifact');
  const person = PERSON_SUBJECTS.hasToken(subject) || people;
  if (!person) return undefined;
  const turned = addressed.lower === 'addressed' ? 'turned' : addressed.lower === 'addresses' ? 'turns' : 'turn';
  return {
    start: addressed.start,
    end: tokens[i + 1]!.end,
    message: `"${addressed.text} to" with a person as subject renders Russian "обратились к"; English says "${turned} to", "appealed to" or "complained to".`,
    suggestions: [{ start: addressed.start, end: addressed.end, replacement: turned }],
  };
}

// "the participants of the conference": Russian "участники конференции" and German "Teilnehmer der Konferenz" put
// the event in the genitive; English takes part "in" it. Only an event, an activity or a body follows ("participants
// of all ages" is English).
const PARTICIPANTS = new WordSet(['participants', 'participant']);
const TAKEN_PART_IN = new WordSet(['noun.act', 'noun.event', 'noun.communication', 'noun.group']);

/** "participants of the conference" → "participants in". */
function participantsOf(tokens: readonly Token[], i: number): Report | undefined {
  const of = tokens[i + 1];
  if (!PARTICIPANTS.hasToken(tokens[i]!) || of?.lower !== 'of') return undefined;
  const end = nounPhraseEnd(tokens, i + 2);
  const head = tokens[end - 1];
  if (end <= i + 2 || head === undefined || head.kind !== 'word' || isProperNoun(head)) return undefined;
  const senses = nounSenses(primaryTag(head) === 'NNS' ? nounSingular.of(head) : head.lower);
  if (!senses.some((x) => TAKEN_PART_IN.has(x)) || senses.includes('noun.time') || senses.includes('noun.attribute')) return undefined;
  return {
    start: of.start,
    end: of.end,
    message: `"${tokens[i]!.text} of the ${head.lower}" renders the source's genitive (Russian "участники", German "Teilnehmer der"); English: "${tokens[i]!.lower} in".`,
    suggestions: [{ start: of.start, end: of.end, replacement: 'in' }],
  };
}

// "The exhibition will work until May", "The museum works daily": Russian "работать" and German "arbeiten" say what
// an event or a place open to the public does; English says it "runs" or "is open".
const VENUES = new WordSet(['museum', 'shop', 'store', 'library', 'pool', 'market', 'cafe', 'café', 'restaurant', 'gallery', 'zoo', 'cinema', 'theatre', 'theater', 'pharmacy', 'metro', 'canteen', 'bar', 'kiosk']);
const WORK_FORMS = new WordSet(['work', 'works', 'worked', 'working']);
const RUN: ReadonlyMap<string, string> = new WordMap([['work', 'run'], ['works', 'runs'], ['worked', 'ran'], ['working', 'running']]);
const OPEN: ReadonlyMap<string, string> = new WordMap([['work', 'be open'], ['works', 'is open'], ['worked', 'was open'], ['working', 'open']]);
const WORK_TIMES = new WordSet(['until', 'till', 'from', 'daily', 'around', 'round', 'without', 'every', 'seven']);

/** An event or a place open to the public, then "work" and when: "will run", "is open". */
function venueWorks(tokens: readonly Token[], i: number): Report | undefined {
  const work = tokens[i]!;
  if (!WORK_FORMS.hasToken(work)) return undefined;
  const next = tokens[i + 1];
  if (next === undefined || !(WORK_TIMES.hasToken(next) || isTimePhrase(tokens, i + 1))) return undefined;
  // The subject right before, or before "will", "to" ("will continue to work" is left: the verb is "continue").
  const s = /^(will|would|'ll|’ll|also|still|only)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  const subject = tokens[s];
  // After an article a word with a noun reading is the noun: "the fair".
  const nounAfterArticle = subject !== undefined && subject.tags.includes('NN') && /^(the|this|that)$/.test(tokens[s - 1]?.lower ?? '');
  if (subject === undefined || subject.kind !== 'word' || !(/^NNS?$/.test(primaryTag(subject)) || nounAfterArticle)) return undefined;
  const noun = primaryTag(subject) === 'NNS' ? nounSingular.of(subject) : subject.lower;
  const event = EVENTS.has(noun);
  if (!event && !VENUES.has(noun)) return undefined;
  const english = (event ? RUN : OPEN).get(work.lower)!;
  const plural = primaryTag(subject) === 'NNS' && work.lower === 'work' && tokens[i - 1] === subject;
  const replacement = plural && !event ? 'are open' : english;
  return {
    start: work.start,
    end: work.end,
    message: `"The ${noun} … ${work.lower}" renders Russian "работать" or German "arbeiten"; English says ${event ? 'an event "runs"' : 'a place "is open"'}: "${replacement}".`,
    suggestions: [{ start: work.start, end: work.end, replacement }],
  };
}

// "Tomorrow will be rain": Russian "завтра будет дождь" has no dummy subject; English says "there will be rain".
const WEATHER = new WordSet(['rain', 'snow', 'frost', 'fog', 'showers', 'thunderstorms', 'thunderstorm', 'hail', 'sleet', 'drizzle', 'storms', 'storm', 'wind', 'winds', 'snowfall', 'rainfall', 'weather']);
const BE_FORMS = new WordSet(['will', 'is', 'was', 'are', 'were']);

/** An opening time phrase, then "will be" / "is" / "was" and weather to the clause end: "there" is missing. */
function weatherWithoutThere(tokens: readonly Token[], i: number): Report | undefined {
  const be = tokens[i]!;
  if (!BE_FORMS.hasToken(be) || i === 0) return undefined;
  // The time phrase opens the sentence and ends right before the verb: "Tomorrow", "On Sunday", "In the evening".
  const opener = tokens[0]!.lower === 'on' || tokens[0]!.lower === 'in' || tokens[0]!.lower === 'at' ? 1 : 0;
  if (!isTimePhrase(tokens, opener) || nounPhraseEnd(tokens, opener) !== i) return undefined;
  const k = be.lower === 'will' ? i + 1 : i;
  if (be.lower === 'will' && tokens[k]?.lower !== 'be') return undefined;
  let w = k + 1;
  while (w < k + 4 && tokens[w]?.kind === 'word' && primaryTag(tokens[w]) === 'JJ') w++;
  const weather = tokens[w];
  const after = tokens[w + 1];
  if (weather === undefined || !WEATHER.hasToken(weather) || !(after === undefined || (after.kind === 'punct' && /^[.,;!]$/.test(after.text)) || after.lower === 'and' || after.lower === 'in')) return undefined;
  return {
    start: be.start,
    end: weather.end,
    message: `"${be.text} … ${weather.text}" has no subject, as Russian "будет дождь" has none; English: "there ${be.lower === 'will' ? 'will be' : be.lower} … ${weather.lower}".`,
    suggestions: [{ start: be.start, end: be.start, replacement: 'there ' }],
  };
}

// "there are injured": Russian "есть пострадавшие" (there are injured) has the adjective stand for the people.
const CASUALTY_ADJECTIVES = new WordSet(['injured', 'wounded', 'hurt']);

/** "…, there are injured." → "there are injured people" (or "people were injured"). */
function thereAreInjured(tokens: readonly Token[], i: number): Report | undefined {
  const there = tokens[i]!;
  const be = tokens[i + 1];
  const adjective = tokens[i + 2];
  const after = tokens[i + 3];
  if (there.lower !== 'there' || !/^(are|were|is|was)$/.test(be?.lower ?? '') || adjective === undefined || !CASUALTY_ADJECTIVES.hasToken(adjective)) return undefined;
  if (!(after === undefined || (after.kind === 'punct' && /^[.,;!]$/.test(after.text)))) return undefined;
  return {
    start: there.start,
    end: adjective.end,
    message: `"${there.text} ${be!.text} ${adjective.text}" leaves out the people, as Russian "есть пострадавшие" does; English: "${there.lower} ${be!.text} ${adjective.lower} people" or "people ${/^(are|is)$/.test(be!.lower) ? 'are' : 'were'} ${adjective.lower}".`,
    suggestions: [{ start: adjective.end, end: adjective.end, replacement: ' people' }],
  };
}

// Amounts as French "est de 7 %", Spanish "es de 3 millones", Italian "è di": English gives the amount after "be" bare.
const OF_AMOUNT_UNITS = /^(?:%|percent|million|billion|trillion|euros?|dollars?|pounds?|yuan|yen|pesos?|francs?|degrees?)$/;

/** "the rate is of 7 percent" → "is 7 percent". */
function beOfAmount(tokens: readonly Token[], i: number): Report | undefined {
  const of = tokens[i + 1];
  if (of?.lower !== 'of') return undefined;
  let k = i + 2;
  while (k < tokens.length && k - i < 5 && BEFORE_AMOUNT.hasToken(tokens[k]!)) k++;
  const amount = tokens[k];
  if (amount === undefined) return undefined;
  const currency = /^[$€£¥]$/.test(amount.text);
  if (!currency && !(amount.kind === 'number' && OF_AMOUNT_UNITS.test(tokens[k + 1]?.lower ?? ''))) return undefined;
  return {
    start: tokens[i]!.start,
    end: of.end,
    message: `"${tokens[i]!.text} of" before an amount renders French "de" (Spanish, Italian "de", "di"); English says "${tokens[i]!.text}" with the amount after it.`,
    suggestions: [{ start: tokens[i]!.end, end: of.end, replacement: '' }],
  };
}

// Units of a length of time after "during": "during three days" (French "pendant trois jours", Spanish "durante").
const LENGTH_UNITS = new WordSet(['minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades', 'centuries']);

/**
 * "will continue during three days" → "for three days". Only where the length closes the clause: "during three
 * years in high school", "which during two weeks had sampled", "a march during four days without food" (Brown's
 * three) go on.
 */
function duringLength(tokens: readonly Token[], i: number): Report | undefined {
  const during = tokens[i]!;
  if (during.lower !== 'during') return undefined;
  const count = tokens[i + 1];
  const unit = tokens[i + 2];
  if (count === undefined || unit === undefined || !(count.kind === 'number' || primaryTag(count) === 'CD') || !LENGTH_UNITS.hasToken(unit)) return undefined;
  const close = tokens[i + 3];
  if (close !== undefined && !(close.kind === 'punct' && /^[.,;!?]$/.test(close.text))) return undefined;
  return {
    start: during.start,
    end: unit.end,
    message: `"during ${count.text} ${unit.text}" renders French "pendant" or Spanish "durante"; a length of time takes "for": "for ${count.text} ${unit.text}".`,
    suggestions: [{ start: during.start, end: during.end, replacement: withCaseOf(during.text, 'for') }],
  };
}

// French "ça fait trois ans que", Spanish "hace tres años que", Italian "sono tre anni che" (with "fa"): how long
// something has gone on, rendered "it makes three years that". English: "it's been three years since" or "for three
// years".
const NUMBER_WORDS = new WordSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'many', 'several']);

/** "It makes three years that I live here": "it makes" + a count + a unit of time + "that" (the rule's need lets in
 * "makes" for it; the past is rare in MT, which gives the source's present). */
function itMakesLengthThat(tokens: readonly Token[], i: number): Report | undefined {
  const make = tokens[i]!;
  if (make.lower !== 'makes' || tokens[i - 1]?.lower !== 'it') return undefined;
  const count = tokens[i + 1];
  if (count === undefined || !(count.kind === 'number' || NUMBER_WORDS.hasToken(count))) return undefined;
  const unit = tokens[i + 2];
  if (unit === undefined || !LENGTH_UNITS.hasToken(unit) || tokens[i + 3]?.lower !== 'that') return undefined;
  return {
    start: tokens[i - 1]!.start,
    end: tokens[i + 3]!.end,
    message: `"it ${make.text} ${count.text} ${unit.text} that" renders French "ça fait … que" or Spanish "hace … que"; English says "it's been ${count.text} ${unit.text} since" or "for ${count.text} ${unit.text}".`,
    suggestions: [],
  };
}

// French "a fait deux morts", Spanish "dejó dos muertos" rendered with "make": English "killed two people", "left two dead".
const CASUALTY_NOUNS = new WordSet(['deaths', 'dead', 'victims', 'casualties', 'injured', 'wounded']);
const KILLED: WordMap<string> = new WordMap([['make', 'kill'], ['makes', 'kills'], ['made', 'killed'], ['making', 'killing']]);

/** "the storm has made two deaths" → "has killed two people". */
function makeCasualties(tokens: readonly Token[], i: number): Report | undefined {
  const make = tokens[i]!;
  if (!KILLED.has(make.lower)) return undefined;
  let k = i + 1;
  while (k < tokens.length && k - i < 4 && BEFORE_AMOUNT.hasToken(tokens[k]!)) k++;
  const count = tokens[k];
  const noun = tokens[k + 1];
  if (count === undefined || noun === undefined || !(count.kind === 'number' || primaryTag(count) === 'CD') || !CASUALTY_NOUNS.hasToken(noun)) return undefined;
  const hurt = /^(injured|wounded)$/.test(noun.lower);
  const english = hurt ? `injured ${count.text} people` : `${KILLED.getToken(make)!} ${count.text} people`;
  return {
    start: make.start,
    end: noun.end,
    message: `"${make.text} ${count.text} ${noun.text}" renders French "faire … morts" or Spanish "dejar … muertos"; English says "${english}" or "left ${count.text} ${hurt ? 'injured' : 'dead'}".`,
    suggestions: [],
  };
}

// The day before each weekday: the night to Sunday is Saturday night.
const PREVIOUS_DAY: Readonly<Record<string, string>> = {
  monday: 'Sunday', tuesday: 'Monday', wednesday: 'Tuesday', thursday: 'Wednesday', friday: 'Thursday', saturday: 'Friday', sunday: 'Saturday',
};

/**
 * "in the night of Saturday" → "on Saturday night"; "in the night to Sunday" (German "in der Nacht zu Sonntag",
 * Russian "в ночь на воскресенье": the night before that day) → "overnight into Sunday".
 */
function partOfDayOfWeekday(tokens: readonly Token[], i: number): Report | undefined {
  const [inWord, the, part, of, day] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  const into = part?.lower === 'night' && of?.lower === 'to';
  if ((inWord?.lower !== 'in' && !(into && inWord?.lower === 'on')) || the?.lower !== 'the' || !PARTS_OF_DAY.has(part?.lower ?? '') || (of?.lower !== 'of' && !into)) return undefined;
  if (day === undefined || !WEEKDAYS.has(day.lower) || !/^\p{Lu}/u.test(day.text)) return undefined;
  const english = into ? `overnight into ${day.text}` : `on ${day.text} ${part!.lower}`;
  if (into) {
    return {
      start: inWord!.start,
      end: day.end,
      message: `"${inWord!.text} the night to ${day.text}" renders German "in der Nacht zu" or Russian "в ночь на"; English says "${english}" (or names the night before: "on ${PREVIOUS_DAY[day.lower]} night").`,
      suggestions: [{ start: inWord!.start, end: day.end, replacement: withCaseOf(inWord!.text, english) }],
    };
  }
  return {
    start: inWord.start,
    end: day.end,
    message: `"in the ${part!.lower} of ${day.text}" renders French "dans la nuit de" or Spanish "en la noche del"; English says "${english}".`,
    suggestions: [{ start: inWord.start, end: day.end, replacement: withCaseOf(inWord.text, english) }],
  };
}

/**
 * "It is in 1998 that the company was founded" (French "C'est en 1998 que", Italian "È nel 1998 che"): a cleft that
 * keeps the source's present before a past; English says "It was in 1998 that …".
 */
function presentCleftBeforePast(tokens: readonly Token[], i: number): Report | undefined {
  const [it, is, inWord] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (it?.lower !== 'it' || !/^(is|['’]s)$/.test(is?.lower ?? '') || !/^(in|on)$/.test(inWord?.lower ?? '')) return undefined;
  let k = i + 2;
  if (MONTHS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.kind !== 'number' || !isYearNumber(tokens[k]!.text) || tokens[k + 1]?.lower !== 'that') return undefined;
  let past = false;
  for (let j = k + 2; j < tokens.length && j - k < 8 && tokens[j]!.kind !== 'punct'; j++) {
    if (/^(VBD|VBN)$/.test(primaryTag(tokens[j])) || /^(was|were)$/.test(tokens[j]!.lower)) past = true;
    if (/^(VBZ|VBP|MD)$/.test(primaryTag(tokens[j])) && !/^(was|were)$/.test(tokens[j]!.lower)) return undefined;
  }
  if (!past) return undefined;
  return {
    start: it.start,
    end: is!.end,
    message: `"${it.text} ${is!.text} in ${tokens[k]!.text} that …" keeps the present of French "c'est … que" before a past; English says "${withCaseOf(it.text, 'it was')}".`,
    suggestions: [{ start: it.start, end: is!.end, replacement: withCaseOf(it.text, 'it was') }],
  };
}

// "at 18 o'clock": German "um 18 Uhr" and Russian "в 18 часов" count the day's 24 hours; "o'clock" goes with 1 to 12.
const O_CLOCK = new WordSet(["o'clock", 'o’clock']);

/** "18 o'clock" → "6 p.m.". */
function twentyFourHourOClock(tokens: readonly Token[], i: number): Report | undefined {
  const hour = tokens[i]!;
  const oClock = tokens[i + 1];
  if (hour.kind !== 'number' || oClock === undefined || !O_CLOCK.hasToken(oClock) || !/^\d{2}$/.test(hour.text)) return undefined;
  const n = Number(hour.text);
  if (n < 13 || n > 24) return undefined;
  // The sentence's own full stop closes "p.m.".
  const english = n === 24 ? 'midnight' : tokens[i + 2]?.text === '.' ? `${n - 12} p.m` : `${n - 12} p.m.`;
  return {
    start: hour.start,
    end: oClock.end,
    message: `"o'clock" counts the hours from 1 to 12; "${hour.text} o'clock" is the 24-hour clock of the source: "${english}" or "${hour.text}:00".`,
    suggestions: [{ start: hour.start, end: oClock.end, replacement: english }, { start: hour.start, end: oClock.end, replacement: `${hour.text}:00` }],
  };
}

// The word each calque of the table cannot match without: its longest, the rarest as a rule ("territory", "=take"),
// leaving out the words of the patterns that most sentences of any text have (a need met by "the" filters nothing).
const COMMON_PATTERN_WORDS = new Set(['the', 'years', 'months', 'degrees', 'later', 'within', 'total', 'short']);
const keys = CALQUES.map((c) =>
  c.pattern.reduce((a, b) => (COMMON_PATTERN_WORDS.has(a) || (!COMMON_PATTERN_WORDS.has(b) && b.replace('=', '').length > a.replace('=', '').length) ? b : a)),
);
const CALQUE_KEYS = new WordSet(keys.filter((w) => !w.startsWith('=')));
const calqueKeyVerb = formOf(new Set(keys.filter((w) => w.startsWith('=')).map((w) => w.slice(1))));
// What the special patterns cannot do without: "on Minsk time", "at the latest on", "per email", "made up 5%".
const SPECIAL_KEYS = new WordSet([...ACCOUNT_FORMS, 'time', 'latest', 'earliest', 'per', 'up', 'next', 'last', 'this', 'during', ...PARTS_OF_DAY, ...CASUALTY_NOUNS, ...O_CLOCK, ...EVENTS, ...CASUALTY_ADJECTIVES, 'until', 'till', 'works', 'address', 'addressed', 'addresses', ...PARTICIPANTS, ...WORK_FORMS, ...WEATHER, ...IMAGES]);

// The words the special patterns open with (a number opens "18 o'clock", tested apart).
const SPECIAL_STARTS = new WordSet([
  'on', 'in', 'at', 'per', 'there', 'until', 'till', 'during', ...ACCOUNT_FORMS, ...KILLED.keys(), 'address', 'addressed', 'addresses', ...PARTICIPANTS, ...WORK_FORMS, ...PURPOSE_NOUNS, ...AMOUNT_TO.keys(), ...TAKE.keys(), ...EXPLAIN, ...CONGRATULATE,
]);

// What a sentence must have for any pattern to match, as groups of words, one bit each: the rule's need lets in every
// sentence with one key word of any pattern ("time", "until", a year), most of which have none of the pattern's other
// words. The groups are the patterns' rarest words; a sentence that completes no pattern's groups is not read further.
// Three groups count a word only where its pattern can match around it: a calque's word where the whole calque is
// written, "of" after "is" or "was", a form of "work" where one of its two patterns matches.
const GROUP = {
  address: 1 << 0, participants: 1 << 1, work: 1 << 2, completion: 1 << 3, casualtyAdjective: 1 << 4, eventOrImage: 1 << 5,
  nextOrLast: 1 << 6, calendarUnit: 1 << 7, time: 1 << 8, latest: 1 << 9, per: 1 << 10, channel: 1 << 11,
  purpose: 1 << 12, make: 1 << 13, up: 1 << 14, taken: 1 << 15, explain: 1 << 16, personPronoun: 1 << 17,
  congratulate: 1 << 18, during: 1 << 19, lengthUnit: 1 << 20, casualtyNoun: 1 << 21, partOfDay: 1 << 22,
  weekday: 1 << 23, weather: 1 << 24, oClock: 1 << 25, beOf: 1 << 26, amount: 1 << 27, it: 1 << 28, that: 1 << 29,
  on: 1 << 30, calque: 1 << 31,
} as const;
const g = GROUP;
// Per pattern, in the order of the detector's chain, the groups it cannot match without.
const PATTERN_GROUPS = [
  g.address, g.participants, g.work, g.completion, g.casualtyAdjective, g.on | g.eventOrImage, g.nextOrLast | g.calendarUnit, g.nextOrLast | g.weekday,
  g.on | g.time, g.latest, g.per | g.channel, g.purpose | g.on, g.make | g.up, g.make | g.amount, g.make | g.taken, g.explain | g.personPronoun,
  g.congratulate, g.during | g.lengthUnit, g.make | g.casualtyNoun, g.it | g.make | g.lengthUnit | g.that, g.partOfDay | g.weekday, g.weather,
  g.beOf | g.amount, g.it | g.amount | g.that, g.oClock | g.amount, g.calque,
];
// The calques by their rarest word as a rule: the longest that is neither a verb matched by its lemma nor one of
// COMMON_PATTERN_WORDS ("=underline that" has only "that").
const isRareWord = (w: string) => !w.startsWith('=') && !COMMON_PATTERN_WORDS.has(w);
const CALQUES_BY_WORD = new Map<string, Array<{ calque: Calque; at: number }>>();
for (const calque of CALQUES) {
  const word = calque.pattern.reduce((a, b) => (isRareWord(b) && (!isRareWord(a) || b.length > a.length) ? b : a));
  CALQUES_BY_WORD.set(word, [...(CALQUES_BY_WORD.get(word) ?? []), { calque, at: calque.pattern.indexOf(word) }]);
}
const GROUP_WORDS: ReadonlyArray<readonly [number, Iterable<string>]> = [
  [g.address, ['address', 'addressed', 'addresses']], [g.participants, PARTICIPANTS], [g.work, WORK_FORMS],
  [g.completion, [...COMPLETION, ...COMPLETION_WITH_OVER, ...OPENING, ...CHANGE_VERBS, ...DECISION_VERBS]], [g.casualtyAdjective, CASUALTY_ADJECTIVES], [g.eventOrImage, [...EVENTS, ...IMAGES]],
  [g.nextOrLast, ['next', 'last', 'this']], [g.calendarUnit, CALENDAR_UNITS], [g.time, ['time']], [g.latest, ['latest', 'earliest']],
  [g.per, ['per']], [g.channel, CHANNELS], [g.purpose, PURPOSE_NOUNS], [g.make, [...AMOUNT_TO.keys(), ...TAKE.keys(), ...KILLED.keys(), ...ACCOUNT_FORMS]],
  [g.up, ['up']], [g.taken, TAKEN], [g.explain, EXPLAIN], [g.personPronoun, PERSON_PRONOUNS], [g.congratulate, CONGRATULATE],
  [g.during, ['during']], [g.lengthUnit, LENGTH_UNITS], [g.casualtyNoun, CASUALTY_NOUNS], [g.partOfDay, PARTS_OF_DAY],
  [g.weekday, WEEKDAYS], [g.weather, WEATHER], [g.oClock, O_CLOCK], [g.beOf, ['of']], [g.it, ['it']], [g.that, ['that']],
  [g.on, ['on']], [g.calque, CALQUES_BY_WORD.keys()],
];
const GROUPS_OF = new WordMap<number>(
  GROUP_WORDS.reduce((bits, [bit, words]) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
    return bits;
  }, new Map<string, number>()),
);
// The groups a word's presence does not settle (see GROUP).
const PLACED = g.work | g.beOf | g.calque;
const isCurrencySign = (text: string) => text === '$' || text === '€' || text === '£' || text === '¥';

/** Whether a calque with the word at `i` is written around it. */
function calqueAround(tokens: readonly Token[], i: number): boolean {
  for (const { calque, at } of CALQUES_BY_WORD.get(tokens[i]!.lower)!) if (i >= at && matchesAt(calque.pattern, tokens, i - at)) return true;
  return false;
}

/**
 * Whether the tokens complete the groups of some pattern: one lookup per word, and a look around the few words whose
 * group depends on their place. Also true of some sentences the patterns then reject: the detector decides.
 */
/**
 * A word the detector's patterns start at: a number (a clock time), a special pattern's first word, a form of "be"
 * (the weather, an amount, a cleft) or a calque's first word, as written or as a verb's lemma.
 */
function opensCalque(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  return SPECIAL_STARTS.hasToken(t) || BE_FORMS.hasToken(t) || BY_FIRST_WORD.has(t.lower) || ((t.tags[0] ?? '').startsWith('VB') && BY_FIRST_WORD.has(lemma.of(t)));
}

function mayMatch(tokens: readonly Token[]): boolean {
  let present = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.kind === 'number' || isCurrencySign(t.text)) present |= g.amount;
      continue;
    }
    const bits = GROUPS_OF.getToken(t);
    if (bits === undefined) continue;
    present |= bits & ~PLACED;
    // "that" of "=underline that" only after a word in "u" (`lemma` keeps a word's first letters, as `formOf` assumes).
    if ((bits & g.calque) !== 0 && (t.lower !== 'that' || (i > 0 && tokens[i - 1]!.lower.charCodeAt(0) === 117)) && calqueAround(tokens, i)) present |= g.calque;
    if ((bits & g.beOf) !== 0 && i > 0 && BE_FORMS.hasToken(tokens[i - 1]!)) present |= g.beOf;
    if ((bits & g.work) !== 0 && (venueWorks(tokens, i) ?? worksOnAction(tokens, i)) !== undefined) present |= g.work;
  }
  for (const groups of PATTERN_GROUPS) if ((present & groups) === groups) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'phrase-calque',
    category: 'style/awkward',
    severity: 'minor',
    confidence: 0.8,
    description: 'A Russian, German, French or Spanish fixed phrase translated word for word: "on the territory of", "in the frame of", "on Minsk time", "per email".',
    sourceHint: 'Russian "на территории", "по словам", "в рамках", "по московскому времени", "меры по"; German "per", "spätestens am"; French "est de", "pendant", "entrer en vigueur".',
    fixable: false,
  },
  // A calque of the table needs its key word; each special pattern, the word it cannot do without.
  needs: [
    (t) =>
      (t.kind === 'word' && (SPECIAL_KEYS.hasToken(t) || t.lower === 'makes' || EXPLAIN.hasToken(t) || CONGRATULATE.hasToken(t) || TAKEN.hasToken(t) || PURPOSE_NOUNS.hasToken(t) || CALQUE_KEYS.hasToken(t) || calqueKeyVerb(t) || OF_AMOUNT_UNITS.test(t.lower))) ||
      /^[$€£¥%]$/.test(t.text) ||
      // A year opens "It is in 1998 that …".
      (t.kind === 'number' && t.text.length === 4),
  ],
  anchor: opensCalque,
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    if (!mayMatch(tokens)) return reports;
    let weatherNamed: boolean | undefined;
    const anchors = anchorsIn(sentence, ctx, opensCalque);
    for (let a = 0; a < anchors.length; a++) {
      const i = anchors[a]!;
      if (i + 1 >= tokens.length) break;
      const t = tokens[i]!;
      if (t.kind === 'number') {
        const clock = twentyFourHourOClock(tokens, i);
        if (clock) reports.push(clock);
        continue;
      }
      if (t.kind !== 'word') continue;
      // Each special pattern opens with a word of its own: most words open none, and skip the ten tests.
      const special = SPECIAL_STARTS.hasToken(t) && (addressedTo(tokens, i) ?? participantsOf(tokens, i) ?? venueWorks(tokens, i) ?? worksOnAction(tokens, i) ?? untilForBy(tokens, i) ?? thereAreInjured(tokens, i) ?? onTheEvent(tokens, i) ?? prepositionBeforeNextOrLast(tokens, i) ?? onZoneTime(tokens, i) ?? atTheLatestBefore(tokens, i) ?? perChannel(tokens, i) ?? purposeOnGerund(tokens, i) ?? makeUpAmount(tokens, i) ?? accountsShare(tokens, i) ?? makeForTake(tokens, i) ?? explainWithoutTo(tokens, i) ?? congratulateWith(tokens, i) ?? duringLength(tokens, i) ?? makeCasualties(tokens, i) ?? itMakesLengthThat(tokens, i) ?? partOfDayOfWeekday(tokens, i));
      // "is", "was", "will" are too common to start the chain above: the weather pattern runs only where weather is named.
      const weather = !special && BE_FORMS.hasToken(t) && (weatherNamed ??= tokens.some((w) => WEATHER.hasToken(w))) ? weatherWithoutThere(tokens, i) : undefined;
      const afterBe = !special && !weather && BE_FORMS.hasToken(t) ? (beOfAmount(tokens, i) ?? presentCleftBeforePast(tokens, i)) : undefined;
      if (afterBe) {
        reports.push(afterBe);
        continue;
      }
      if (special || weather) {
        reports.push((special || weather)!);
        continue;
      }
      if (i + 2 >= tokens.length || !SECOND_WORDS.hasToken(tokens[i + 1]!)) continue;
      const candidates = BY_FIRST_WORD.get(t.lower) ?? ((t.tags[0] ?? '').startsWith('VB') ? BY_FIRST_WORD.get(lemma.of(t)) : undefined);
      if (!candidates) continue;
      for (const c of candidates) {
        if (!matchesAt(c.pattern, tokens, i)) continue;
        const last = tokens[i + c.pattern.length - 1]!;
        if (c.beforeAmount && !opensAmount(tokens, i + c.pattern.length)) continue;
        if (c.beforeShare && !opensShare(tokens, i + c.pattern.length)) continue;
        if (c.closesPhrase && modifiesNext(tokens[i + c.pattern.length])) continue;
        if (c.beforeVerb && !(tokens[i + c.pattern.length]?.tags.includes('VB') ?? false)) continue;
        if (c.notBeforeOf && tokens[i + c.pattern.length]?.lower === 'of') continue;
        if (c.endsClause && tokens[i + c.pattern.length] !== undefined && tokens[i + c.pattern.length]!.kind !== 'punct') continue;
        if (c.beforeOrdinal && !ORDINAL.test(tokens[i + c.pattern.length]?.lower ?? '')) continue;
        if (c.beforeTime && !isTimePhrase(tokens, i + c.pattern.length)) continue;
        // "explained the reason of his own accord": "of one's own accord" belongs to the verb, not to the noun.
        if (last.lower === 'of' && tokens[i + c.pattern.length + 1]?.lower === 'own' && tokens[i + c.pattern.length + 2]?.lower === 'accord') continue;
        if (c.opensSentence && i > 0 && tokens[i - 1]!.kind === 'word') continue;
        if (c.notAfter !== undefined && tokens[i - 1]?.lower === c.notAfter) continue;
        if (/^frames?$/.test(tokens[i + 2]!.lower) && !abstractHead(tokens, i + c.pattern.length)) continue;
        // "took measures on recruiting teachers" is reported with its fix at "measures".
        if (last.lower === 'on' && tokens[i + c.pattern.length]?.lower.endsWith('ing')) continue;
        // "took part at the invitation of", "took part at 9 a.m.": an adjunct, not the event.
        // "took part on Monday", "took part on behalf of": a time or an adjunct after "on".
        if (last.lower === 'on' && c.lastWord === 'in' && (isTimePhrase(tokens, i + c.pattern.length) || ON_ADJUNCTS.has(tokens[i + c.pattern.length + (tokens[i + c.pattern.length]?.lower === 'the' || tokens[i + c.pattern.length]?.lower === 'a' ? 1 : 0)]?.lower ?? ''))) continue;
        if (last.lower === 'at' && (isTimePhrase(tokens, i + c.pattern.length) || AT_ADJUNCTS.has(tokens[i + c.pattern.length + (tokens[i + c.pattern.length]?.lower === 'the' ? 1 : 0)]?.lower ?? ''))) continue;
        reports.push({
          start: t.start,
          end: last.end,
          message: `A word-for-word rendering of the source's "${c.source}"; English says ${c.english}.`,
          suggestions: c.replacement
            ? [{ start: t.start, end: last.end, replacement: withCaseOf(t.text, c.replacement) }]
            : c.lastWord
              ? [{ start: tokens[i + c.pattern.length - (c.lastWords ?? 1)]!.start, end: last.end, replacement: c.lastWord }]
              : [],
        });
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Temperatures will climb until 38 degrees.', output: 'Temperatures will climb to 38 degrees.' },
      { text: 'The brewery plans to open a second hall till 2028.', output: 'The brewery plans to open a second hall by 2028.' },
      { text: 'The firm expects to launch the app until April 2027.', output: 'The firm expects to launch the app by April 2027.' },
      { text: 'The trial against the two bankers resumed in Lyon.', output: 'The trial of the two bankers resumed in Lyon.' },
      { text: 'It was their third victory above the hosts.', output: 'It was their third victory over the hosts.' },
      { text: 'The council will take a decision until Friday.', output: 'The council will take a decision by Friday.' },
      { text: 'The new fares apply already from January.', output: 'The new fares apply from January.' },
      { text: 'Two men were detained under suspicion of theft.', output: 'Two men were detained on suspicion of theft.' },
      { text: 'The mayor must answer in front of the court.', output: 'The mayor must answer in court.' },
      { text: 'The fair takes place already for the fifth time.', output: 'The fair takes place for the fifth time.' },
      { text: 'The family runs the hotel already for 40 years.', output: 'The family runs the hotel for 40 years.' },
      { text: 'According to data of the census, the town shrank.', output: 'According to the census, the town shrank.' },
      { text: 'The hailstones were in size of an egg.', output: 'The hailstones were the size of an egg.' },
      { text: 'The results will be known in the end of May.', output: 'The results will be known at the end of May.' },
      { text: 'The new wing must be ready until the end of June.', output: 'The new wing must be ready by the end of June.' },
      { text: 'The children are smiling on the photo.', output: 'The children are smiling in the photo.' },
      { text: 'We are looking forward for your answer.', output: 'We are looking forward to your answer.' },
      { text: 'The office is located on the address below.', output: 'The office is located at the address below.' },
      { text: 'The lake lies on a distance of 3 km.', output: 'The lake lies at a distance of 3 km.' },
      { text: 'The cinema shows films under the open sky.', output: 'The cinema shows films in the open air.' },
      { text: 'Tickets are on sale until Sunday inclusively.', output: 'Tickets are on sale until Sunday inclusive.' },
      { text: 'Exports fell down by 6 percent in May.', output: 'Exports fell by 6 percent in May.' },
      { text: 'The repairs are still in course.', output: 'The repairs are still under way.' },
      { text: 'The hail caused important damage to the vineyards.', output: 'The hail caused serious damage to the vineyards.' },
      { text: 'The family owns a villa located in the coast.', output: 'The family owns a villa located on the coast.' },
      { text: 'The council approved new measures for to cut noise.', output: 'The council approved new measures to cut noise.' },
      { text: 'Each guest received a book as gift.', output: 'Each guest received a book as a gift.' },
      { text: 'The bridge is one of the longest of the world.', output: 'The bridge is one of the longest in the world.' },
      { text: 'The escape of the city took three days.', output: 'The escape from the city took three days.' },
      { text: 'Analysts explained the reasons of the slowdown.', output: 'Analysts explained the reasons for the slowdown.' },
      { text: 'Ten clubs took part on the tournament.', output: 'Ten clubs took part in the tournament.' },
      { text: 'The town marked the anniversary from the liberation.', output: 'The town marked the anniversary of the liberation.' },
      { text: 'The agency leads the fight with smuggling.', output: 'The agency leads the fight against smuggling.' },
      { text: 'Researchers of the university tested the vaccine.', output: 'Researchers from the university tested the vaccine.' },
      { text: 'Pupils have the possibility to study Chinese.', output: 'Pupils have the opportunity to study Chinese.' },
      { text: 'The charity received a donation in amount of 40,000 euros.', output: 'The charity received a donation of 40,000 euros.' },
      { text: 'The new ferry offers place for 900 passengers.', output: 'The new ferry offers room for 900 passengers.' },
      { text: 'There was place for 60 children in the camp.', output: 'There was room for 60 children in the camp.' },
      { text: 'The tunnel was financed to 70 percent by the state.' },
      { text: 'The lorry hit the barrier with high speed.', output: 'The lorry hit the barrier at high speed.' },
      { text: 'The talks are meanwhile in their second week.', output: 'The talks are now in their second week.' },
      { text: 'The reason of the blackout was a fault in the substation.', output: 'The reason for the blackout was a fault in the substation.' },
      { text: 'The new bridge will be put into exploitation in June.', output: 'The new bridge will be put into service in June.' },
      { text: 'Fans marched in support to the striking miners.', output: 'Fans marched in support of the striking miners.' },
      { text: 'Each pupil receives a grant in the height of 300 euros.', output: 'Each pupil receives a grant of 300 euros.' },
      { text: 'The cyclist was under influence of drugs.', output: 'The cyclist was under the influence of drugs.' },
      { text: 'The photos spread quickly in the Internet.', output: 'The photos spread quickly on the internet.' },
      { text: 'The team ended the season on the second place.', output: 'The team ended the season in second place.' },
      { text: 'The liberals gained seats at the elections.', output: 'The liberals gained seats in the elections.' },
      { text: 'Two climbers suffered heavy injuries.', output: 'Two climbers suffered serious injuries.' },
      { text: 'The storm passed within few hours.', output: 'The storm passed within a few hours.' },
      { text: 'The two men were taken in custody on Friday.' },
      { text: 'The share of renewable energies keeps growing.', output: 'The share of renewable energy keeps growing.' },
      { text: 'Police opened a case on the fact of the theft.', output: 'Police opened a case into the theft.' },
      { text: 'The firm sells the most part of its grain abroad.', output: 'The firm sells most of its grain abroad.' },
      { text: 'Two passengers are in a state of moderate severity.', output: 'Two passengers are in a serious condition.' },
      { text: 'Dynamo won with a score 2:0 against the guests.' },
      { text: 'The results will be known in the next days.', output: 'The results will be known in the coming days.' },
      { text: 'The museum had a record number of visitors in this summer.', output: 'The museum had a record number of visitors this summer.' },
      { text: 'Four climbers got injuries in the avalanche.', count: 1 },
      { text: 'Exports accounted about 30 percent of the output.', output: 'Exports accounted for about 30 percent of the output.' },
      { text: 'The rescuers were on the place in twenty minutes.', count: 1 },
      { text: 'The cup final finished with a draw after extra time.', count: 1 },
      { text: 'Sleep now, everything will be good.', count: 1 },
      { text: 'The regional council evoked the possibility of a referendum.', count: 1 },
      { text: 'In the last time, rents have risen fast.', output: 'Recently, rents have risen fast.' },
      { text: 'We thank for your patience.', output: 'We thank you for your patience.' },
      { text: 'The reception is open 24 hours on 24.', output: 'The reception is open 24 hours a day.' },
      { text: 'Check-in from hours 14:00.', output: 'Check-in from 14:00.' },
      { text: 'The fair will have place in Milan.', output: 'The fair will take place in Milan.' },
      { text: 'The appliance is conform to the directive.', output: 'The appliance conforms to the directive.' },
      { text: 'Bake in the oven preheated at 180 degrees.', output: 'Bake in the oven preheated to 180 degrees.' },
      { text: 'Cook at low fire for 20 minutes.', output: 'Cook over a low heat for 20 minutes.' },
      { text: 'Are you sure to delete the selected files?', output: 'Are you sure you want to delete the selected files?' },
      { text: 'The rooms are equipped of air conditioning.', output: 'The rooms are equipped with air conditioning.' },
      { text: 'With friendly greetings, Anna Weber', count: 1 },
      { text: 'Good appetite!', count: 1 },
      { text: 'It makes three years that I live in this city.', count: 1 },
      { text: 'Impossible to connect to the server.', output: 'Unable to connect to the server.' },
      { text: 'The download is terminated with success.', count: 1 },
      { text: 'We are in three, so we need a bigger table.', count: 1 },
      { text: 'Pass to the next step by pressing Continue.', count: 1 },
      { text: 'Rooms with view on the sea are available on request.', output: 'Rooms with view of the sea are available on request.' },
      { text: 'Breakfast is comprised in the price.', output: 'Breakfast is included in the price.' },
      { text: 'In case of malfunction, address yourself to the seller.', output: 'In case of malfunction, contact the seller.' },
      { text: 'The surface is smooth and not easy to rust.', count: 1 },
      { text: 'Two cars collided in the near of the station.', output: 'Two cars collided near the station.' },
      { text: 'The unions arrived to an agreement with the airline.' },
      { text: 'Police worked on the place of the crash all night.', output: 'Police worked at the scene of the crash all night.' },
      { text: 'I am very interesting in this job.', output: 'I am very interested in this job.' },
      { text: 'The hall was so dark that we had to open the lights.', count: 1 },
      { text: 'The school will close for capital repairs in July.', output: 'The school will close for major repairs in July.' },
      { text: 'The choir sang in the occasion of the anniversary.', output: 'The choir sang on the occasion of the anniversary.' },
      { text: 'According to words of the coach, the team is ready.', output: 'According to the coach, the team is ready.' },
      { text: 'The new tariffs enter in application on 1 July.', count: 1 },
      { text: 'The unemployment rate is of 6 percent.', output: 'The unemployment rate is 6 percent.' },
      { text: 'The talks will go on during four days.', output: 'The talks will go on for four days.' },
      { text: 'The fire broke out in the night of Sunday.', output: 'The fire broke out on Sunday night.' },
      { text: 'The avalanche has made three deaths.' },
      { text: 'It is in 1887 that the tower was built.', output: 'It was in 1887 that the tower was built.' },
      { text: 'The new tax enters in vigour in January.' },
      { text: 'The ferry will return to service in the nearest time.', output: 'The ferry will return to service in the near future.' },
      { text: 'The smuggler was given seven years of prison.', output: 'The smuggler was given seven years in prison.' },
      { text: 'The board meeting will take place on next Thursday.', output: 'The board meeting will take place next Thursday.' },
      { text: 'The visitors won with the score 2:0.', count: 1 },
      { text: 'Despite of the snow, the trains ran on time.', output: 'Despite the snow, the trains ran on time.' },
      { text: 'The flood covered fields on an area of 40 hectares.', output: 'The flood covered fields over an area of 40 hectares.' },
      { text: 'The driver did not cope with the control of the van.', count: 1 },
      { text: 'The governor arrived with a working visit in the port.', output: 'The governor arrived on a working visit in the port.' },
      { text: 'The thieves were caught on the hot trail.', output: 'The thieves were caught in hot pursuit.' },
      { text: 'According to own figures, the bank lost money.', count: 1 },
      { text: 'The club has 120 members, from them 30 children.', count: 1 },
      { text: 'The server is busy. Please try it later again.', output: 'The server is busy. Please try it again later.' },
      { text: 'Our hotline stands at your disposal around the clock.' },
      { text: 'Tomorrow will be heavy rain in the east.', output: 'Tomorrow there will be heavy rain in the east.' },
      { text: 'At noon it was 30 degrees of heat.', output: 'At noon it was 30 degrees.' },
      { text: 'The vote will be held on the next week.', output: 'The vote will be held next week.' },
      { text: 'On the photo: the old harbour at dawn.', output: 'In the photo: the old harbour at dawn.' },
      { text: 'Each winner gets a grant in the size of 5,000 euros.', output: 'Each winner gets a grant of 5,000 euros.' },
      { text: 'The assembly passed the budget in the second reading.', output: 'The assembly passed the budget at second reading.' },
      { text: 'The participants of the summit signed a joint letter.', output: 'The participants in the summit signed a joint letter.' },
      { text: 'The fair will work until the end of the month.', output: 'The fair will run until the end of the month.' },
      { text: 'The library works daily from nine.', output: 'The library is open daily from nine.' },
      { text: "The first train leaves at 6 o'clock of the morning.", output: "The first train leaves at 6 o'clock in the morning." },
      { text: 'The council approved the plan by the majority of votes.', output: 'The council approved the plan by a majority vote.' },
      { text: 'The old dam is in the emergency state.', output: 'The old dam is in a state of emergency.' },
      { text: 'The governor underlined that the budget is balanced.' },
      { text: 'Two new plants opened on the territory of the region.', output: 'Two new plants opened in the region.' },
      { text: 'By the words of the mayor, the roads will be repaired.', output: 'According to the mayor, the roads will be repaired.' },
      { text: 'In the result of the storm, the airport closed.', output: 'As a result of the storm, the airport closed.' },
      { text: 'The talks were held in the frame of the summit.', output: 'The talks were held as part of the summit.' },
      { text: 'The prize was presented in the frames of the forum.', output: 'The prize was presented as part of the forum.' },
      { text: 'The bridge was built in the frames of the national road programme.', output: 'The bridge was built as part of the national road programme.' },
      { text: 'The launch is set for 6:15 on Tbilisi time.', output: 'The launch is set for 6:15 Tbilisi time.' },
      { text: 'Tickets must be paid at the latest on Monday.', output: 'Tickets must be paid by Monday at the latest.' },
      { text: 'The results will be sent per email.', output: 'The results will be sent by email.' },
      { text: 'The crew repaired the pipe in the shortest terms.', output: 'The crew repaired the pipe as soon as possible.' },
      { text: 'Workers cleared the snow in short terms.', output: 'Workers cleared the snow in a short time.' },
      { text: 'The guide explained us the history of the castle.', output: 'The guide explained to us the history of the castle.' },
      { text: 'She explained them how the machine works.', output: 'She explained to them how the machine works.' },
      { text: 'The mayor congratulated the runners with their record.', output: 'The mayor congratulated the runners on their record.' },
      { text: 'The city has taken measures on reducing noise.', output: 'The city has taken measures to reduce noise.' },
      { text: 'The ministry announced steps on improving roads.', output: 'The ministry announced steps to improve roads.' },
      { text: 'Last year the losses of the dairy made up 3 million euros.', output: 'Last year the losses of the dairy amounted to 3 million euros.' },
      { text: 'At night the frost will make up minus twelve degrees.', output: 'At night the frost will reach minus twelve degrees.' },
      { text: 'The minister took part at the conference in Vienna.', output: 'The minister took part in the conference in Vienna.' },
      { text: 'The visitors made a short pause at the fountain.', output: 'The visitors took a short pause at the fountain.' },
      { text: 'The couple has made many photos of the harbour.', output: 'The couple has taken many photos of the harbour.' },
      { text: 'Growth of wages made up about 4 percent.', output: 'Growth of wages amounted to about 4 percent.' },
      { text: 'The talks will go on in Geneva on next week.', output: 'The talks will go on in Geneva next week.' },
      { text: 'In last year, the harbour handled more ships.', output: 'Last year, the harbour handled more ships.' },
      { text: "The library is open until 20 o'clock.", output: 'The library is open until 8 p.m.' },
      { text: 'The new tax rules entered in force in January.' },
      { text: 'The city bought new buses on the sum of 40 million euros.', output: 'The city bought new buses worth 40 million euros.' },
      { text: 'The whole class was sent on quarantine.' },
      { text: 'The builders must complete the school until the end of August.', output: 'The builders must complete the school by the end of August.' },
      { text: 'The town wants to halve its energy use until 2035.', output: 'The town wants to halve its energy use by 2035.' },
      { text: 'The road was closed in result of the landslide.', output: 'The road was closed as a result of the landslide.' },
      { text: 'The board will decide until Friday whether to sell.', output: 'The board will decide by Friday whether to sell.' },
      { text: 'The works on reconstruction of the stadium will last a year.', output: 'The work on reconstruction of the stadium will last a year.' },
      { text: 'The tenants addressed to the mayor with a petition.', output: 'The tenants turned to the mayor with a petition.' },
      { text: 'A lorry hit the barrier, there are injured.', output: 'A lorry hit the barrier, there are injured people.' },
      { text: 'On the conference, the minister spoke about water.', output: 'At the conference, the minister spoke about water.' },
      { text: 'On the press conference the coach thanked the fans.', output: 'At the press conference the coach thanked the fans.' },
      { text: 'The deputies gathered on an extraordinary session.', output: 'The deputies gathered at an extraordinary session.' },
      { text: 'Two ministers were present on the ceremony.', output: 'Two ministers were present at the ceremony.' },
      { text: 'The council has taken decision to close the pool.', output: 'The council has taken a decision to close the pool.' },
      { text: 'Drivers should pay attention on the new signs.', output: 'Drivers should pay attention to the new signs.' },
    ],
    valid: [
      'The bakery will be open until midnight on Fridays.',
      'The striker signed a contract until 2029.',
      'The family farmed potatoes in the valley until 1985.',
      'The hall was opened in 1970 and served the town until 2012.',
      'The victory above all showed their resolve.',
      'She gave the reason of her own accord.',
      'Prices rose until May and then fell.',
      'The board will not take a decision until Friday.',
      'He has known her already from school days.',
      'The level fell until the rain stopped.',
      'They met in front of the court building.',
      'The suspect remains under suspicion.',
      'The team had already paid for the trip.',
      'It is already time for the third round.',
      'The town is already known for its fifth festival.',
      'According to data from the census, the town shrank.',
      'The stones differ in size and colour.',
      'Nothing was decided until the end of the meeting.',
      'The tenant shall pay a deposit in the amount of one month of rent.',
      'The hall has room for 500 guests.',
      'There is a place for everyone in the choir.',
      'The museum offers places for 30 volunteers.',
      'The tunnel was 70 percent financed by the state.',
      'The schools were funded to 80 percent of need.',
      'She took first place for the third year running.',
      'The firm was owned by the founder until 2010.',
      'He looked forward for a moment.',
      'It depends on the distance of the star.',
      'The building was in course of construction.',
      'The tree fell down by the river.',
      'The boy fell down to the ground.',
      'She won first place in the contest.',
      'The strongest of the world\'s economies slowed.',
      'The escape of the prisoners was filmed.',
      'In the end, the plan failed.',
      'Measurements seen on the photo plate were noisy.',
      'The escape of the country\'s elite began in May.',
      'The important damage assessment was published.',
      'He fought with corruption charges for years.',
      'She received it as a gift.',
      'The openings in the coast were charted.',
      'The shop is open until Friday inclusive.',
      'They took part on behalf of the club.',
      'The team took part on Saturday.',
      'There is a possibility of rain.',
      'He regretted the possibility to which his words had pointed.',
      'The office has a line with high speed internet.',
      'She read the letter with great speed.',
      'He was released by reason of insanity.',
      'The delay arose by the reason of a strike.',
      'They won by a score of 3 to 1.',
      'He bought the flat at the height of the boom.',
      'Few days pass without rain in April.',
      'The team finished in second place.',
      'Heavy rain caused injuries on the roads.',
      'The suspect was held in custody overnight.',
      'The energies of the volunteers were spent.',
      'She made a photo album for her grandmother.',
      'The workers protested against their exploitation in the mines.',
      'The guests were, for the most part, from Tokyo.',
      'Injuries of moderate severity were treated on site.',
      'The next days of the trial will be decisive.',
      'Prices rose sharply in this century.',
      'Show users who have not logged in this week.',
      'The accounts 2 and 3 were closed in May.',
      'Women account for 40 percent of the staff.',
      'Everything will be good for the harvest if it rains.',
      'The chemicals gave off a warning smell.',
      'The city disposed of the old trams.',
      'The tune evoked the mood of a summer night.',
      'In this year of all years, the harvest failed.',
      'The plan is in this year\'s budget.',
      'We booked the room in the last time slot of the day.',
      'Thank you for your patience.',
      'In the next few days the results will be known.',
      'Her views on the river crossing were well known.',
      'The land comprised in the lease includes two barns.',
      'It is easy to fade into the background at parties.',
      'Impossible to say, really.',
      'We are in two minds about the offer.',
      'It was impossible to open the door.',
      'It makes three copies that you can share.',
      'The rain makes two days that felt like a week.',
      'He has a good appetite after a long walk.',
      'Differences in attachment shape later friendships.',
      'The shop is open 24 hours on 24 December.',
      'The oven was preheated at dawn.',
      'Mount the bracket on the wall with the screws supplied.',
      'The symphony was composed by Mahler in 1901.',
      'The survey counted foot traffic by foot patrols.',
      'The talks are, meanwhile, in their second week.',
      'They scored against the run of play.',
      'The results are interesting in that they contradict the theory.',
      'She opened the light blue box.',
      'He closed the light switch panel.',
      'We are agreed on the main points.',
      'Capital punishment was abolished in 1965.',
      'The choir sang on the occasion of the anniversary.',
      'Among them 30 children took part.',
      'The farm sits on an area of rich soil.',
      'She could not cope with the control panel at first.',
      'The hosts won with a score of 2-0.',
      'The board will meet on the next Thursday after the vote.',
      'We bought from them a dozen eggs.',
      'The application of the rules entered a new phase.',
      'The question is of great importance.',
      'He scored 110 points during three years in high school.',
      'Prices rose during two years of drought.',
      'The talks began in the morning of the fourth day.',
      'The two sides were of one mind.',
      'It was in 1887 that the tower was built.',
      'It is in 2030 that the line will open.',
      'The bill would fund ten years of prison reform.',
      'Participants of all ages joined the walk.',
      'Our staff are at your disposal all week.',
      'The forecast is rain.',
      'Tomorrow will be a holiday.',
      'He arrived on the next day.',
      'On the photo album lay a letter.',
      'Later, again, the storm returned.',
      'The savings lie in the size of the boiler.',
      'In the first reading of the poem she missed the irony.',
      'She works until midnight on Fridays.',
      'The pump works until the tank is empty.',
      'The museum will continue to work with local schools.',
      'The mayor congratulated the runners on their record.',
      'He congratulated her, with a smile, on the prize.',
      'The coach congratulated each player with a handshake.',
      'They explained value judgments by explaining them away.',
      'Explaining her errand, she sat down.',
      'The guide explained the history of the castle to us.',
      'Whether the plan works remains to be seen.',
      'The nearest station is a mile away.',
      'The situation remains difficult.',
      'She underlined the importance of the vote.',
      'The bill passed by a large majority of votes cast.',
      'Two new plants opened in the region.',
      'The troops withdrew from the territory of the former colony.',
      'He repeated the words of the song.',
      'A truck pulled out from the side of the road.',
      'She took the measures of the room before buying a carpet.',
      'The data of the survey were published in May.',
      'The result of the vote surprised everyone.',
      'They made a conclusive case for reform.',
      'According to the minister, the roads will be repaired.',
      'The train arrived on time.',
      'The meeting is on Friday at the latest.',
      'The service costs two cents per email.',
      'We will reply by Friday at the latest.',
      'The team will work on improving the roads.',
      'The state should concentrate its efforts on eliminating poverty.',
      'He stood in the frame of the door.',
      'A face appeared in the frame of the mirror.',
      'The painting hung in the frame of gilded oak.',
      'They met on Thursday, time permitting.',
      'Women make up 40 percent of the staff.',
      'Pensioners made up about a third of the crowd.',
      'He made up his mind in 2019.',
      'The prisoners made a break for the gate.',
      'The photos made a strong impression.',
      'The team made up 10 points in the second half.',
      'She took part at the invitation of the mayor.',
      'Forty runners took part at the weekend.',
      'At last spring came, and the snow melted.',
      'The report on last year was published in May.',
      'The club will focus on next season.',
      'On the conference table lay a map.',
      'There were injured people on the platform.',
      'The standard works on the history of Rome are old.',
      'The gallery shows works on paper by young artists.',
      'The letters addressed to the mayor were lost.',
      'She addressed the crowd in French.',
      'The school will not be completed until the end of August.',
      'They worked until the end of August to finish the school.',
      'There was complete silence until the end of the film.',
      'Students can complete the form online until Friday.',
      'The factory will continue to cut jobs until 2027.',
      'Up until 2010 the mill employed 300 people.',
      'The road stays closed until Friday.',
      'Interest is paid on the sum of both loans.',
      'The report on the meeting was short.',
      'The cuts in next year budget worried the schools.',
      "He won the race in last year's final.",
      "The shop opens at 10 o'clock.",
      'The law came into force in 2019.',
      'Prices rose in the last year.',
      'The mayor said on the conference call that the budget is balanced.',
      'She spoke on the meeting of 1848 as a turning point.',
      'They take decision-making seriously.',
      'The team focused attention on the new signs.',
    ],
  },
});
