import { defineRule, type Report } from '@mtlint/engine';
import { isAdverb, isDeterminer, isModal, isPronoun, lemma, nounPhraseEnd, primaryTag, type Token, WordSet } from '@mtlint/text';
import { phraseWithOfEnd } from '../../clause-order.js';
import { formOf } from '../../sentence-needs.js';

// English "allow", "permit", "enable" and their kin name who is let: "allow companies to cut costs". Russian
// "позволяет сократить" and German "ermöglicht zu sparen" need no object, and MT writes "allows to cut costs".
// A closed class: the verbs whose to-infinitive needs an object before it. "help to", "want to", "agree to" are
// English without one.
const NEEDS_OBJECT = new WordSet(['allow', 'permit', 'enable', 'let', 'oblige', 'force', 'encourage']);
// "makes it possible to" keeps the sentence without naming who is allowed; the forms of "make" for each form.
const MAKE: Readonly<Record<string, string>> = { VB: 'make', VBP: 'make', VBZ: 'makes', VBD: 'made', VBN: 'made', VBG: 'making' };
// Words after which a past form is a passive or a reduced relative ("is allowed to", "workers permitted to stay"):
// forms of be and get, and nouns.
const PASSIVE_BEFORE = /^(?:be|is|are|was|were|been|being|am|'s|’s|'re|’re|get|gets|got|gotten|getting|feel|feels|felt)$/;
// Before a past form, what makes it an active verb: a subject pronoun, "which", "that"; a perfect "has" too.
const ACTIVE_BEFORE = /^(?:it|this|that|which|what|he|she|they|we|i|you|has|have|had)$/;

// "inform", "notify", "remind" name who is told before a that-clause: "informed the residents that". Russian
// "сообщил, что", "напомнил, что" take none, and MT writes "The agency informed that …". Each with the verb English
// uses without an object, in every form. ("assure that" is American English for "ensure that" and stays out.)
const ANNOUNCE: Readonly<Record<string, string>> = { VB: 'announce', VBP: 'announce', VBZ: 'announces', VBD: 'announced', VBN: 'announced', VBG: 'announcing' };
const POINT_OUT: Readonly<Record<string, string>> = { VB: 'point out', VBP: 'point out', VBZ: 'points out', VBD: 'pointed out', VBN: 'pointed out', VBG: 'pointing out' };
// "express" takes what is expressed ("expressed the hope that"); Chinese 表示 ("expressed that the policy …") says.
const SAY: Readonly<Record<string, string>> = { VB: 'say', VBP: 'say', VBZ: 'says', VBD: 'said', VBN: 'said', VBG: 'saying' };
// "The minister assured that …" (French "a assuré que", Spanish "aseguró que", Russian "заверил, что"): English assures
// someone. Only the past reports: "steps to assure that the pumps work" and "the licence assures that patents
// cannot be used" are English for "ensure".
const ASSURE: Readonly<Record<string, string>> = { VBD: 'said' };
// "He told that the plan was ready" (Russian "сказал, что", Polish "powiedział, że", German "erzählte, dass"): English
// tells someone; with no one told it says. Only "told": "could tell that he was nervous" is English for "see".
// Brown's every "told that" + clause is a passive ("was told that", "when told that").
const TOLD: Readonly<Record<string, string>> = { VBD: 'said', VBN: 'said' };
const TELL_WITH_OBJECT: Readonly<Record<string, Readonly<Record<string, string>>>> = { inform: ANNOUNCE, notify: ANNOUNCE, remind: POINT_OUT, express: SAY, assure: ASSURE, tell: TOLD };
// "The agency informed about the closure" (сообщил о): inform without the one informed, with what it is about.
const REPORT_ON: Readonly<Record<string, string>> = { VB: 'report on', VBP: 'report on', VBZ: 'reports on', VBD: 'reported on', VBN: 'reported on', VBG: 'reporting on' };
// "announce", "declare" and "state" take what is announced, a that-clause or "plans to": German "kündigte an, die
// Preise zu erhöhen", Russian "заявил о намерении повысить" and Chinese 宣布将提高 come out as "announced to raise
// prices". "declared to be" and "is said to have" are English (a verb's object raised, or a passive) and stay out.
const ANNOUNCE_INTENT = new WordSet(['announce', 'declare', 'state']);
// Before "informed about", what makes it a state: "kept informed about", "stay informed about".
const STATE_BEFORE = /^(?:keep|keeps|kept|keeping|stay|stays|stayed|remain|remains|remained|well|better|fully|poorly|ill)$/;

const form3sg = (verb: Token) => verb.tags.includes('VBZ') && verb.lower.endsWith('s');

