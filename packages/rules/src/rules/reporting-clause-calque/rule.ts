import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, isFiniteVerb, isNominalHead, isNominalPart, isWordToken, nounSenses, nounSingular, primaryTag, type Token, WordSet, withCaseOf } from '@mtlint/text';

// Verbs of saying a German "Wie … berichtet" clause or a Russian "Как сообщили …" clause ends with.
const REPORTING_VERBS = new WordSet([
  'reports', 'reported', 'writes', 'wrote', 'says', 'said', 'announced', 'announces', 'informed', 'informs', 'stated',
  'states', 'confirmed', 'confirms', 'explained', 'explains', 'added', 'noted', 'emphasized', 'emphasised', 'stressed',
  'told', 'learned', 'learnt', 'communicated',
]);
// "inform" and "notify" name whom they tell: "As the police informed," has no one informed.
const TELLING_VERBS = new WordSet(['informed', 'informs', 'notified', 'notifies', 'communicated']);
const OPENERS = new WordSet(['like', 'as']);
// How long the reporter may be: "Like the regional newspaper of the city reports".
const MAX_REPORTER = 7;

/** One past the reporter that starts at `from`: a noun phrase opened by a determiner or a possessive ("the ministry",
 * "our correspondent"), or a name ("Reuters"), with "of" phrases; -1 when there is none. A pronoun ("Like I said",
 * which dialogue writes) is no reporter here. */
function reporterEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!isWordToken(first) || !(isDeterminer(first) || primaryTag(first) === 'PRP$' || primaryTag(first) === 'NNP')) return -1;
  let k = from + 1;
  while (k < tokens.length && k - from < MAX_REPORTER && isWordToken(tokens[k])) {
    const t = tokens[k]!;
    // After a noun, "reports" before the comma is the verb, though the lexicon reads it first as a plural noun ("the
    // old reports," is a noun phrase of its own).
    if (REPORTING_VERBS.hasToken(t) && tokens[k + 1]?.text === ',' && isNominalHead(tokens[k - 1]!)) break;
    if (!isNominalPart(t) && !(t.lower === 'of' && isNominalPart(tokens[k + 1] ?? t))) break;
    k++;
  }
  return k;
}

// Verbs that name a hearer, which German "teilte … mit" and Russian "сообщил", "рассказал" put after the quote as a
// verb of saying: "The road stays closed, told the engineer." English inverts only "said" and its like ("said the engineer").
const HEARER_VERBS = new WordSet(['told', 'informed']);
const SPEAKER_SENSES = new WordSet(['noun.person', 'noun.group']);
// A subject pronoun opening the sentence makes ", told the guard" a second verb of the same subject ("He paid, told the
// guard."), not an inverted tag.
const SUBJECT_PRONOUNS = new WordSet(['he', 'she', 'they', 'we', 'i', 'you']);
// What may follow the speaker to the end: "a source close to the government", "the head of the fire service".
const SPEAKER_TAILS = new WordSet(['close', 'of', 'at', 'in', 'from', 'for', 'with']);

/**
 * "The repairs will take a week, told the engineer.": a clause, a comma, "told" or "informed", and the speaker — a noun
 * phrase of a person or a body to the end of the sentence, perhaps with a tail of prepositional phrases. Only when the
 * comma is the sentence's first (an apposition before "told" is its subject: "Smith, a spokesman, told Reuters.").
 */
