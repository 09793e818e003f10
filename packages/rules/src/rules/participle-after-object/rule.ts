import { defineRule, type Report, type Suggestion } from '@mtlint/engine';
import {
  argumentPhraseEnd, isAdverb, isDeterminer, isModal, isPerfectAuxiliary, isPreposition, isPronoun, isProperNoun, isSubordinator,
  isTimePhrase, isWordToken, lemma, nounPhraseEnd, primaryTag, type Token,
} from '@mtlint/text';

// Verbs that link to a complement ("has become used to", "has remained closed"): a second participle after them is normal.
const LINKING = new Set(['be', 'become', 'remain', 'get', 'go', 'seem', 'stay', 'prove', 'turn', 'grow', 'feel', 'look', 'keep', 'come']);

/** A word read first as a participle or past tense that can be a participle: "filed", "revised". */
const isVerbalParticiple = (t: Token | undefined): t is Token =>
  isWordToken(t) && (primaryTag(t) === 'VBN' || primaryTag(t) === 'VBD') && t.tags.includes('VBN');
/** The same, excluding participles that are also adjectives ("closed", "known", "used"). */
const isPureParticiple = (t: Token | undefined): t is Token => isVerbalParticiple(t) && !t.tags.includes('JJ');

// Subordinators that are also prepositions of time: "after the match", "since May".
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till']);
// Prepositions whose phrase belongs to the noun before it ("the appeal of the company", "figures for May").
const NOUN_PREPOSITIONS = new Set(['of', 'for']);
// Naming participles take a name, not an object: "has a dog called Max".
const NAMING = new Set(['call', 'name', 'title', 'entitle', 'dub', 'term', 'label', 'nickname']);
// A clause opened by a negative or restrictive word inverts subject and auxiliary: "not in 30 years has a season
// produced", "only then had the board approved".
// (also after "that": "indicate that not until the third grade have most children had …")
const INVERTING = new Set(['not', 'never', 'nor', 'neither', 'only', 'rarely', 'seldom', 'hardly', 'scarcely', 'little', 'nowhere']);

/** Whether the clause around token `i` opens with a word that inverts subject and auxiliary. */
function invertedClause(tokens: readonly Token[], i: number): boolean {
  // The inverting word opens the clause within a few words; looking no further keeps long unpunctuated input linear.
  let start = i;
  while (start > 0 && i - start < 12 && tokens[start - 1]!.kind !== 'punct') start--;
  for (let p = i - 1; p >= start; p--) {
    if (INVERTING.has(tokens[p]!.lower) && (p === start || isSubordinator(tokens[p - 1]!))) return true;
  }
  return false;
}

// "in a second round", "at the third attempt": occasions that are counted read as time phrases too.
const ORDINAL_ROUND = /^(round|attempt|time|try|vote|ballot|reading)s?$/;

/** Where the participle's own object starts, if one follows it: "filed a claim", "approved the plan". */
function takesObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (!isWordToken(next) || isTimePhrase(tokens, i)) return false;
  if (isDeterminer(next) || isProperNoun(next)) return true;
  // An object without a determiner: "hired new pilots", "signed contracts" — an adjective or plural noun
  // that heads or opens a noun phrase (a number is left alone: "children aged 5").
  return /^(JJ|NNS)$/.test(primaryTag(next)) && nounPhraseEnd(tokens, i) > i;
}

interface Middle {
  /** Index of the first token after the stretch. */
  end: number;
  /** Further noun phrases (a second object): "has the mayor the proposal rejected". */
  phrases: number;
  /** Time phrases, bare or with a preposition: "last week", "on Tuesday", "in a second round". */
  time: number;
  /** Prepositional phrases of a personal pronoun ("with you", "to them"): no noun for a participle to modify. */
  pronounPhrases: number;
  /** Adverbs. */
  adverbs: number;
  /** Prepositional phrases other than time phrases and "of"/"for" phrases, which belong to the noun before them. */
  prepositional: number;
}

