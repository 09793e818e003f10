import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isYearNumber, lemma, memoizeByWord, nounPhraseEnd, nounSenses, nounSingular, primaryTag, type Token, WordSet } from '@mtlint/text';
import { MONTHS } from '../../calendar.js';
import { byFirstWord, matchesAt } from '../../word-patterns.js';

/**
 * French, Spanish, Italian and Portuguese phrases that link a clause or a noun phrase to the sentence — "en fonction
 * de", "en base a", "respecto a", "dans la mesure où", "en ce qui concerne", "d'ici 2030", "con sede en" — rendered word
 * for word. A pattern is a list of words; "=take" matches any form of the verb.
 */
interface LinkingCalque {
  pattern: readonly string[];
  /** The English phrase for the whole match. */
  english: string;
  source: string;
  /** Where the words are English in another reading, the test that the match is the calque. */
  guard?: (tokens: readonly Token[], start: number, end: number) => boolean;
}

// "on the base of the column" is a real base; "on the base of the data" (sur la base de) is "on the basis of".
const GROUNDS = new WordSet([
  'data', 'result', 'results', 'information', 'evidence', 'analysis', 'analyses', 'study', 'studies', 'survey', 'surveys',
  'finding', 'findings', 'agreement', 'agreements', 'experience', 'report', 'reports', 'criteria', 'principle', 'principles',
  'law', 'laws', 'decision', 'figures', 'estimates', 'calculations', 'observations', 'facts', 'assessment', 'research',
  'statistics', 'documents', 'testimony', 'article', 'contract', 'proposal', 'recommendations', 'rules', 'decree', 'available',
]);
// Before "respect to", what makes it a comparison (respecto a, rispetto a, par rapport à): the start of the sentence or
// a clause, or an amount ("rose 4 points respect to 2022"); "pay respect to", "with respect to" are English.
const AMOUNT_WORDS = new WordSet(['percent', 'per', 'cent', 'points', 'point', 'times', 'more', 'less', 'higher', 'lower']);