function inverted(tokens: readonly Token[]): Report | undefined {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.kind === 'punct') last--;
  let comma = -1;
  for (let k = 0; k < last; k++) {
    if (tokens[k]!.text === ',') {
      comma = k;
      break;
    }
  }
  const verb = tokens[comma + 1];
  if (comma < 2 || !isWordToken(verb) || !HEARER_VERBS.hasToken(verb) || SUBJECT_PRONOUNS.hasToken(tokens[0]!)) return undefined;
  let finite = false;
  for (let k = 0; k < comma && !finite; k++) finite = isFiniteVerb(tokens[k]!) || primaryTag(tokens[k]) === 'MD';
  const end = reporterEnd(tokens, comma + 2);
  if (!finite || end < 0 || end > last + 1) return undefined;
  // The speaker's head is the noun before any "of": "the head of the works".
  let head = comma + 2;
  while (head + 1 < end && tokens[head + 1]!.lower !== 'of') head++;
  const speaker = tokens[head]!;
  if (!(primaryTag(speaker) === 'NNP' || nounSenses(nounSingular.of(speaker)).some((x) => SPEAKER_SENSES.has(x)))) return undefined;
  // The rest, if any, qualifies the speaker: no verb, no "that" or "to" + infinitive (a hearer and what was told).
  // A noun the lexicon reads first as a verb ends the speaker after a determiner: "the head of the works".
  const rest = end <= last && isDeterminer(tokens[end - 1]!) && tokens[end]!.tags.some((tag) => tag === 'NN' || tag === 'NNS') ? end + 1 : end;
  if (rest <= last) {
    if (!SPEAKER_TAILS.hasToken(tokens[rest]!)) return undefined;
    for (let k = rest; k <= last; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' || t.lower === 'that' || (t.lower === 'to' && primaryTag(tokens[k + 1]) === 'VB')) return undefined;
      // A finite verb, unless a determiner makes it a noun ("of the works").
      if (isFiniteVerb(t) && !isDeterminer(tokens[k - 1]!)) return undefined;
    }
  }
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" names whom one tells and cannot open an inverted speech tag; English says "said" ("…, said the spokesman").`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: 'said' }],
  };
}