/** Reads what stands between the first noun phrase after "have" and the participle, at most a dozen tokens. */
function readMiddle(tokens: readonly Token[], from: number): Middle {
  const middle: Middle = { end: from, phrases: 0, time: 0, pronounPhrases: 0, adverbs: 0, prepositional: 0 };
  let k = from;
  while (k < tokens.length && k - from < 12) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') break;
    // A pronoun after the object opens a relative clause: "had everything they needed", "the concept it stood for".
    if (primaryTag(t) === 'PRP') break;
    if (isWordToken(t) && isAdverb(t) && !isVerbalParticiple(t)) {
      middle.adverbs++;
      k++;
    } else if (isWordToken(t) && isPreposition(t) && (!isSubordinator(t) || TIME_PREPOSITIONS.has(t.lower)) && t.lower !== 'to') {
      const end = argumentPhraseEnd(tokens, k + 1);
      if (end === k + 1) break;
      // "after a long chase", "during the talks": these prepositions make a time phrase of any noun.
      if (isTimePhrase(tokens, k + 1) || TIME_PREPOSITIONS.has(t.lower) || t.lower === 'during' || ORDINAL_ROUND.test(tokens[end - 1]!.lower)) middle.time++;
      else if (end === k + 2 && primaryTag(tokens[k + 1]) === 'PRP') middle.pronounPhrases++;
      else if (NOUN_PREPOSITIONS.has(t.lower)) {
        // "the character of the period": part of the noun phrase.
      }
      else middle.prepositional++;
      k = end;
    } else {
      const end = argumentPhraseEnd(tokens, k);
      if (end === k) break;
      if (isTimePhrase(tokens, k)) middle.time++;
      else middle.phrases++;
      k = end;
    }
  }
  middle.end = k;
  return middle;
}

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were']);
// The spellings of "have" (a cheap filter before the lexicon's lemma).
const HAVE_FORMS = new Set(['have', 'has', 'had', "'ve", '’ve', "'d", '’d', 'hath']);
// Both, for the one look-up most words get, and their shortest and longest length: a token's length (its offsets)
// is that of its lower-case form for these ASCII spellings, so most words are passed over without reading them.
const AUXILIARY_FORMS = new Set([...PASSIVE_BE, ...HAVE_FORMS]);
const SHORTEST_FORM = Math.min(...[...AUXILIARY_FORMS].map((w) => w.length));
const LONGEST_FORM = Math.max(...[...AUXILIARY_FORMS].map((w) => w.length));

/**
 * The passive: "was on two devices changed", "were on Monday approved". A form of "be", then only time phrases,
 * prepositional phrases and adverbs, then a participle that ends the clause. Adverbs alone are English ("was quickly
 * resolved"), so a time or prepositional phrase must stand there; after an "of" phrase the participle may modify the
 * noun before it ("was one of the men arrested"), so those do not count.
 */
function passiveParticipleLast(tokens: readonly Token[], i: number, text: string): Report | undefined {
  const be = tokens[i]!;
  if (!/^(NN|NNS|NNP|NNPS|PRP)$/.test(primaryTag(tokens[i - 1])) || invertedClause(tokens, i)) return undefined;
  const middle = readMiddle(tokens, i + 1);
  if (middle.phrases > 0 || middle.time + middle.prepositional === 0) return undefined;
  const participle = tokens[middle.end];
  if (!isVerbalParticiple(participle)) return undefined;
  const next = tokens[middle.end + 1];
  if (next !== undefined && !(next.kind === 'punct' && /^[.,;:!?…)]/.test(next.text))) return undefined;
  return {
    start: be.start,
    end: participle.end,
    message: `"${participle.text}" closes the clause after the phrases that belong after it; English puts the participle right after "${be.text}".`,
    // Formal English puts an adverbial phrase there too ("is not in this instance altered", "was in fact made"), and
    // a participle may modify the noun before it ("the charge for each kilometer driven"): without a time phrase,
    // only a hint.
    confidence: middle.time > 0 ? 0.75 : 0.45,
    suggestions: [{ start: be.start, end: participle.end, replacement: move(be, participle, text) }],
  };
}

