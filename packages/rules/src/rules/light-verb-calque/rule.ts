import { defineRule, type Report } from '@mtlint/engine';
import { isAdjective, isDeterminer, lemma, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// Romance languages make one light verb serve where English picks another: French "faire une erreur", "poser une
// question" (Spanish "hacer una pregunta", Italian "fare una domanda"), "faire un effort", "passer les vacances", "faire
// une promenade", "faire du sport"; Chinese 做决定, 犯错误 and 度过假期 give the same. MT keeps the source's verb: "did a
// mistake", "made a question", "have done a big effort", "passed the holidays", "made a walk", "make sport".

interface LightVerbCalque {
  /** The English verb, by the form of the source verb: base, -s, past, participle, -ing. */
  english: readonly [string, string, string, string, string];
  /** The nouns this verb takes in the calque, singular and plural. */
  nouns: ReadonlySet<string>;
  /** Whether a determiner or adjective must stand between verb and noun ("did a mistake", not "Do mistakes happen?"). */
  needsDeterminer: boolean;
  /** Whether "the", "this", "his" … may stand before the noun: "passed the holidays", but "did the reservations" and "made the question a priority" are English. */
  definite: boolean;
}

const CALQUES: ReadonlyMap<string, LightVerbCalque> = new WordMap([
  ['do', { english: ['make', 'makes', 'made', 'made', 'making'], nouns: new WordSet(['mistake', 'mistakes', 'effort', 'efforts']), needsDeterminer: true, definite: false }],
  ['make', { english: ['ask', 'asks', 'asked', 'asked', 'asking'], nouns: new WordSet(['question', 'questions']), needsDeterminer: false, definite: false }],
  ['pass', { english: ['spend', 'spends', 'spent', 'spent', 'spending'], nouns: new WordSet(['holidays', 'holiday', 'weekend', 'weekends', 'vacation', 'vacations']), needsDeterminer: true, definite: true }],
]);
// "made a walk", "make an exam": "take" for a walk, an exam, a shower, a course, a break; read apart because "made"
// is then "took" or "taken".
const TAKE_NOUNS = new WordSet(['walk', 'exam', 'shower', 'course', 'nap']);
const TAKE: readonly [string, string, string, string, string] = ['take', 'takes', 'took', 'taken', 'taking'];
const PERFECT = new WordSet(['have', 'has', 'had', 'having', "'ve", "'s", "'d"]);
const VERBS = new Set(['do', 'make', 'pass']);
const DEFINITE = new WordSet(['the', 'this', 'that', 'these', 'those']);
const isLightVerb = formOf(VERBS);

// French "avoir faim/soif/peur/froid/sommeil/raison", Spanish "tener hambre/sed/miedo/frío/sueño/razón", Italian "avere
// fame/sete/paura/freddo/sonno/ragione": a state that English gives with "be" and an adjective. Only with a personal
// subject right before "have" and nothing after the noun but a mark or "of" (for fear): "I have reason to know", "she
// had reason indeed to wonder" (Brown), "I have cold hands", "we have a thirst for" are English.
const STATES = new WordMap<string>([['hunger', 'hungry'], ['thirst', 'thirsty'], ['fear', 'afraid'], ['cold', 'cold'], ['sleep', 'sleepy'], ['reason', 'right']]);
const BE_FOR_SUBJECT: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['i', ['am', 'was']], ['you', ['are', 'were']], ['we', ['are', 'were']], ['they', ['are', 'were']], ['he', ['is', 'was']], ['she', ['is', 'was']],
]);

/** "I have hunger", "you have reason, I was wrong", "we have all the reason": the source's "have" + a state noun. */
function haveState(tokens: readonly Token[], n: number): Report | undefined {
  const noun = tokens[n]!;
  const adjective = STATES.getToken(noun);
  if (adjective === undefined) return undefined;
  const next = tokens[n + 1];
  const closes = next === undefined || (next.kind === 'punct' && next.text !== '-' && next.text !== "'") || (next.lower === 'of' && noun.lower === 'fear');
  if (!closes) return undefined;
  // "you have all the reason" (tienes toda la razón): "you are absolutely right".
  let h = n - 1;
  const all = tokens[h]?.lower === 'the' && tokens[h - 1]?.lower === 'all';
  if (all) h -= 2;
  const have = tokens[h];
  const subject = tokens[h - 1];
  const be = BE_FOR_SUBJECT.get(subject?.lower ?? '');
  if (have === undefined || be === undefined || !/^(have|has|had)$/.test(have.lower)) return undefined;
  const replacement = `${have.lower === 'had' ? be[1] : be[0]} ${all ? 'absolutely ' : ''}${adjective}`;
  return {
    start: have.start,
    end: noun.end,
    message: `"${tokens.slice(h, n + 1).map((x) => x.text).join(' ')}" keeps the source's "have" with a state (French "avoir", Spanish "tener", Italian "avere" + a noun); English says "${replacement}".`,
    suggestions: [{ start: have.start, end: noun.end, replacement }],
  };
}
const PERSON_OBJECTS = new WordSet(['me', 'him', 'her', 'us', 'them', 'you']);

/** The index of the verb's form in an English list: base, -s, past, participle, -ing. */
function formIndex(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.lower.endsWith('ing')) return 4;
  if (t.lower === 'done') return 3;
  if (t.lower === 'did' || t.lower === 'made' || t.lower === 'passed') {
    let b = i - 1;
    while (b >= 0 && tokens[b]!.kind === 'word' && primaryTag(tokens[b]!).startsWith('RB')) b--;
    return b >= 0 && (PERFECT.hasToken(tokens[b]!) || lemma.of(tokens[b]!) === 'be') ? 3 : 2;
  }
  return t.lower.endsWith('s') ? 1 : 0;
}