const TIME_UNITS = new WordSet(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seasons', 'decades']);

const atClauseStart = (tokens: readonly Token[], start: number): boolean => start === 0 || tokens[start - 1]!.text === ',' || tokens[start - 1]!.text === ';';

function comparisonStart(tokens: readonly Token[], start: number): boolean {
  if (atClauseStart(tokens, start)) return true;
  const before = tokens[start - 1]!;
  return before.kind === 'number' || AMOUNT_WORDS.hasToken(before);
}

/** The noun phrase after the match ends at a comma: "In what concerns the pensions, …" (not "For what concerns all of us is …"). */
function topicBeforeComma(tokens: readonly Token[], _start: number, end: number): boolean {
  const after = nounPhraseEnd(tokens, end);
  return after > end && tokens[after]?.text === ',';
}

/** "on the base of" + the data, the results … (skipping determiners and adjectives). */
function groundsFollow(tokens: readonly Token[], _start: number, end: number): boolean {
  for (let k = end; k < tokens.length && k < end + 4; k++) {
    const t = tokens[k]!;
    if (GROUNDS.hasToken(t)) return true;
    if (t.kind !== 'word' || !(isDeterminer(t) || /^(JJ|CD)/.test(primaryTag(t)))) return false;
  }
  return false;
}

/** "took part to the campaign", not "took part to help" (an infinitive of purpose). */
function noInfinitiveAfter(tokens: readonly Token[], _start: number, end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.kind === 'word' && (isDeterminer(next) || !next.tags.includes('VB'));
}

/** "in the last years," or "… in the last years the city grew", not "in the last years of his life" or "… before the war". */
function notAPeriodOfSomething(tokens: readonly Token[], _start: number, end: number): boolean {
  const next = tokens[end];
  return next === undefined || next.kind === 'punct' || !/^(IN|TO|WDT|WP)$/.test(primaryTag(next));
}

/** "with the end of reducing" (con el fin de), not "with the end of the war". */
const gerundFollows = (tokens: readonly Token[], _start: number, end: number): boolean => tokens[end]?.kind === 'word' && primaryTag(tokens[end]!) === 'VBG';

/** "a pair of days" (un par de días, un paio di giorni): a couple of units of time, not "a pair of shoes". */
const timeUnitFollows = (tokens: readonly Token[], _start: number, end: number): boolean => TIME_UNITS.has(tokens[end]?.lower ?? '');

const yearFollows = (tokens: readonly Token[], _start: number, end: number): boolean => isYearNumber(tokens[end]?.text ?? '');

// "В связи с праздниками", "w związku z remontem", "у зв'язку з негодою": the Slavic phrase names a cause, which MT
// renders "in connection with". English uses that phrase for what a matter relates to ("arrested in connection with
// the robbery"); a cause that changes a schedule or a state is given with "because of" or "due to".
const CAUSES = new WordSet([
  'holiday', 'holidays', 'repair', 'repairs', 'reconstruction', 'renovation', 'storm', 'storms', 'weather', 'epidemic',
  'pandemic', 'quarantine', 'situation', 'deterioration', 'increase', 'decrease', 'growth', 'rise', 'fall', 'change',
  'changes', 'transition', 'expiry', 'expiration', 'outbreak', 'shortage', 'lack', 'absence', 'illness', 'closure',
  'heat', 'frost', 'snowfall', 'rains', 'floods', 'flooding', 'strike', 'strikes', 'celebration', 'celebrations',
  'works', 'construction', 'maintenance',
]);
// The start or end of a period or of works ("в связи с началом отопительного сезона", "w związku z zakończeniem
// prac"): the phase noun heads the phrase and its "of" phrase names a time ("the season", "the school year") or a
// cause above ("the repairs"). The start of anything else ("In connection with the start of the trial, the judge …")
// is what a matter relates to, and English.
const PHASES = new WordSet(['start', 'beginning', 'onset', 'commencement', 'end', 'completion', 'arrival', 'approach', 'opening']);

/**
 * "In connection with the storm, …": the phrase opens the sentence or a clause, and its noun phrase (past
 * determiners and adjectives) is a cause in CAUSES, closed by a comma, perhaps after an "of" phrase.
 */
function causeBeforeComma(tokens: readonly Token[], start: number, end: number): boolean {
  if (!atClauseStart(tokens, start)) return false;
  // "the start of", "the beginning of": the lexicon reads these first as verbs, so the noun phrase is not found; a
  // determiner and an "of" after them make them nouns.
  const head = isDeterminer(tokens[end]!) && tokens[end + 2]?.lower === 'of' ? end + 2 : nounPhraseEnd(tokens, end);
  if (head <= end) return false;
  const phase = PHASES.hasToken(tokens[head - 1]!);
  if (!phase && !CAUSES.hasToken(tokens[head - 1]!)) return false;
  // "the closure of the road," — an "of" phrase may follow the cause; it must follow a phase.
  if (tokens[head]?.lower !== 'of') return !phase && tokens[head]?.text === ',';
  const close = ofPhraseEnd(tokens, head + 1);
  if (tokens[close]?.text !== ',') return false;
  const named = tokens[close - 1]!.lower;
  return !phase || CAUSES.has(named) || nounSenses(nounSingular(named)).includes('noun.time');
}

/**
 * The end of the noun phrase from `from`, also past plurals the lexicon reads first as verbs ("of the works", "of
 * repairs"): words with a noun, adjective, determiner or number reading, at most six.
 */
function ofPhraseEnd(tokens: readonly Token[], from: number): number {
  const end = nounPhraseEnd(tokens, from);
  if (tokens[end]?.text === ',') return end;
  let k = from;
  while (k - from < 6 && tokens[k]?.kind === 'word' && tokens[k]!.tags.some((tag) => NOMINAL_TAGS.has(tag))) k++;
  return k;
}
const NOMINAL_TAGS = new Set(['NN', 'NNS', 'JJ', 'DT', 'CD']);

/** "On the other side, …" opening the sentence or a clause, closed by a comma: the contrast, not a place ("on the other side of the river"). */
function contrastBeforeComma(tokens: readonly Token[], start: number, end: number): boolean {
  return atClauseStart(tokens, start) && tokens[end]?.text === ',';
}

const AGENT_SENSES = new WordSet(['noun.person', 'noun.group']);
/** "from the side of the police" (со стороны полиции, von Seiten der Polizei): people or a body, not "the side of the road". */
function agentFollows(tokens: readonly Token[], _start: number, end: number): boolean {
  const after = nounPhraseEnd(tokens, end);
  const head = tokens[after - 1];
  return after > end && head !== undefined && nounSenses(nounSingular.of(head)).some((s) => AGENT_SENSES.has(s));
}

/**
 * "within June", "within 2026" (Italian "entro giugno", Spanish "dentro de 2026" read as a deadline): English "within"
 * takes a length of time ("within two weeks"), not a named month or year, which a deadline gives with "by the end of".
 */
function monthOrYearFollows(tokens: readonly Token[], _start: number, end: number): boolean {
  const next = tokens[end];
  if (next === undefined) return false;
  // "within March's budget": the month owns a noun, and the phrase is no deadline.
  // A day before its month: "within 15 September", "within the 30th of June".
  const day = (next.kind === 'number' && /^\d{1,2}$/.test(next.text) && MONTHS.hasToken(tokens[end + 1] ?? next))
    || (next.lower === 'the' && /^\d{1,2}(?:st|nd|rd|th)$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.lower === 'of' && MONTHS.hasToken(tokens[end + 3] ?? next));
  return day || (MONTHS.hasToken(next) && tokens[end + 1]?.text !== "'s") || (isYearNumber(next.text) && tokens[end + 1]?.text !== '-');
}

/**
 * German "inklusive", Dutch "inclusief", used as a preposition: "delivered inclusive charger", "49 euros inclusive VAT".
 * English "inclusive" is an adjective ("an inclusive school", "is inclusive of VAT", "1 to 5 inclusive"), so after a
 * participle, a noun or a number, before a determiner or a noun, it is the preposition "including".
 */
function prepositionalInclusive(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const next = tokens[end];
  if (before === undefined || next === undefined || next.kind !== 'word' || next.lower === 'of' || next.lower === 'and' || next.lower === 'or') return false;
  const tag = primaryTag(before);
  // "an inclusive design", "more inclusive workplaces", "build inclusive products": a determiner, an adverb or a
  // verb's base or past form before it makes it the adjective of the noun after it; a past participle after "is" or a
  // passive sense ("delivered", "sold", "supplied") is read by its own tag.
  // "comes inclusive charger": what a product comes with.
  const afterItem = before.kind === 'number' || /^(NNS?|CD)$/.test(tag) || /^[)%]$/.test(before.text) || (tag === 'VBN' && !/^(VB|VBD)$/.test(before.tags[0] ?? '')) || /^(comes?|came)$/.test(before.lower);
  // "inclusive shipping": a noun reading after it, though the lexicon may read the word first as a verb.
  return afterItem && (isDeterminer(next) || /^(NNS?|NNP|CD)$/.test(primaryTag(next)) || next.tags.includes('NN'));
}

