import { defineRule, type Report } from '@mtlint/engine';
import {
  argumentPhraseEnd, isAdverb, isModal, isPreposition, isSubordinator, isTimePhrase, isWordToken, lemma, primaryTag,
  quotedMask, type Sentence, type Token,
} from '@mtlint/text';

// A clause opened by a negative or restrictive word inverts subject and modal: "Nor could the firm easily expand."
const INVERTING = new Set(['not', 'never', 'nor', 'neither', 'only', 'rarely', 'seldom', 'hardly', 'scarcely', 'little', 'nowhere', 'so']);

// Particles of phrasal verbs that follow the verb to the end of the clause.
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'down', 'away', 'over', 'in', 'on']);

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);

// Subordinators that are also prepositions: "before parliament", "after the vote".
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till']);

/** The clause ends after this token: sentence end, or punctuation other than an apostrophe or a hyphen. */
const endsClause = (tokens: readonly Token[], i: number) => {
  const next = tokens[i + 1];
  return next === undefined || (next.kind === 'punct' && /^[.,;:!?…)]/.test(next.text));
};

/** A word with a base-form reading ("raise", "become", "open" as VBP), never a past or -ing form first. */
const canBeBaseForm = (t: Token) => t.tags.includes('VB') || t.tags.includes('VBP');

interface Stretch {
  /** Index of the first token after the stretch. */
  end: number;
  /** Noun phrases that can be objects or complements ("the market leader", "its prices", "it"). */
  objects: number;
  /** Time phrases ("next year", "in the autumn"). */
  times: number;
}

/**
 * Reads objects, time phrases, prepositional phrases and adverbs after the modal, up to the first word that is none
 * of these. A verb right after the modal ("will raise") ends the stretch at once: that is English order.
 */
function readStretch(tokens: readonly Token[], from: number): Stretch {
  const stretch: Stretch = { end: from, objects: 0, times: 0 };
  let k = from;
  while (k < tokens.length && k - from < 14) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') break;
    // A subject pronoun opens a relative clause: "the doctor you want for the care you need".
    if (SUBJECT_PRONOUNS.has(t.lower)) break;
    if (isAdverb(t) && !canBeBaseForm(t)) {
      k++;
      continue;
    }
    // "no longer", "more closely": a word with an adverb reading before an adverb is part of the adverb phrase.
    const next = tokens[k + 1];
    if ((t.tags.includes('RB') || t.tags.includes('RBR')) && isWordToken(next) && isAdverb(next)) {
      k += 2;
      continue;
    }
    if (isPreposition(t) && (!isSubordinator(t) || TIME_PREPOSITIONS.has(t.lower)) && t.lower !== 'to') {
      const end = argumentPhraseEnd(tokens, k + 1);
      if (end === k + 1) break;
      if (isTimePhrase(tokens, k + 1)) stretch.times++;
      k = end;
      continue;
    }
    const end = argumentPhraseEnd(tokens, k);
    if (end === k) break;
    if (isTimePhrase(tokens, k)) stretch.times++;
    else stretch.objects++;
    k = end;
  }
  stretch.end = k;
  return stretch;
}

/** Whether the clause around token `i` opens with a word that inverts subject and modal. */
function invertedClause(tokens: readonly Token[], i: number): boolean {
  // The inverting word opens the clause within a few words; looking no further keeps long unpunctuated input linear.
  let start = i;
  while (start > 0 && i - start < 12 && tokens[start - 1]!.kind !== 'punct') start--;
  for (let p = i - 1; p >= start; p--) {
    if (INVERTING.has(tokens[p]!.lower) && (p === start || isSubordinator(tokens[p - 1]!))) return true;
  }
  return false;
}

