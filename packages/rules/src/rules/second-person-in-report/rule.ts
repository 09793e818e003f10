import { defineRule, type Report, type Suggestion } from '@mtlint/engine';
import {
  isAdjective, isAdverb, isCommonNoun, isDeterminer, isModal, isPreposition, isSubordinator, isVerb, lemma,
  pastParticiple, type Document, type Sentence, type Token, WordSet,
} from '@mtlint/text';

const SECOND_PERSON = new WordSet(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_PERSON = new WordSet(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours']);
// A report's own voice uses "you" once or twice at most, by mistake; a text that does it more addresses its reader.
const MAX_NARRATION_YOU = 3;
// A text this short gives no evidence of reporting in the third person.
const MIN_SENTENCES = 5;
// A sentence of at most this many tokens on a line of its own is a headline, a caption or a prompt.
const SHORT_LINE = 15;
// Sentences of a page notice that addresses the reader ("Audio playback is unavailable in your browser", "To load
// this post, please accept cookies …"): page furniture, which page-boilerplate reports.
const PAGE_NOTICE = /\b(?:your (?:device|browser)|cookies?|consent|third parties|third-party)\b/iu;
// Verbs of perceiving whose generic subject English drops by turning the clause passive ("… can be seen").
const PERCEPTION = new WordSet(['see', 'notice', 'spot', 'observe', 'hear', 'find']);
// Reporting verbs, which a news report uses about once in a hundred words; essays, reviews and fiction that address
// their reader with a generic "you" use them rarely.
const REPORTING = new WordSet(['said', 'says', 'told', 'tells', 'announced', 'reported', 'according', 'stated', 'confirmed', 'declined', 'explained', 'noted']);
const WORDS_PER_REPORTING_VERB = 300;
// Verbs that introduce a speaker's words: a "you" after one is the speaker's ("one member joked, and you will find …").
const SPEECH_VERBS = new WordSet([
  ...REPORTING, 'joked', 'added', 'warned', 'argued', 'claimed', 'insisted', 'admitted', 'suggested', 'recalled', 'wrote',
  'writes', 'believes', 'thinks', 'quipped', 'complained', 'advised', 'urged', 'promised',
]);
// Modals of the narrated past and of hypotheses ("you could no more escape it"): fiction and essays, not MT's present
// "you can" for an impersonal source form.
const NARRATIVE_MODALS = new WordSet(['could', 'would', 'might']);
const CLOSING = new WordSet(['"', '”', '’', "'", ')', '»']);
const TERMINAL = new WordSet(['.', '!', '?', '…']);

interface Narration {
  /** Unquoted "you" and "your" in the text's sentences (not its headlines or furniture lines). */
  second: Array<{ sentence: Sentence; index: number }>;
  firstPerson: number;
  /** Sentences that open with a bare verb outside quotes: instructions ("Open the app.", "Check your tax code."). */
  imperatives: number;
  sentences: number;
  /** Reporting verbs ("said", "told", "according to"): the mark of a report. */
  reporting: number;
  words: number;
}

/** The sentence ends in a full stop, question or exclamation mark (perhaps inside closing quotes): not a headline. */
function isTerminated(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  let k = tokens.length - 1;
  while (k >= 0 && CLOSING.has(tokens[k]!.text)) k--;
  return k >= 0 && TERMINAL.has(tokens[k]!.text);
}

/**
 * The pronouns of the narration: those outside quotation marks, up to the first that settles the question. A quotation often runs over several sentences
 * ("“We are short of hands. You cannot help them all,” he says."), so whether a quote is open is carried from one
 * sentence to the next and reset only at a line break.
 */
function narration(doc: Document): Narration {
  const out: Narration = { second: [], firstPerson: 0, imperatives: 0, sentences: 0, reporting: 0, words: 0 };
  let open = false;
  let lineOf = -1;
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    if (tokens.length === 0) continue;
    const lineStart = doc.text.lastIndexOf('\n', tokens[0]!.start) + 1;
    if (lineStart !== lineOf) open = false;
    lineOf = lineStart;
    // Headlines, furniture and promotions ("Subscribe to our channel!") are no narration: a sentence counts when it
    // ends in punctuation and is not a short line of its own.
    const lineEnd = doc.text.indexOf('\n', sentence.end);
    const ownLine = lineStart === sentence.start && doc.text.slice(sentence.end, lineEnd < 0 ? undefined : lineEnd).trim() === '';
    const counted = isTerminated(sentence) && !(ownLine && tokens.length <= SHORT_LINE);
    if (counted) out.sentences++;
    let firstWord = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.text === '“' || t.text === '«' || t.text === '„') open = true;
      else if (t.text === '”' || t.text === '»') open = false;
      else if (t.text === '"') open = !open;
      if (t.kind !== 'word') continue;
      out.words++;
      if (REPORTING.hasToken(t)) out.reporting++;
      if (open || !counted) continue;
      if (firstWord && t.tags[0] === 'VB' && t.text !== t.lower && tokens[i + 1]?.text !== ',') out.imperatives++;
      firstWord = false;
      if (SECOND_PERSON.hasToken(t)) out.second.push({ sentence, index: i });
      else if (FIRST_PERSON.hasToken(t) && t.text !== 'US') out.firstPerson++;
      // The text speaks as "I" or "we", or to its reader throughout: the answer is known, and the rest is not read.
      if (out.firstPerson > 0 || out.second.length > MAX_NARRATION_YOU * 2) return out;
    }
  }
  return out;
}