// The notices Chinese "接到通知后", "收到邀请", Japanese "通知を受けて" open a sentence with: "Upon the notice, …".
// English opens with the act of receiving it ("On receiving the notice"), or "upon" with a bare noun ("Upon request").
const RECEIVED = ['notice', 'notification', 'invitation', 'instruction', 'instructions', 'summons', 'request', 'order', 'orders', 'alert'];

/** "Upon the notice, the staff left": the phrase opens the sentence or a clause and a comma closes it. */
const noticeBeforeComma = (tokens: readonly Token[], start: number, end: number): boolean => atClauseStart(tokens, start) && tokens[end]?.text === ',';

/** "in the exterior" for outdoors (Spanish "en el exterior", Italian "all'esterno"), not "in the exterior walls" or "of the house". */
function noHeadAfter(tokens: readonly Token[], _start: number, end: number): boolean {
  const next = tokens[end];
  return next === undefined || next.kind === 'punct' || (next.lower !== 'of' && !/^(NNS?|JJ|NNP|POS)$/.test(primaryTag(next)));
}

const CALQUES: readonly LinkingCalque[] = [
  { pattern: ['within'], english: 'by the end of', source: 'entro giugno, dentro de, bis Ende', guard: monthOrYearFollows },
  { pattern: ['inclusive'], english: 'including', source: 'inklusive, inclusief', guard: prepositionalInclusive },
  ...['upon', 'on'].flatMap((p) => ['the', 'this'].flatMap((d) => RECEIVED.map((noun) => ({
    pattern: [p, d, noun], english: `on receiving ${d} ${noun}`, source: '接到通知后, 收到邀请, 通知を受けて', guard: noticeBeforeComma,
  })))),
  { pattern: ['in', 'the', 'exterior'], english: 'outdoors', source: "en el exterior, all'esterno, à l'extérieur", guard: noHeadAfter },
  { pattern: ['in', 'connection', 'with'], english: 'because of', source: "в связи с, w związku z, у зв'язку з", guard: causeBeforeComma },
  { pattern: ['in', 'function', 'of'], english: 'depending on', source: 'en fonction de, en función de, in funzione di, em função de' },
  { pattern: ['in', 'base', 'of'], english: 'on the basis of', source: 'en base a, in base a, com base em' },
  { pattern: ['in', 'base', 'to'], english: 'on the basis of', source: 'en base a, in base a' },
  { pattern: ['on', 'base', 'of'], english: 'on the basis of', source: 'sur la base de, sobre la base de' },
  { pattern: ['on', 'the', 'base', 'of'], english: 'on the basis of', source: 'sur la base de, sobre la base de, sulla base di', guard: groundsFollow },
  { pattern: ['respect', 'to'], english: 'compared with', source: 'respecto a, rispetto a, par rapport à', guard: comparisonStart },
  { pattern: ['in', 'the', 'measure', 'that'], english: 'insofar as', source: 'dans la mesure où, en la medida en que, nella misura in cui' },
  { pattern: ['in', 'the', 'measure', 'in', 'which'], english: 'insofar as', source: 'en la medida en que, nella misura in cui' },
  { pattern: ['in', 'what', 'concerns'], english: 'as regards', source: 'en ce qui concerne, en lo que concierne, per quanto riguarda', guard: topicBeforeComma },
  { pattern: ['in', 'what', 'regards'], english: 'as regards', source: 'en lo que respecta a, per quanto riguarda', guard: topicBeforeComma },
  { pattern: ['for', 'what', 'concerns'], english: 'as regards', source: 'per quanto concerne, pour ce qui concerne', guard: topicBeforeComma },
  { pattern: ['for', 'what', 'regards'], english: 'as regards', source: 'per quanto riguarda, por lo que respecta a', guard: topicBeforeComma },
  { pattern: ['in', 'what', 'refers', 'to'], english: 'as regards', source: 'en lo que se refiere a, no que se refere a', guard: topicBeforeComma },
  { pattern: ['from', 'here', 'to'], english: 'by', source: "d'ici (à) 2030, de aquí a 2030, da qui al 2030", guard: yearFollows },
  { pattern: ['from', 'here', 'until'], english: 'by', source: "d'ici 2030, de aquí a 2030", guard: yearFollows },
  { pattern: ['in', 'matter', 'of'], english: 'regarding', source: 'en matière de, en materia de, in materia di, em matéria de' },
  { pattern: ['in', 'confront', 'of'], english: 'compared with', source: 'in confronto a, en comparación con' },
  { pattern: ['in', 'confront', 'with'], english: 'compared with', source: 'in confronto con' },
  { pattern: ['in', 'confront', 'to'], english: 'compared with', source: 'in confronto a' },
  { pattern: ['in', 'the', 'aim', 'of'], english: 'with the aim of', source: 'dans le but de, con el objetivo de, allo scopo di' },
  { pattern: ['in', 'the', 'goal', 'of'], english: 'with the goal of', source: 'dans le but de, con el objetivo de' },
  { pattern: ['in', 'the', 'intention', 'of'], english: 'with the intention of', source: "dans l'intention de, con la intención de" },
  { pattern: ['in', 'the', 'optic', 'of'], english: 'from the perspective of', source: "dans l'optique de, nell'ottica di, en la óptica de" },
  { pattern: ['in', 'the', 'ambit', 'of'], english: 'within the scope of', source: "en el ámbito de, nell'ambito di, no âmbito de" },
  { pattern: ['at', 'the', 'interior', 'of'], english: 'inside', source: "à l'intérieur de, all'interno di" },
  { pattern: ['at', 'the', 'exterior', 'of'], english: 'outside', source: "à l'extérieur de, all'esterno di" },
  { pattern: ['in', 'occasion', 'of'], english: 'on the occasion of', source: 'in occasione di, con ocasión de, por ocasião de' },
  { pattern: ['with', 'base', 'in'], english: 'based in', source: 'con base en, com base em' },
  { pattern: ['with', 'seat', 'in'], english: 'based in', source: 'con sede en, con sede a, com sede em' },
  { pattern: ['with', 'the', 'end', 'of'], english: 'with the aim of', source: 'con el fin de, a fin de, al fine di, com o fim de', guard: gerundFollows },
  { pattern: ['a', 'pair', 'of'], english: 'a couple of', source: 'un par de, un paio di, un par de', guard: timeUnitFollows },
  { pattern: ['since', 'always'], english: 'always', source: 'depuis toujours, desde siempre, da sempre' },
  { pattern: ['in', 'the', 'last', 'years'], english: 'in recent years', source: 'ces dernières années, en los últimos años, negli ultimi anni, nos últimos anos; 近年来', guard: notAPeriodOfSomething },
  { pattern: ['in', 'the', 'last', 'decades'], english: 'in recent decades', source: 'ces dernières décennies, en las últimas décadas, negli ultimi decenni', guard: notAPeriodOfSomething },
  { pattern: ['=take', 'part', 'to'], english: 'take part in', source: 'prendre part à, tomar parte en, prendere parte a', guard: noInfinitiveAfter },
  { pattern: ['=participate', 'to'], english: 'participate in', source: 'participer à, partecipare a, participar a', guard: noInfinitiveAfter },
  { pattern: ['on', 'the', 'other', 'side'], english: 'on the other hand', source: 'с другой стороны, auf der anderen Seite, z drugiej strony', guard: contrastBeforeComma },
  { pattern: ['from', 'the', 'other', 'side'], english: 'on the other hand', source: 'с другой стороны, z drugiej strony', guard: contrastBeforeComma },
  { pattern: ['from', 'the', 'side', 'of'], english: 'from', source: 'со стороны, von Seiten, ze strony', guard: agentFollows },
];