function move(aux: Token, participle: Token, text: string): string {
  const between = text.slice(aux.end, participle.start).trim();
  return `${aux.text} ${participle.text} ${between}`;
}

export default defineRule({
  meta: {
    id: 'participle-after-object',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.8,
    description: 'A past participle pushed behind its object or other words, away from its auxiliary "have".',
    sourceHint: 'German perfect tense puts the participle last: "hat den Vorschlag abgelehnt" ("has the proposal rejected").',
    fixable: false,
  },
  detectSentence(sentence, ctx) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    const text = ctx.doc.text;
    for (let i = 1; i < tokens.length - 2; i++) {
      const aux = tokens[i]!;
      const length = aux.end - aux.start;
      if (length < SHORTEST_FORM || length > LONGEST_FORM || !isWordToken(aux) || !AUXILIARY_FORMS.has(aux.lower)) continue;
      if (PASSIVE_BE.has(aux.lower)) {
        const report = passiveParticipleLast(tokens, i, text);
        if (report) reports.push(report);
        continue;
      }
      if (!isPerfectAuxiliary(aux)) continue;
      const before = tokens[i - 1]!;
      // Questions and inversions ("Has the board approved …?", "Had they known, …") and causatives
      // after "to" or a modal ("to have the car repaired") are English word order.
      if (!isWordToken(before) || isSubordinator(before) || isModal(before) || before.lower === 'to') continue;
      if (!(/^NN|^PRP$|^RB/.test(primaryTag(before))) || invertedClause(tokens, i)) continue;

      // 1. have + noun phrase + (more noun phrases, prepositional or time phrases, adverbs) + participle.
      let j = i + 1;
      while (isAdverb(tokens[j]!) && j < tokens.length - 1) j++;
      // "has last year its workforce reduced", "has in the spring jobs cut": a time phrase before the object;
      // "I have today signed" has no object.
      const timeAt = isWordToken(tokens[j]) && isPreposition(tokens[j]!) && isTimePhrase(tokens, j + 1) ? j + 1 : j;
      const leadingTime = isTimePhrase(tokens, timeAt);
      if (leadingTime) j = argumentPhraseEnd(tokens, timeAt);
      const firstEnd = argumentPhraseEnd(tokens, j);
      if (firstEnd > j && !isPronoun(tokens[j]!)) {
        const middle = readMiddle(tokens, firstEnd);
        if (leadingTime) middle.time++;
        const participleAt = middle.end;
        const participle = tokens[participleAt];
        // Verbs whose participle is spelled like the base form ("cut", "set", "put") are read first as base forms;
        // after an object and a time phrase such a word closing the clause is the participle.
        const sameFormParticiple =
          isWordToken(participle) && participle.tags.includes('VBN') && middle.time > 0 &&
          (participleAt === tokens.length - 1 || tokens[participleAt + 1]!.kind === 'punct');
        if (isVerbalParticiple(participle) || sameFormParticiple) {
          // After a prepositional phrase or an adverb the participle may modify the noun before it and take its own
          // object ("had part of a bottle of beer called Panther").
          const objectAfter =
            middle.prepositional + middle.adverbs === 0 && !NAMING.has(lemma(participle.lower)) && takesObject(tokens, participleAt + 1);
          const atEnd = participleAt === tokens.length - 1 || tokens[participleAt + 1]!.kind === 'punct';
          const report = (message: string, confidence: number | undefined, suggestions: Suggestion[]) => {
            reports.push({ start: aux.start, end: participle.end, message, ...(confidence === undefined ? {} : { confidence }), suggestions });
            i = participleAt;
          };
          const moved = { start: aux.start, end: participle.end, replacement: move(aux, participle, text) };
          if (middle.phrases > 0 || objectAfter) {
            const bareNoun = firstEnd - j === 1 && /^NNS?$/.test(primaryTag(tokens[j])) && participleAt === firstEnd;
            // A bare noun wedged before a participle that has its own object is stray: drop it.
            const dropped = { start: aux.start, end: participle.end, replacement: `${aux.text} ${participle.text}` };
            report(
              `"${participle.text}" stands after the words it should precede; English puts the participle right after "${aux.text}".`,
              undefined,
              objectAfter && bareNoun ? [dropped, moved] : [moved],
            );
            continue;
          }
          // A line break may end a sentence in wrapped text (subtitles, PO strings); only the weakest case, which a
          // headline could produce, needs the sentence to be terminated.
          if (atEnd) {
            // A time phrase between object and participle ("has the suspect on Tuesday arrested") cannot belong to
            // an English causative, nor can a pronoun's prepositional phrase ("has the note with you shared"), which
            // leaves no noun for the participle to modify. An adverb can ("had the car professionally cleaned"), more often after "had"
            // than after "has"; after a prepositional phrase the participle often modifies the noun before it
            // ("has an explanation in terms of the model presented", "had the house on the corner demolished").
            const confidence =
              middle.time + middle.pronounPhrases > 0 ? undefined
              : middle.prepositional > 0 ? 0.45
              : middle.adverbs > 0 ? (aux.lower === 'had' ? 0.45 : 0.6)
              : 0.4;
            if (confidence === 0.4 && (tokens[j]!.lower !== 'the' || !sentence.terminated)) continue;
            report(
              confidence === undefined
                ? `"${participle.text}" closes the clause after its object and the phrases that belong after it; English puts it right after "${aux.text}".`
                : `"${participle.text}" closes the clause; unless this is a causative ("had the car repaired"), English puts it right after "${aux.text}".`,
              confidence,
              [moved],
            );
            continue;
          }
        }
      }

      // 2. have + participle + participle: "has always left again denied" — two verbs for one auxiliary.
      let k = i + 1;
      while (isWordToken(tokens[k]) && isAdverb(tokens[k]!)) k++;
      const first = tokens[k];
      if (isVerbalParticiple(first) && !LINKING.has(lemma(first.lower))) {
        let m = k + 1;
        while (isWordToken(tokens[m]) && isAdverb(tokens[m]!)) m++;
        const second = tokens[m];
        if (isPureParticiple(second) && m > k + 1) {
          reports.push({
            start: first.start,
            end: second.end,
            message: `Two participles, "${first.text}" and "${second.text}", hang on one auxiliary; one is probably a mistranslated word.`,
            mqmSeverity: 'major',
          });
          i = m;
        }
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      {
        text: 'The airline has tickets cancelled the flights to Rome.',
        output: 'The airline has cancelled the flights to Rome.',
      },
      {
        text: 'Yesterday the council has the mayor the proposal rejected.',
        output: 'Yesterday the council has rejected the mayor the proposal.',
      },
      { text: 'The bank has its forecast revised the figures for June.', output: 'The bank has revised its forecast the figures for June.' },
      { text: 'The ministry has always taken again denied the reports.' },
      { text: 'The agency has the report on Friday published.', output: 'The agency has published the report on Friday.' },
      { text: 'The coach has the players after the game sharply criticised.', output: 'The coach has criticised the players after the game sharply.' },
      { text: 'The firm has engineers hired new staff for the plant.', output: 'The firm has hired new staff for the plant.' },
      { text: 'The bridge was in the spring of 2019 closed.', output: 'The bridge was closed in the spring of 2019.' },
      { text: 'Your order was on Monday cancelled.', output: 'Your order was cancelled on Monday.' },
      { text: 'Anna has the photos with us shared.', output: 'Anna has shared the photos with us.' },
    ],
    valid: [
      'She has her car repaired every spring.',
      'He has two reports finished and one to go.',
      'The company has the resources needed to expand.',
      'Has the committee approved the plan?',
      'They had their homes destroyed this week.',
      'The team has become used to winning.',
      'The museum has remained closed since March.',
      'He would have the documents signed by Friday.',
      'The firm has filed a complaint against the ministry.',
      'The government has the powers granted by parliament.',
      'They have their groceries delivered.',
      'The city has the streets cleaned every night.',
      'He had his suits made in London.',
      'She has three children aged 5 and 7.',
      'The problem was quickly resolved.',
      'He was one of the men arrested.',
      'The plan was at first rejected by the board.',
      'She has a friend with her named Anna.',
    ],
  },
});
