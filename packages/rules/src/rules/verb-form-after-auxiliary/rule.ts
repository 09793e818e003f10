import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, lemma, pastParticiple, primaryTag, quotedMask, type Token, WordSet } from '@mtlint/text';

// English marks tense and person once, on "do": "did not say", "does not know". MT from languages that inflect the
// main verb (Polish "nie powiedział", Hungarian "nem mondta", Greek "δεν είπε", Indonesian and Vietnamese none at
// all, with the English past chosen from the context) writes "didn't said", "does not knows". Modals take a bare
// infinitive too; MT from languages whose "must", "can" take a linking word (Vietnamese "phải", Hindi "chahiye",
// Persian "bayad") writes "must to wear", "can to pay".

const DO_FORMS = new WordSet(['do', 'does', 'did']);
const NEGATIONS = new WordSet(['not', "n't"]);
const SUBJECT_PRONOUNS = new WordSet(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const MODALS_WITHOUT_TO = new WordSet(['must', 'can', 'could', 'should', 'would', 'may', 'might', 'shall', 'will']);
const BEFORE_ELLIPTIC_DO = new WordSet(['but', 'or']);
// Words that open a clause whose modal stands for an understood verb: "what they can", "all he could", "as I might".
const ELLIPSIS_OPENERS = new WordSet(['what', 'whatever', 'all', 'as', 'everything', 'anything', 'much', 'best', 'if', 'than', 'when', 'where', 'how']);
// "didn't used to" is the spelling many writers give "didn't use to"; it is not a calque.
const ACCEPTED_AFTER_DO = new WordSet(['used']);

/**
 * A verb form that carries tense or person and has no base reading: "said", "went", "paid", "knows", "wants" (not
 * "read", "put", "cut"). After "do not" or "did he" a plural-noun reading ("wants") cannot be meant.
 */
function isInflectedOnly(t: Token | undefined): t is Token {
  if (!isWordToken(t) || t.text !== t.lower || ACCEPTED_AFTER_DO.hasToken(t)) return false;
  const tag = primaryTag(t);
  return (tag === 'VBD' || tag === 'VBN' || tag === 'VBZ') && !t.tags.includes('VB') && !t.tags.includes('VBP');
}

/** The token before the modal makes it a verb with a subject, not the noun "will" or "can" ("the will to live"). */
function hasSubjectBefore(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  const tag = primaryTag(t);
  return tag === 'PRP' || tag === 'NN' || tag === 'NNS' || tag === 'NNP' || tag === 'RB';
}

// The perfect's auxiliaries, and the words that may stand between them and the participle.
const HAVE_FORMS = new WordSet(['has', 'have']);
const PERFECT_ADVERBS = new WordSet(['not', "n't", 'already', 'never', 'just', 'also']);

/**
 * "must resigns", "should pays", "can not attends": a modal with its subject before it, then an -s or past form that
 * has no base reading (the modal takes a bare infinitive); and "has went", "have rose", "has chose": a past with no
 * participle reading after "has"/"have" (Polish, Russian and Chinese MT picks the past it knows best). Modals are read
 * only in lower case after a subject ("the will stated" is a noun; "May said" a name).
 */
function inflectedAfterAuxiliary(tokens: readonly Token[], i: number): Report | undefined {
  const auxiliary = tokens[i]!;
  const modal = MODALS_WITHOUT_TO.hasToken(auxiliary) && primaryTag(auxiliary) === 'MD' && auxiliary.text === auxiliary.lower;
  const perfect = HAVE_FORMS.hasToken(auxiliary);
  if (!modal && !perfect) return undefined;
  if (!hasSubjectBefore(tokens[i - 1]) || primaryTag(tokens[i - 1]) === 'RB') return undefined;
  let v = i + 1;
  while (v < i + 3 && (modal ? NEGATIONS : PERFECT_ADVERBS).hasToken(tokens[v]!)) v++;
  const verb = tokens[v];
  // After a modal, an -s present read first as one is no infinitive, even with the lexicon's stray base reading of
  // a few ("can helps", "should includes"); not the old "must needs" (of necessity, Brown).
  const presentAfterModal = modal && isWordToken(verb) && verb.text === verb.lower && verb.lower !== 'needs' && primaryTag(verb) === 'VBZ' && !verb.tags.includes('VB') && lemma.of(verb) !== verb.lower;
  if (!isWordToken(verb) || (!isInflectedOnly(verb) && !presentAfterModal)) return undefined;
  // A noun or adjective reading ("have rose gardens") is read as the verb only before a preposition, an adverb or the
  // clause's end ("have rose by ten percent").
  const next = tokens[v + 1];
  const closes = next === undefined || next.kind === 'punct' || /^(IN|RB|TO)$/.test(primaryTag(next));
  if (!presentAfterModal && verb.tags.some((t) => t.startsWith('NN') || t === 'JJ') && !closes) return undefined;
  // After "has": only a past that is no participle ("chose", "went": the lexicon's participle of "wend"), never an
  // -s form ("has costs" is a noun).
  // A form the lexicon also tags as a participle is one if it is its verb's participle or a regular -ed form, which
  // dictionaries allow beside an -n participle ("has showed", "has proved"): "went" is tagged VBN for "wend", but the
  // participle of "go" is "gone".
  if (perfect && (primaryTag(verb) !== 'VBD' || (verb.tags.includes('VBN') && (pastParticiple(lemma.of(verb)) === verb.lower || verb.lower.endsWith('ed'))))) return undefined;
  // "was"/"were" after "has" ends a clause whose object was moved out: "the objects the receiving end has were sent"
  // (git's release notes); a wrong participle of "be" is not what MT writes there.
  if (perfect && lemma.of(verb) === 'be') return undefined;
  const base = lemma.of(verb);
  if (base === verb.lower) return undefined;
  const replacement = modal ? base : pastParticiple(base);
  if (replacement === verb.lower) return undefined;
  return {
    start: auxiliary.start,
    end: verb.end,
    message: modal
      ? `After "${auxiliary.text}" English uses the bare verb: "${base}", not "${verb.text}".`
      : `The perfect takes the participle: "${auxiliary.text} ${replacement}", not the simple past "${verb.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement }],
  };
}

export default defineRule({
  meta: {
    id: 'verb-form-after-auxiliary',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.85,
    description: 'A past or third-person verb after "do", or "to" after a modal: "didn\'t said", "does not knows", "must to wear".',
    sourceHint: 'Sources that inflect the main verb or link the modal with a word (Polish, Hungarian, Greek, Vietnamese, Hindi, Persian).',
    fixable: true,
  },
  needs: [(t) => DO_FORMS.hasToken(t) || MODALS_WITHOUT_TO.hasToken(t) || HAVE_FORMS.hasToken(t)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const reports: Report[] = [];
    for (let i = 0; i + 2 < tokens.length; i++) {
      const auxiliary = tokens[i]!;
      if (DO_FORMS.hasToken(auxiliary)) {
        // "did not went", "didn't said", "did he went": a negation or a subject pronoun stands between "do" and its
        // verb, which makes "do" the auxiliary (main "do" takes an object: "did wonders").
        // A pronoun after "do" makes a question only at the start of one ("Did he went?", "Why did they chose?");
        // elsewhere "do" may end a clause and the pronoun open the next ("what he did they thought was wrong",
        // "When he finally did he had to duck", Brown).
        // "A test that should have failed but didn't revealed a bug" (a Git release note): "but didn't" closes an
        // ellipsis, and the past after it is the main clause's verb.
        if (BEFORE_ELLIPTIC_DO.has(tokens[i - 1]?.lower ?? '')) continue;
        const between = tokens[i + 1]!;
        const question = (i === 0 || (i === 1 && primaryTag(tokens[0]).startsWith('W'))) && tokens.at(-1)?.text === '?';
        if (!NEGATIONS.hasToken(between) && !(SUBJECT_PRONOUNS.hasToken(between) && question)) continue;
        // A negative question puts its pronoun after "n't": "Didn't you saw the email?", "Why doesn't it works?".
        const v = NEGATIONS.hasToken(between) && question && SUBJECT_PRONOUNS.hasToken(tokens[i + 2]!) ? i + 3 : i + 2;
        const verb = tokens[v];
        // In a question the pronoun fixes "did" as the auxiliary, so a past read first as one counts even with a base
        // reading of another verb: "Did you saw the email?" ("saw" the tool is not meant).
        const pastInQuestion = question && v > i + 1 && SUBJECT_PRONOUNS.hasToken(tokens[v - 1]!) && isWordToken(verb) && verb.text === verb.lower && primaryTag(verb) === 'VBD';
        if (!(isInflectedOnly(verb) || pastInQuestion) || quotedMask(sentence)[v]) continue;
        const base = lemma.of(verb);
        if (base === verb.lower) continue;
        reports.push({
          start: auxiliary.start,
          end: verb.end,
          message: `After "${auxiliary.text}" English uses the bare verb: "${base}", not "${verb.text}"; "${auxiliary.text}" already carries the tense.`,
          suggestions: [{ start: verb.start, end: verb.end, replacement: base }],
        });
        continue;
      }
      const inflected = inflectedAfterAuxiliary(tokens, i);
      if (inflected !== undefined) {
        if (!quotedMask(sentence)[i]) reports.push(inflected);
        continue;
      }
      if (!MODALS_WITHOUT_TO.hasToken(auxiliary) || tokens[i + 1]!.lower !== 'to' || primaryTag(auxiliary) !== 'MD') continue;
      const verb = tokens[i + 2];
      // "as far as he could to the east": the word after "to" must have a base-verb reading ("book", "wear").
      if (!isWordToken(verb) || !verb.tags.includes('VB') || !hasSubjectBefore(tokens[i - 1]) || quotedMask(sentence)[i + 1]) continue;
      // "did what he could to help", "Try as I might to confess": the modal ends a clause whose verb is understood, and
      // the infinitive gives the purpose (Brown has seven).
      if (ELLIPSIS_OPENERS.has(tokens[i - 2]?.lower ?? '') || ELLIPSIS_OPENERS.has(tokens[i - 3]?.lower ?? '')) continue;
      reports.push({
        start: auxiliary.start,
        end: tokens[i + 1]!.end,
        message: `"${auxiliary.text}" takes the bare verb in English: "${auxiliary.text} ${verb.text}", without "to".`,
        suggestions: [{ start: auxiliary.end, end: tokens[i + 1]!.end, replacement: '' }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The minister didn\'t said anything about it.', output: 'The minister didn\'t say anything about it.' },
      { text: 'He did not went to the meeting.', output: 'He did not go to the meeting.' },
      { text: 'Why doesn\'t it works on my tablet?', output: 'Why doesn\'t it work on my tablet?' },
      { text: 'Didn\'t they saw the warning?', output: 'Didn\'t they see the warning?' },
      { text: 'The students must to wear a uniform.', output: 'The students must wear a uniform.' },
      { text: 'She does not knows the answer.', output: 'She does not know the answer.' },
      { text: 'This option can helps you save space.', output: 'This option can help you save space.' },
      { text: 'The minister must resigns after the scandal.', output: 'The minister must resign after the scandal.' },
      { text: 'The mayor can not attends the meeting.', output: 'The mayor can not attend the meeting.' },
      { text: 'The council has chose a new chairman.', output: 'The council has chosen a new chairman.' },
    ],
    valid: [
      'The minister didn\'t say anything about it.',
      'He did not read the letter.',
      'Didn\'t you see the message?',
      'Didn\'t they tell you, she asked?',
      'She did not put it back.',
      'We didn\'t used to lock the door.',
      'They did wonders with the garden.',
      'He has the will to win.',
      'She ran as far as she could to the east.',
      'Did he go home?',
      'The students must wear a uniform.',
      'He does not need it.',
      'She did what she could to help.',
      'Try as I might to sleep, I could not.',
      'When he finally did he had to duck.',
      'A test that should have failed but didn\'t revealed a bug.',
      'His will stated that the house goes to the town.',
      'They have rose gardens behind the house.',
      'The costs he has paid are high.',
      'The firm has read the report.',
    ],
  },
});