const BY_FIRST_WORD = byFirstWord(CALQUES);
// The patterns a word may open, by itself or by its lemma, worked out once per spelling.
const candidatesFor = memoizeByWord((lower) => BY_FIRST_WORD.get(lower) ?? BY_FIRST_WORD.get(lemma(lower)));
// A sentence can hold a calque only if it has one of the words that make each pattern foreign.
const KEY_WORDS = new Set(['within', 'inclusive', ...RECEIVED, 'connection', 'pair', 'end', 'function', 'base', 'respect', 'measure', 'concerns', 'regards', 'refers', 'here', 'matter', 'confront', 'aim', 'goal', 'intention', 'optic', 'ambit', 'interior', 'exterior', 'occasion', 'seat', 'always', 'years', 'decades', 'part', 'participate', 'participates', 'participated', 'participating', 'side']);

/** The English for a matched verb pattern keeps the verb's own form: "took part to" → "took part in". */
function englishFor(c: LinkingCalque, tokens: readonly Token[], i: number): { start: number; replacement: string } {
  if (c.pattern[0]!.startsWith('=')) {
    const preposition = tokens[i + c.pattern.length - 1]!;
    return { start: preposition.start, replacement: 'in' };
  }
  const first = tokens[i]!;
  const english = /^\p{Lu}/u.test(first.text) ? c.english[0]!.toUpperCase() + c.english.slice(1) : c.english;
  return { start: first.start, replacement: english };
}