const skipAdverbs = (tokens: readonly Token[], from: number) => {
  let k = from;
  while (k < tokens.length && tokens[k]!.kind === 'word' && isAdverb(tokens[k]!) && !isVerb(tokens[k]!)) k++;
  return k;
};

/**
 * A generic "you" as the subject of a clause: "you can see …", "you have to pay", "If you replace …". Its verb (after
 * an adverb or two) is a modal or a present-tense verb, and the word before it is not a verb or a preposition, which
 * would make it an object ("tells you", "on you").
 */
function subjectVerb(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.lower !== 'you') return undefined;
  const previous = tokens[i - 1];
  if (previous?.kind === 'word' && (isVerb(previous) || (isPreposition(previous) && !isSubordinator(previous)))) return undefined;
  const v = skipAdverbs(tokens, i + 1);
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word') return undefined;
  // After "you" a word that can be a present-tense verb is one ("you notice", though "notice" is a noun first).
  if (!(isModal(verb) || verb.tags.includes('VBP') || verb.tags.includes('VB')) || NARRATIVE_MODALS.hasToken(verb)) return undefined;
  // A contraction ("you don't", "you can't") belongs to speech and informal prose; MT writes the full forms.
  if (/['’]/u.test(verb.text) || /^n['’]t$/u.test(tokens[v + 1]?.lower ?? '')) return undefined;
  // "you know," and "you see," are fillers of speech, not statements.
  if (tokens[v + 1]?.text === ',' && !isModal(verb)) return undefined;
  return v;
}

const NOUN_TAGS = new WordSet(['NN', 'NNS', 'NNP', 'NNPS']);
const isNounTag = (tag: string | undefined) => tag !== undefined && NOUN_TAGS.has(tag);
// Tags a word of a noun phrase may have among its readings: the lexicon's first reading of "fallen leaves" is a verb's.
const NOMINAL_READINGS = new WordSet(['DT', 'PDT', 'PRP$', 'CD', 'JJ', 'JJR', 'JJS', 'VBN', 'VBG', 'POS', ...NOUN_TAGS]);

/**
 * The end of the object noun phrase from `from`, read by every reading of its words, since the lexicon's first tag
 * often misreads an object ("torn/VBN leaves/VBZ"). A word whose first reading is a verb counts only after a
 * determiner or modifier ("fallen leaves", not "prices rise"). The phrase ends at its last possible noun.
 */