/** Whether a finite verb stands between `from` and the end of the clause (the next punctuation). */
function finiteVerbAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) {
    if (/^(VBZ|VBD|VBP|MD)$/.test(primaryTag(tokens[k]))) return true;
  }
  return false;
}

/** The verb's form at `i` as a Penn tag, from its tags and the word before it; '' when it is not an active verb. */
function activeForm(tokens: readonly Token[], i: number, thatClause = false): string {
  const verb = tokens[i]!;
  let b = i - 1;
  while (b >= 0 && tokens[b]!.kind === 'word' && isAdverb(tokens[b]!)) b--;
  const before = tokens[b];
  if (before !== undefined && PASSIVE_BEFORE.test(before.lower)) return '';
  // A question's passive: "Are they encouraged to apply?"
  if (before !== undefined && isPronoun(before) && PASSIVE_BEFORE.test(tokens[b - 1]?.lower ?? '')) return '';
  // After a determiner, possessive, adjective or number the word is a noun: "its forces to invade", "a permit to return".
  if (before !== undefined && /^(DT|PRP\$|JJ|CD|POS)$/.test(primaryTag(before)) && !ACTIVE_BEFORE.test(before.lower)) return '';
  if (verb.lower.endsWith('ing')) return 'VBG';
  if ((verb.tags.includes('VBD') || verb.tags.includes('VBN')) && !form3sg(verb) && verb.lower !== 'let') {
    if (before !== undefined && /^(has|have|had)$/.test(before.lower)) return 'VBN';
    if (before !== undefined && ACTIVE_BEFORE.test(before.lower)) return 'VBD';
    // After a noun, "allowed to" is mostly a reduced relative or a shared passive ("the workers allowed to stay were
    // engineers", "mixtures allowed to stand for an hour", "informed and encouraged to help"). It is the verb only
    // after the noun phrase that opens the sentence, with no finite verb after it ("The decision allowed to save jobs").
    // A that-clause brings its own finite verb, and a reduced relative before one is rare ("The agency informed that").
    const first = tokens.findIndex((t) => t.kind === 'word');
    return first >= 0 && b >= first && nounPhraseEnd(tokens, first) === i && (thatClause || !finiteVerbAfter(tokens, i + 3)) ? 'VBD' : '';
  }
  // "let" is its own past; after a modal or "to" the base form: "will allow", "to enable". A noun reading first
  // ("forces", "permit") needs a subject or modal before it to be the verb.
  if (!primaryTag(verb).startsWith('VB') && !(before !== undefined && (isModal(before) || isPronoun(before) || before.lower === 'to'))) return '';
  if (form3sg(verb)) return 'VBZ';
  return verb.tags.includes('VB') || verb.tags.includes('VBP') ? 'VB' : '';
}

/** Whether "that" at `that` opens a clause: a subject (not "that" + a singular noun, a demonstrative) and a verb. */
function opensThatClause(tokens: readonly Token[], that: number): boolean {
  const subject = tokens[that + 1];
  if (subject === undefined || subject.kind !== 'word' || !/^(DT|PRP|NNP|NNPS|NNS|CD|EX)$/.test(primaryTag(subject))) return false;
  for (let k = that + 2; k < tokens.length && k - that <= 6 && tokens[k]!.kind !== 'punct'; k++) {
    if (/^(VBZ|VBD|VBP|MD)$/.test(primaryTag(tokens[k]))) return true;
  }
  return false;
}

/** Whether the past verb at `i` follows the sentence's opening subject, whose "of" phrase makes it more than the
 * pronoun or name `activeForm` reads: "The head of the region informed that …", "… informed about". */
function afterOpeningSubject(tokens: readonly Token[], i: number): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first < 0 || !tokens[i]!.tags.includes('VBD')) return false;
  // An adverb may stand between the subject and its verb: "The head of the agency also informed that".
  let end = phraseWithOfEnd(tokens, first);
  while (end < i && tokens[end]!.kind === 'word' && isAdverb(tokens[end]!) && !isDeterminer(tokens[end]!)) end++;
  return end === i;
}