export default defineRule({
  meta: {
    id: 'linking-phrase-calque',
    category: 'style/awkward',
    severity: 'minor',
    confidence: 0.85,
    description: 'A French, Spanish, Italian, Portuguese, Russian or German linking phrase word for word: "in function of", "in base to", "respect to last year", "in the measure that", "in what concerns", "from here to 2030", "with seat in", "took part to", "On the other side, …", "from the side of the police".',
    sourceHint: 'Romance compound prepositions and conjunctions (en fonction de, en base a, respecto a, dans la mesure où, en ce qui concerne, d\'ici 2030, con sede en, prendre part à) and Russian and German ones (с другой стороны, со стороны, auf der anderen Seite) rendered word for word.',
    fixable: true,
  },
  needs: [KEY_WORDS],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const candidates = candidatesFor.of(t);
      if (candidates === undefined) continue;
      for (const c of candidates) {
        if (!matchesAt(c.pattern, tokens, i)) continue;
        const end = i + c.pattern.length;
        if (c.guard !== undefined && !c.guard(tokens, i, end)) continue;
        const last = tokens[end - 1]!;
        const { start, replacement } = englishFor(c, tokens, i);
        reports.push({
          start: t.start,
          end: last.end,
          message: `"${tokens.slice(i, end).map((x) => x.text).join(' ')}" renders ${c.source} word for word; English says "${c.english}".`,
          suggestions: [{ start, end: last.end, replacement }],
        });
        i = end - 1;
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'In connection with the holidays, the office is closed.', output: 'Because of the holidays, the office is closed.' },
      { text: 'The tax return must be filed within April.', output: 'The tax return must be filed by the end of April.' },
      { text: 'The works will be completed within 2027.', output: 'The works will be completed by the end of 2027.' },
      { text: 'The bike comes inclusive pump and lights.', output: 'The bike comes including pump and lights.' },
      { text: 'Monthly fee 12 euros inclusive VAT.', output: 'Monthly fee 12 euros including VAT.' },
      { text: 'Upon the notification, the team left the site.', output: 'On receiving the notification, the team left the site.' },
      { text: 'Pupils do sport in the exterior twice a week.', output: 'Pupils do sport outdoors twice a week.' },
      { text: 'On the other side, the new line costs twice as much.', output: 'On the other hand, the new line costs twice as much.' },
      { text: 'The plan is cheap; from the other side, it takes years.', output: 'The plan is cheap; on the other hand, it takes years.' },
      { text: 'From the side of the residents there were no complaints.', output: 'From the residents there were no complaints.' },
      { text: 'In connection with the closure of the bridge, buses take another route.', output: 'Because of the closure of the bridge, buses take another route.' },
      { text: 'In connection with the start of the heating season, hot water will be off.', output: 'Because of the start of the heating season, hot water will be off.' },
      { text: 'The fare is calculated in function of the distance.', output: 'The fare is calculated depending on the distance.' },
      { text: 'In base to the new contract, nurses will earn more.', output: 'On the basis of the new contract, nurses will earn more.' },
      { text: 'On the base of these figures, the bank cut its forecast.', output: 'On the basis of these figures, the bank cut its forecast.' },
      { text: 'Respect to 2022, the number of tourists doubled.', output: 'Compared with 2022, the number of tourists doubled.' },
      { text: 'Exports fell 3 percent respect to the first quarter.', output: 'Exports fell 3 percent compared with the first quarter.' },
      { text: 'In the measure that wages rise, demand will grow.', output: 'Insofar as wages rise, demand will grow.' },
      { text: 'In what concerns the schools, the mayor promised more teachers.', output: 'As regards the schools, the mayor promised more teachers.' },
      { text: 'The country wants to close its coal plants from here to 2035.', output: 'The country wants to close its coal plants by 2035.' },
      { text: 'The airline, with seat in Madrid, hired 300 pilots.', output: 'The airline, based in Madrid, hired 300 pilots.' },
      { text: 'In the last years, rents have doubled.', output: 'In recent years, rents have doubled.' },
      { text: 'Twelve countries took part to the exercise.', output: 'Twelve countries took part in the exercise.' },
      { text: 'Several clubs participated to the tournament.', output: 'Several clubs participated in the tournament.' },
      { text: 'The talks will resume in a pair of weeks.', output: 'The talks will resume in a couple of weeks.' },
    ],
    valid: [
      'The form must be returned within ten days.',
      'The scheme runs within the EU.',
      'All prices are inclusive of tax.',
      'Chapters 3 to 5 inclusive are optional.',
      'An inclusive school welcomes every child.',
      'Upon request, we send a printed copy.',
      'On the notice board, the new rota was posted.',
      'Cracks were found in the exterior walls.',
      'Damage in the exterior of the hull was minor.',
      'On the other side of the river stood a mill.',
      'They toast them on the other side, then serve them.',
      'The children watched from the side of the road.',
      'In connection with the robbery, police arrested two men.',
      'In connection with the start of the trial, the judge issued an order.',
      'Two men were arrested in connection with the storm damage claims.',
      'In connection with this case, the police questioned four witnesses.',
      'The fund was set up in connection with the repairs to the church.',
      'The fare is calculated according to the distance.',
      'The statue stands on the base of the column.',
      'The statue stands on a base of granite.',
      'Compared with 2022, the number of tourists doubled.',
      'Children should show respect to their teachers.',
      'The changes apply with respect to new contracts only.',
      'For what concerns all of us is the price of bread.',
      'The trip from here to Boston takes an hour.',
      'In the last years of his life, he painted only flowers.',
      'In the last years before the war, trade grew.',
      'Only ten people took part to make the film.',
      'We want a government that takes part in the talks.',
      'It is a matter of time.',
      'She bought a pair of boots.',
      'Crowds cheered with the end of the war.',
      'The measure that the council approved bans cars.',
    ],
  },
});