// What a speaker "made" in the source's relative clause: Turkish "yaptığı açıklamada" (in the statement he made),
// Chinese "在…发表的讲话中", Arabic "في بيان أصدره".
const UTTERANCES = new WordSet(['statement', 'speech', 'interview', 'address', 'announcement', 'post', 'message', 'remarks', 'comments', 'conference', 'briefing', 'letter', 'video']);
const UTTERED = new WordSet(['made', 'gave', 'delivered', 'issued', 'published', 'posted', 'released', 'shared', 'held', 'sent', 'wrote', 'did']);
const UTTERERS = new WordSet(['he', 'she', 'they', 'it', 'we']);
const OF_UTTERANCE = new WordSet(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/**
 * "The minister, in the statement he made, said that …" → "The minister said in a statement that …": "in" + an
 * utterance + a relative clause whose verb only makes it ("he made", "she gave"), then the reporting verb. English
 * puts the utterance after the verb and drops the clause, which says nothing the noun does not.
 */
function inTheStatementHeMade(tokens: readonly Token[]): Report | undefined {
  for (let i = 0; i + 5 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'in' || !OF_UTTERANCE.hasToken(tokens[i + 1]!)) continue;
    let k = i + 2;
    while (k < i + 5 && isWordToken(tokens[k]) && !UTTERANCES.hasToken(tokens[k]!) && /^(JJ|NN|NNP|VBN)$/.test(primaryTag(tokens[k]))) k++;
    if (!UTTERANCES.hasToken(tokens[k] ?? tokens[i]!)) continue;
    const noun = tokens[k]!;
    k++;
    if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k++;
    if (!UTTERERS.hasToken(tokens[k] ?? tokens[i]!) || !UTTERED.hasToken(tokens[k + 1] ?? tokens[i]!)) continue;
    // A time or a place of the utterance may follow ("he made on Monday"), then a comma, then the reporting verb.
    let v = k + 2;
    while (v < k + 7 && v < tokens.length && !REPORTING_VERBS.hasToken(tokens[v]!) && tokens[v]!.text !== ',') v++;
    const comma = tokens[v]?.text === ',' ? v : -1;
    if (comma > 0) v++;
    const verb = tokens[v];
    if (!isWordToken(verb) || !REPORTING_VERBS.hasToken(verb)) continue;
    const before = tokens[i - 1]?.text === ',' ? tokens[i - 1]! : undefined;
    return {
      start: tokens[i]!.start,
      end: tokens[k + 1]!.end,
      message: `"${tokens.slice(i, k + 2).map((t) => t.text).join(' ')}" renders Turkish "yaptığı açıklamada" word for word; English says "${verb.text} in a ${noun.lower}".`,
      // Opening the sentence, the phrase stands before the subject, which the edit would have to move.
      suggestions: i === 0 ? [] : [{ start: before?.start ?? tokens[i]!.start, end: verb.end, replacement: `${before ? ' ' : ''}${verb.text} in a ${noun.lower}` }],
    };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'reporting-clause-calque',
    category: 'fluency/grammar',
    severity: 'minor',
    confidence: 0.85,
    description: 'A reporting clause word for word: "Like the newspaper reports, …" → "As the newspaper reports"; "As the ministry informed, …" → "As the ministry reported"; "The minister, in the statement he made, said" → "said in a statement".',
    sourceHint: 'German "Wie die Zeitung berichtet, …", Russian "Как сообщили в министерстве, …", Polish "Jak poinformowało ministerstwo, …": the source opens with "how" and a verb that needs no object.',
    fixable: true,
  },
  needs: [(t) => REPORTING_VERBS.hasToken(t)],
  detectSentence(sentence) {
    const tokens = sentence.tokens;
    const opener = tokens[0];
    if (!isWordToken(opener) || !OPENERS.hasToken(opener)) {
      const tag = inverted(tokens) ?? inTheStatementHeMade(tokens);
      return tag ? [tag] : [];
    }
    const end = reporterEnd(tokens, 1);
    const verb = tokens[end];
    if (end < 0 || !isWordToken(verb) || !REPORTING_VERBS.hasToken(verb) || tokens[end + 1]?.text !== ',') return [];
    const reports: Report[] = [];
    if (opener.lower === 'like') {
      reports.push({
        start: opener.start,
        end: opener.end,
        message: `"${opener.text} … ${verb.text}," opens a report as German "Wie …" and Russian "Как …" do; English: "As … ${verb.text},".`,
        suggestions: [{ start: opener.start, end: opener.end, replacement: withCaseOf(opener.text, 'as') }],
      });
    } else if (TELLING_VERBS.hasToken(verb)) {
      const reported = verb.lower.endsWith('s') ? 'reports' : 'reported';
      reports.push({
        start: verb.start,
        end: verb.end,
        message: `"${verb.text}" names no one told; English reports with "${reported}" or "said" ("As the ministry ${reported}, …").`,
        suggestions: [{ start: verb.start, end: verb.end, replacement: reported }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Like the local radio reports, the ferry will not sail today.', output: 'As the local radio reports, the ferry will not sail today.' },
      { text: 'Like Reuters reported, the talks were broken off.', output: 'As Reuters reported, the talks were broken off.' },
      { text: 'As the fire service informed, nobody was hurt.', output: 'As the fire service reported, nobody was hurt.' },
      { text: 'The bridge will stay shut until May, told the head of the works.', output: 'The bridge will stay shut until May, said the head of the works.' },
      { text: 'Two guards were injured, informed a prison spokeswoman.', output: 'Two guards were injured, said a prison spokeswoman.' },
      { text: 'The governor, in the written statement she issued on Friday, announced that the roads would reopen.', output: 'The governor announced in a statement that the roads would reopen.' },
      { text: 'The spokesman, in the press conference he held, said that the talks continue.', output: 'The spokesman said in a conference that the talks continue.' },
      { text: 'In the speech he delivered in Ankara the president said the talks had failed.' },
    ],
    valid: [
      'As the local radio reports, the ferry will not sail today.',
      'Like I said, the ferry will not sail today.',
      'Like the old reports, the new one was late.',
      'As the fire service informed the residents, the road was closed.',
      'As the mayor said, the works will start in May.',
      'Like his father, he became a pilot.',
      'Like many reporters said at the time, it was a mistake.',
      'As the public became informed, the protests grew.',
      'Anna Weber, a spokeswoman for the port, told Reuters.',
      'He paid the fare, told the driver.',
      'The bridge will stay shut, the head of the works told reporters.',
      'The ferry was late, told the captain to wait and left.',
      'She had heard the news, told the children that evening.',
      'The governor said in a statement that the roads would reopen.',
      'In the speech he gave, there was no mention of taxes.',
      'The mistake in the letter she sent was noticed by her boss, who said nothing.',
    ],
  },
});