/** "The agency informed that …": a verb of telling with a that-clause and no one told. */
function tellWithoutObject(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  const forms = verb.kind === 'word' ? TELL_WITH_OBJECT[lemma.of(verb)] : undefined;
  if (forms === undefined) return undefined;
  // "expressed that hope", "expressed that view": a demonstrative, not a clause.
  if ((forms === SAY || forms === ASSURE || forms === TOLD) && !opensThatClause(tokens, i + 1)) return undefined;
  // "Rest assured that …" is the idiom's passive.
  if (forms === ASSURE && tokens[i - 1]?.lower === 'rest') return undefined;
  const replacement = forms[afterOpeningSubject(tokens, i) ? 'VBD' : activeForm(tokens, i, true)];
  if (replacement === undefined) return undefined;
  return {
    start: verb.start,
    end: tokens[i + 1]!.end,
    message: `"${verb.text}" needs an object before "that" ("${verb.text} the public that"), or say "${replacement} that".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: /^\p{Lu}/u.test(verb.text) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement }],
  };
}

/** "The ministry informed about the closure": "inform" with "about" and no one informed. */
function informAbout(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  if (verb.kind !== 'word' || lemma.of(verb) !== 'inform') return undefined;
  let b = i - 1;
  while (b >= 0 && tokens[b]!.kind === 'word' && isAdverb(tokens[b]!) && !STATE_BEFORE.test(tokens[b]!.lower)) b--;
  if (b >= 0 && STATE_BEFORE.test(tokens[b]!.lower)) return undefined;
  const replacement = REPORT_ON[afterOpeningSubject(tokens, i) ? 'VBD' : activeForm(tokens, i, true)];
  if (replacement === undefined) return undefined;
  const about = tokens[i + 1]!;
  return {
    start: verb.start,
    end: about.end,
    message: `"${verb.text}" needs the one informed before "about" ("${verb.text} the public about"), or say "${replacement}".`,
    suggestions: [{ start: verb.start, end: about.end, replacement: /^\p{Lu}/u.test(verb.text) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement }],
  };
}

/** "The company announced to close two plants": a verb of announcing straight before a to-infinitive. */
function announceToVerb(tokens: readonly Token[], i: number): Report | undefined {
  const verb = tokens[i]!;
  // "grants to states to help": the noun reading first is the noun.
  if (verb.kind !== 'word' || !primaryTag(verb).startsWith('VB') || !ANNOUNCE_INTENT.has(lemma.of(verb))) return undefined;
  const next = tokens[i + 2]!;
  if (next.kind !== 'word' || !next.tags.includes('VB') || next.text !== next.lower) return undefined;
  const base = lemma.of(next);
  if (base === 'be' || base === 'have') return undefined;
  // A word read first as a noun is the verb only before its own object: "to cut 500 jobs", not "to staff".
  const object = tokens[i + 3];
  if (!primaryTag(next).startsWith('VB') && !(object !== undefined && (isDeterminer(object) || object.kind === 'number' || /^(PRP\$|CD)$/.test(primaryTag(object))))) return undefined;
  const form = afterOpeningSubject(tokens, i) ? 'VBD' : activeForm(tokens, i);
  const replacement = ANNOUNCE[form];
  if (replacement === undefined) return undefined;
  const fix = `${replacement} plans to`;
  return {
    start: verb.start,
    end: next.end,
    message: `"${verb.text}" takes what is announced, not a to-infinitive: "${fix} ${next.text}", or "${verb.text} that it would ${next.text}".`,
    suggestions: [{ start: verb.start, end: tokens[i + 1]!.end, replacement: /^\p{Lu}/u.test(verb.text) ? fix[0]!.toUpperCase() + fix.slice(1) : fix }],
  };
}

export default defineRule({
  meta: {
    id: 'allow-without-object',
    category: 'fluency/grammar',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb that needs an object before its to-infinitive used without one: "the rules allow to cut costs".',
    sourceHint: 'Russian "позволяет/даёт возможность + infinitive", German "ermöglicht/erlaubt zu + infinitive", with no object.',
    fixable: false,
  },
  // A verb that needs its object, then 'to', 'that' or 'about'.
  needs: [
    formOf(new Set([...NEEDS_OBJECT, ...Object.keys(TELL_WITH_OBJECT), ...ANNOUNCE_INTENT])),
    new Set(['to', 'that', 'about']),
  ],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      // Cheap filter: "to" or "that" after a word, then the lemma test.
      const to = tokens[i + 1]!;
      if (to.lower === 'that') {
        const told = tellWithoutObject(tokens, i);
        if (told) reports.push(told);
        continue;
      }
      if (to.lower === 'about') {
        const informed = informAbout(tokens, i);
        if (informed) reports.push(informed);
        continue;
      }
      if (to.lower !== 'to') continue;
      const announced = announceToVerb(tokens, i);
      if (announced) {
        reports.push(announced);
        continue;
      }
      const verb = tokens[i]!;
      if (verb.kind !== 'word' || !NEEDS_OBJECT.has(lemma.of(verb))) continue;
      // "to" + a word that can be a base verb, not "let to tenants", "forced to the ground".
      const next = tokens[i + 2]!;
      if (next.kind !== 'word' || !(next.tags.includes('VB') || next.tags.includes('VBP')) || primaryTag(next) === 'DT' || next.text !== next.lower) continue;
      const form = activeForm(tokens, i);
      if (!form) continue;
      const base = lemma.of(verb);
      const fix = base === 'let' ? undefined : `${MAKE[form]} it possible to`;
      reports.push({
        start: verb.start,
        end: next.end,
        message: `"${verb.text}" needs an object before "to ${next.text}" ("${verb.text} companies to ${next.text}"), or say "${MAKE[form]} it possible to ${next.text}".`,
        suggestions: fix ? [{ start: verb.start, end: to.end, replacement: /^\p{Lu}/u.test(verb.text) ? fix[0]!.toUpperCase() + fix.slice(1) : fix }] : [],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The mayor told that the bridge would reopen in May.', output: 'The mayor said that the bridge would reopen in May.' },
      { text: 'Officials of the club have told that the coach will stay.', output: 'Officials of the club have said that the coach will stay.' },
      { text: 'The new rules allow to cut costs by a third.', output: 'The new rules make it possible to cut costs by a third.' },
      { text: 'The bridge enables to reach the island in ten minutes.', output: 'The bridge makes it possible to reach the island in ten minutes.' },
      { text: 'This allowed to reduce the queues.', output: 'This made it possible to reduce the queues.' },
      { text: 'A new scanner, which permits to detect faults early, was installed.', output: 'A new scanner, which makes it possible to detect faults early, was installed.' },
      { text: 'The reform has allowed to double exports.', output: 'The reform has made it possible to double exports.' },
      { text: 'The grant will allow to buy two ferries.', output: 'The grant will make it possible to buy two ferries.' },
      { text: 'The treaty allows to export more grain.', output: 'The treaty makes it possible to export more grain.' },
      { text: 'The ferry operator informed that all crossings are cancelled.', output: 'The ferry operator announced that all crossings are cancelled.' },
      { text: 'The mayor reminded that the parking ban starts on Monday.', output: 'The mayor pointed out that the parking ban starts on Monday.' },
      { text: 'The clinic has notified that the vaccine arrived.', output: 'The clinic has announced that the vaccine arrived.' },
      { text: 'The governor expressed that the new port would bring jobs.', output: 'The governor said that the new port would bring jobs.' },
      { text: 'The director assured that the clinic will stay open.', output: 'The director said that the clinic will stay open.' },
      { text: 'The head of the port authority informed that all ferries are cancelled.', output: 'The head of the port authority announced that all ferries are cancelled.' },
      { text: 'The airline announced to cut 300 jobs next year.', output: 'The airline announced plans to cut 300 jobs next year.' },
      { text: 'The union has declared to boycott the talks.', output: 'The union has announced plans to boycott the talks.' },
      { text: 'The ministry informed about the closure of two schools.', output: 'The ministry reported on the closure of two schools.' },
      { text: 'The press office of the airport informed about delays.', output: 'The press office of the airport reported on delays.' },
    ],
    valid: [
      'She was told that the flight was cancelled.',
      'He told that joke twice at dinner.',
      'You could tell that he was tired.',
      'The coach told his players that the match was lost.',
      'When told that the shop was shut, he left.',
      'The director assured the staff that the clinic will stay open.',
      'Rest assured that the letter will arrive.',
      'We must take steps to assure that the pumps work.',
      'She was assured that the clinic will stay open.',
      'The licence assures that patents cannot be used to restrict it.',
      'The new rules allow companies to cut costs.',
      'Visitors are not allowed to feed the animals.',
      'The workers allowed to stay were mostly engineers.',
      'Smoking is permitted to guests on the terrace.',
      'The grant will help to hire two teachers.',
      'She was forced to resign.',
      'They felt encouraged to apply.',
      'The flat was let to students.',
      'The police forced the crowd back to the square.',
      'He was enabled to finish by a grant.',
      'The money allows us to hire two teachers.',
      'It is being allowed to expire.',
      'The army used its forces to invade the island.',
      'He had no permit to return to France.',
      'The stain is easily removed if allowed to dry.',
      'Parents should be informed and encouraged to help.',
      'Mixtures allowed to stand for an hour turned brown.',
      'They combined forces to fight the fire.',
      'It was a force to be reckoned with.',
      'Are they encouraged to take part?',
      'The residents were informed that the road would close.',
      'We must remind them that the deadline is Friday.',
      'Steps were taken to assure that the vote was fair.',
      'She informed the board that she would resign.',
      'Please notify us that you have arrived.',
      'Several members expressed that view at the meeting.',
      'She expressed the hope that the talks would resume.',
      'Residents were informed about the closure.',
      'Parents are kept informed about the changes.',
      'Stay informed about the weather before you travel.',
      'The report was declared to be false.',
      'He declared himself ready to serve.',
      'The mayor announced to reporters that the bridge would reopen.',
      'The firm announced plans to cut 300 jobs.',
      'Each state to secede had to call a convention.',
      'The company stated that it would close two plants.',
    ],
  },
});