function detect(sentence: Sentence, text: string): Report[] {
  const reports: Report[] = [];
  const tokens = sentence.tokens;
  // Questions invert subject and modal: "Will the bank cut rates in the autumn?"
  if (tokens[tokens.length - 1]?.text.includes('?')) return reports;
  // Which tokens stand in quotation marks, worked out only for a sentence with a candidate.
  let quoted: boolean[] | undefined;
  for (let i = 1; i < tokens.length - 2; i++) {
    const head = tokens[i]!;
    if (!isWordToken(head)) continue;
    const modal = isModal(head);
    // German "will" (wants) comes out as "wants" without "to": "wants next year the market leader become".
    const wants = !modal && head.lower.startsWith('want') && /^VB[DPZ]?$/.test(primaryTag(head)) && lemma(head.lower) === 'want';
    if (!modal && !wants) continue;
    quoted ??= quotedMask(sentence);
    if (quoted[i]) continue;
    // The modal follows its subject (a noun, pronoun or name), not a subordinator or the start of an inversion.
    const before = tokens[i - 1]!;
    if (!isWordToken(before) || !/^(NN|NNS|NNP|NNPS|PRP)$/.test(primaryTag(before)) || invertedClause(tokens, i)) continue;
    let j = i + 1;
    while (isWordToken(tokens[j]) && isAdverb(tokens[j]!) && !canBeBaseForm(tokens[j]!)) j++;
    // A word right after the modal that can be its verb is its verb ("would work in a mine", "must study dance"),
    // unless it is a determiner or pronoun that the lexicon also lists as a verb ("the", "its").
    const first = tokens[j];
    if (!isWordToken(first) || (canBeBaseForm(first) && !/^(DT|PRP\$|PRP|CD|IN)$/.test(primaryTag(first)))) continue;
    // After "want" the object comes first ("wants the stadium by 2030 expand"); "the doctor you want for the care"
    // is a relative clause whose object went before.
    if (wants && isWordToken(tokens[j]) && isPreposition(tokens[j]!)) continue;
    const stretch = readStretch(tokens, j);
    if (stretch.objects + stretch.times === 0) continue;
    let verbAt = stretch.end;
    let verb = tokens[verbAt];
    // The lexicon reads a base form that is also a noun as the head of the phrase before it ("more soldiers train"):
    // after a modal, a clause-final word with a base-form reading is the verb.
    if (modal && !(isWordToken(verb) && canBeBaseForm(verb)) && verbAt - 1 > j) {
      const last = tokens[verbAt - 1]!;
      if (canBeBaseForm(last) && primaryTag(last) === 'NN' && /^(NN|NNS|NNP|JJ)$/.test(primaryTag(tokens[verbAt - 2]))) {
        verbAt--;
        verb = last;
      }
    }
    if (!isWordToken(verb) || quoted[verbAt]) continue;
    // A phrasal verb keeps its particle: "can the goods within 14 days send back".
    const particle = tokens[verbAt + 1];
    const withParticle = isWordToken(particle) && PARTICLES.has(particle.lower) && endsClause(tokens, verbAt + 1);
    if (!withParticle && !endsClause(tokens, verbAt)) continue;
    if (wants ? !/^(VB|VBP)$/.test(primaryTag(verb)) : !canBeBaseForm(verb) || /^(VBD|VBN|VBG|VBZ|NNS)$/.test(primaryTag(verb))) continue;
    const between = text.slice(head.end, tokens[verbAt - 1]!.end).trim();
    const end = withParticle ? particle.end : verb.end;
    const verbPhrase = text.slice(verb.start, end);
    reports.push({
      start: head.start,
      end,
      message: `The infinitive "${verbPhrase}" closes the clause, after its object; English puts it right after "${head.text}".`,
      // With only a time phrase between them the clause may have fronted its object ("as Lewis would one day
      // discover"): a hint.
      confidence: stretch.objects > 0 ? 0.85 : 0.45,
      suggestions: [{ start: head.start, end, replacement: `${head.text} ${wants ? 'to ' : ''}${verbPhrase} ${between}` }],
    });
    i = withParticle ? verbAt + 1 : verbAt;
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'infinitive-at-clause-end',
    category: 'fluency/word-order',
    severity: 'major',
    confidence: 0.85,
    description: 'An infinitive left at the end of its clause, after the object and adverbials, away from its modal or "want".',
    sourceHint: 'German puts the infinitive last after a modal: "will nächstes Jahr Marktführer werden", "soll die Steuer senken".',
    fixable: false,
  },
  detectSentence(sentence, ctx) {
    return detect(sentence, ctx.doc.text);
  },
  examples: {
    invalid: [
      { text: 'The firm wants next year the market leader become.', output: 'The firm wants to become next year the market leader.' },
      { text: 'The council will the fees for parking next month raise.', output: 'The council will raise the fees for parking next month.' },
      { text: 'Farmers could their harvest this year sell.', output: 'Farmers could sell their harvest this year.' },
      { text: 'The ministry must the rules for drones tighten.', output: 'The ministry must tighten the rules for drones.' },
      { text: 'Customers can the tickets until Friday give back.', output: 'Customers can give back the tickets until Friday.' },
    ],
    valid: [
      'Will the bank cut rates in the autumn?',
      'Nor could the firm easily expand.',
      'The bank could help the company grow.',
      'They want the door open.',
      'The state spends more than the cities can.',
      'He said he would, but he never did.',
      'The company wants the ban lifted.',
      'Only then will the board vote.',
      'Voters want their money back.',
      'The club will play the match on Sunday.',
      'Should the talks fail, prices will rise.',
    ],
  },
});