/**
 * The noun after the verb at `i`, over at most one determiner and one adjective; whether any stood between, and
 * whether the determiner is definite ("the", "this", "his").
 */
function objectNoun(tokens: readonly Token[], i: number): { at: number; modified: boolean; definite: boolean } {
  let k = i + 1;
  let definite = false;
  if (tokens[k]?.kind === 'word' && isDeterminer(tokens[k]!)) {
    definite = DEFINITE.hasToken(tokens[k]!) || primaryTag(tokens[k]!) === 'PRP$';
    k++;
  }
  if (tokens[k]?.kind === 'word' && isAdjective(tokens[k]!) && tokens[k + 1]?.kind === 'word') k++;
  return { at: k, modified: k > i + 1, definite };
}


export default defineRule({
  meta: {
    id: 'light-verb-calque',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.8,
    description: 'The source\'s light verb with a noun that takes another in English: "did a mistake", "made a question", "have done a big effort", "passed the holidays", "made a walk".',
    sourceHint: 'French faire/poser/passer, Spanish hacer/pasar, Italian fare/passare, Portuguese fazer/passar, Chinese 做/犯/度过: the source\'s verb kept with a noun English pairs with make, ask, spend or take.',
    fixable: true,
  },
  needs: [(t) => isLightVerb(t) || STATES.has(t.lower)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const verb = tokens[i]!;
      if (STATES.has(verb.lower)) {
        const state = haveState(tokens, i);
        if (state) reports.push(state);
        continue;
      }
      if (verb.kind !== 'word' || !(verb.tags[0] ?? '').startsWith('VB')) continue;
      const base = lemma.of(verb);
      const calque = CALQUES.get(base);
      if (calque === undefined && base !== 'make') continue;
      // "made me a question" (me fit une question, mi fece una domanda): the person asked before the question.
      const asked = base === 'make' && PERSON_OBJECTS.has(tokens[i + 1]?.lower ?? '') && /^(a|an|some|another|many|several|two|three)$/.test(tokens[i + 2]?.lower ?? '');
      const object = objectNoun(tokens, asked ? i + 1 : i);
      const { at, definite } = object;
      const modified = object.modified || asked;
      const noun = tokens[at];
      if (noun === undefined || noun.kind !== 'word') continue;
      // "the efforts of only a few" (as it did …), "a question of time", "a walk of fame": the noun has its own
      // complement; "make questions easier", "made it a question": a causative whose noun is not the verb's object.
      const after = tokens[at + 1];
      // "nor did earnest effort enable me", "Did the effort help?": "do" is the auxiliary and the noun its subject.
      if (after?.lower === 'of' || (after?.kind === 'word' && /^(NN|NNS|JJ|JJR|VB)$/.test(primaryTag(after)))) continue;
      let english: readonly [string, string, string, string, string] | undefined;
      if (calque !== undefined && calque.nouns.has(noun.lower) && (modified || !calque.needsDeterminer) && (calque.definite || !definite)) english = calque.english;
      else if (base === 'make' && TAKE_NOUNS.hasToken(noun) && modified && !definite) english = TAKE;
      if (english === undefined) continue;
      const replacement = withCaseOf(verb.text, english[formIndex(tokens, i)]!);
      reports.push({
        start: verb.start,
        end: noun.end,
        message: `English does not "${base}" ${noun.lower === noun.text ? `a ${noun.text}` : noun.text}: "${replacement} ${tokens.slice(i + 1, at + 1).map((x) => x.text).join(' ')}".`,
        suggestions: [{ start: verb.start, end: verb.end, replacement }],
      });
      i = at;
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The referee did a serious mistake in the second half.', output: 'The referee made a serious mistake in the second half.' },
      { text: 'The nurses have done a great effort this winter.', output: 'The nurses have made a great effort this winter.' },
      { text: 'A reporter made a question about the missing funds.', output: 'A reporter asked a question about the missing funds.' },
      { text: 'Students can make questions after the lecture.', output: 'Students can ask questions after the lecture.' },
      { text: 'Many families passed the holidays at home this year.', output: 'Many families spent the holidays at home this year.' },
      { text: 'After lunch the delegates made a walk through the old town.', output: 'After lunch the delegates took a walk through the old town.' },
      { text: 'You have reason, I was wrong.', output: 'You are right, I was wrong.' },
      { text: 'I have hunger, let us eat something.', output: 'I am hungry, let us eat something.' },
      { text: 'She had fear of the dark.', output: 'She was afraid of the dark.' },
      { text: 'He made me a question I could not answer.', output: 'He asked me a question I could not answer.' },
    ],
    valid: [
      'The referee made a serious mistake in the second half.',
      'Representing as it did the efforts of a few, the plan failed.',
      'Do mistakes happen often?',
      'It is a question of time, the minister said.',
      'The council made the question a priority.',
      'The team passed the ball back to the keeper.',
      'He made a walk-on appearance in the film.',
      'The firm makes exam papers for schools.',
      'They passed the time playing cards.',
      'Nor did earnest effort enable him to finish.',
      'She did the reservations for the whole group.',
      'The new rules make questions easier to answer.',
      'The author made the question central to the book.',
      'You have reason to be proud.',
      'She had reason indeed to wonder.',
      'I have cold hands.',
      'I have a cold, so I will stay home.',
      'We have a thirst for knowledge.',
      'They have no fear.',
      'He made me a question mark in the margin.',
    ],
  },
});