function objectEnd(tokens: readonly Token[], from: number): number {
  let lastNoun = -1;
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k]!;
    // A number starts the phrase ("two boats") or a measure after it ("a tower 40 metres high"), which is left alone.
    if (t.kind === 'number') {
      if (lastNoun >= 0) break;
      continue;
    }
    if (t.kind !== 'word' || !t.tags.some((tag) => NOMINAL_READINGS.has(tag)) || isPreposition(t) || isModal(t)) break;
    const previous = tokens[k - 1]!;
    if (isVerb(t) && !t.tags.includes('JJ') && !(k > from && previous.tags.some((tag) => tag === 'DT' || tag === 'JJ' || tag === 'VBN'))) break;
    if (t.tags.some(isNounTag)) lastNoun = k;
  }
  return lastNoun + 1 > from ? lastNoun + 1 : from;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The clause without its generic subject. A perceiving verb with a noun phrase turns passive, as English says it
 * ("you can see the damage" → "the damage can be seen"); otherwise "people" takes the place of "you", the smallest
 * edit that reads as a report ("you have to pay" → "people have to pay", "You can apply online" → "People can
 * apply online"), with "one" as the second choice.
 */
function rewrite(doc: Document, tokens: readonly Token[], i: number, v: number): Suggestion[] {
  const you = tokens[i]!;
  const atStart = tokens.slice(0, i).every((t) => t.kind !== 'word');
  const fit = (s: string) => (atStart ? capitalise(s) : s);
  const people: Suggestion = { start: you.start, end: you.end, replacement: fit('people') };
  const one: Suggestion = { start: you.start, end: you.end, replacement: fit('one') };
  const verb = tokens[v]!;
  const modal = isModal(verb) ? verb : undefined;
  const main = modal ? tokens[skipAdverbs(tokens, v + 1)] : verb;
  if (!main || main.kind !== 'word' || (modal && main.tags[0] !== 'VB' && !main.tags.includes('VB'))) return [people, one];
  const object = tokens.indexOf(main) + 1;
  let end = objectEnd(tokens, object);
  // "broken branches and fallen apples": a second noun phrase joined by "and".
  if (end > object && tokens[end]?.lower === 'and') {
    const second = objectEnd(tokens, end + 1);
    if (second > end + 1) end = second;
  }
  const np = tokens.slice(object, end);
  const perceiving = PERCEPTION.has(lemma.of(main));
  if (np.length === 0 || !perceiving || np.some((t) => SECOND_PERSON.hasToken(t))) return [people, one];
  // The phrase must close the clause or hand over to an adverb or a preposition ("see the damage everywhere"); any
  // other word after it means the phrase goes on or was misread.
  const after = tokens[end];
  if (after && after.kind !== 'punct') {
    if (after.kind !== 'word' || !(isPreposition(after) || after.tags[0] === 'RB')) return [people, one];
  }
  const participle = lemma.of(main) === 'find' ? 'found' : pastParticiple(lemma.of(main));
  const object0 = doc.text.slice(np[0]!.start, np[np.length - 1]!.end);
  const lowered = isDeterminer(np[0]!) || isAdjective(np[0]!) || isCommonNoun(np[0]!) ? object0.charAt(0).toLowerCase() + object0.slice(1) : object0;
  const passive = `${lowered} ${modal ? modal.lower : 'can'} be ${participle}`;
  return [{ start: you.start, end: np[np.length - 1]!.end, replacement: fit(passive) }, people];
}

export default defineRule({
  meta: {
    id: 'second-person-in-report',
    category: 'style/awkward',
    severity: 'minor',
    confidence: 0.8,
    description: 'A generic or stray "you" in third-person reporting, outside any quotation.',
    sourceHint: 'An impersonal source form (German "man", Russian "можно"/"видно" and the bare second person) or a source particle rendered as "you".',
    fixable: false,
  },
  detectDocument(doc) {
    const voice = narration(doc);
    const second = voice.second.filter(({ sentence }) => !PAGE_NOTICE.test(doc.text.slice(sentence.start, sentence.end)));
    // Speeches, letters, essays and guides speak as "I" or "we", address the reader throughout or give instructions;
    // only a text that otherwise reports in the third person is looked at.
    if (second.length === 0 || second.length > MAX_NARRATION_YOU || voice.firstPerson > 0) return [];
    const subjects = second.map(({ sentence, index }) => subjectVerb(sentence.tokens, index));
    // A generic "you" needs a report around it: a few sentences with reporting verbs, not a list of instructions, and
    // no "you" or "your" that addresses the reader on purpose ("how the rules affect you", "your pension").
    const report = voice.sentences >= MIN_SENTENCES && voice.imperatives <= 1 && subjects.every((v) => v !== undefined) &&
      voice.reporting >= Math.max(1, voice.words / WORDS_PER_REPORTING_VERB);
    const reports: Report[] = [];
    for (let n = 0; n < second.length; n++) {
      const { sentence, index } = second[n]!;
      const tokens = sentence.tokens;
      const token = tokens[index]!;
      // Reported speech keeps its speaker's generic "you" ("The mayor said that you cannot park there any more").
      const reported = tokens.slice(0, index).some((t) => SPEECH_VERBS.hasToken(t));
      const v = report && !reported ? subjects[n] : undefined;
      if (v !== undefined) {
        reports.push({
          start: token.start,
          end: tokens[v]!.end,
          message: `Generic "${token.text}" in a text that otherwise reports in the third person; English reporting says "people …" or uses the passive. It probably renders an impersonal source form.`,
          suggestions: rewrite(doc, tokens, index, v),
        });
        continue;
      }
      // A "you" that fits no English syntax: the object of a preposition followed by a comma and a noun phrase ("relied
      // on you, anonymous sources"), where it stands for a source word glued to an apposition, and "according to you",
      // which a report never says of its reader.
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      const afterNext = tokens[index + 2];
      if (token.lower !== 'you' || !previous || previous.kind !== 'word') continue;
      const glued = isPreposition(previous) && next?.text === ',' && afterNext !== undefined && afterNext.kind === 'word' &&
        (isDeterminer(afterNext) || isAdjective(afterNext) || afterNext.tags.includes('JJ') || isCommonNoun(afterNext));
      const accordingTo = previous.lower === 'to' && tokens[index - 2]?.lower === 'according';
      if (!glued && !accordingTo) continue;
      reports.push({
        start: token.start,
        end: token.end,
        mqmSeverity: 'major',
        message: `"${token.text}" addresses the reader in a text that otherwise reports in the third person; it probably renders a source word.`,
        // Glued to an apposition, the "you" and its comma go ("relied on you, anonymous sources" → "relied on anonymous
        // sources"); what it stood for is not known, so the fix drops it rather than guess.
        ...(glued ? { suggestions: [{ start: token.start, end: afterNext!.start, replacement: '' }] } : {}),
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The court ruled that the ministry had relied mainly on you, anonymous sources. The case was closed.', output: 'The court ruled that the ministry had relied mainly on anonymous sources. The case was closed.' },
      { text: 'The agency criticised the decision, which was based on you, unverified media reports. It will appeal.', output: 'The agency criticised the decision, which was based on unverified media reports. It will appeal.' },
      { text: 'According to you, the company had hidden its losses. The regulator opened an inquiry.' },
      {
        text: 'The storm hit the valley on Sunday night. Roofs were torn off in three villages. On the main road you see fallen trees on both verges. Repairs would take weeks, the council said. Schools stay closed until Friday.',
        output: 'The storm hit the valley on Sunday night. Roofs were torn off in three villages. On the main road fallen trees can be seen on both verges. Repairs would take weeks, the council said. Schools stay closed until Friday.',
      },
      {
        text: 'The ferry company announced new timetables on Monday. Two crossings were cancelled. You can buy the tickets online from next week. Prices rise by ten percent, the company said. It blamed fuel costs.',
        output: 'The ferry company announced new timetables on Monday. Two crossings were cancelled. People can buy the tickets online from next week. Prices rise by ten percent, the company said. It blamed fuel costs.',
      },
      {
        text: 'The clinic in the district town closed in March, the health office said. Since then you have to drive 60 kilometres to the nearest pharmacy. The governor promised a new clinic. Construction has not started. Residents have signed a petition.',
        output: 'The clinic in the district town closed in March, the health office said. Since then people have to drive 60 kilometres to the nearest pharmacy. The governor promised a new clinic. Construction has not started. Residents have signed a petition.',
      },
      {
        text: 'The river rose by two metres overnight, the ministry said. More than 300 houses were flooded. In the village you see only roofs above the water. The governor declared an emergency. Forecasters said the water would fall by Friday.\n\nSubscribe to our channel!',
        output: 'The river rose by two metres overnight, the ministry said. More than 300 houses were flooded. In the village only roofs can be seen above the water. The governor declared an emergency. Forecasters said the water would fall by Friday.\n\nSubscribe to our channel!',
      },
    ],
    valid: [
      'The council approved the plan on Tuesday, the city said. Work starts in March. The line costs 240 million euros, according to the city. Read the plans slowly, one member joked, and you will find the costs on page 40. The next meeting is on Thursday.',
      'The minister said: “You cannot trust these figures.”',
      'If you drive through the valley, you will see the damage. Residents say it will take years to rebuild.',
      'You can find the report on the ministry’s website.',
      'Thank you for your letter. We will reply soon. Our office is open daily.',
      'The firm claims its software “knows what you want”.',
      'How the new budget affects you\n\nThe government raised taxes on fuel.',
      'Your guide to the election\n\nVoters go to the polls on Sunday.',
      'The app tells you when the next bus arrives. It was launched in March.',
      'The rule means your employer must pay for training. It takes effect in May.',
      'Check your tax code before April, the agency advised.',
      'Officials warned that scammers may call you, pretending to be from the bank.',
      'The paramedic has worked weekends for eight years. “On a Saturday I answer 15 calls. You just never catch up,” he says. The service plans to hire more crews. The region has promised money. Nothing has changed yet.',
      'The club opened its new ground on Saturday. Fans cheered. “You know, we hoped for a ground like this for a decade,” said the chairman. Tickets sold out within hours. The next match is on Friday.',
      'We met the mayor at the town hall on Monday. She said you can see the new bridge from her office. The bridge opened in May. It cost 40 million euros. Traffic has eased since.',
      'Open the app. Tap the menu. You can then choose a language. The app saves it. It is free to use.',
    ],
  },
});
