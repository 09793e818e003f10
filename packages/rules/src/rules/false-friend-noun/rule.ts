import { defineRule, type Report } from '@mtlint/engine';
import { isDeterminer, lemma, primaryTag, type Token, withCaseOf, WordMap, WordSet } from '@mtlint/text';

/**
 * A noun that looks like the source's and means something else in English. Each entry says which written forms it
 * takes, what English says instead, and the context that rules out the English sense: "employs 200 collaborators"
 * (German "Mitarbeiter": staff), "his handy rang" (German "Handy": mobile phone).
 */
interface FalseFriend {
  /** Each form as written in lower case → its English replacement. */
  readonly forms: ReadonlyMap<string, string>;
  readonly source: string;
  /** The context in which only the false friend's sense fits. */
  readonly inContext: (tokens: readonly Token[], i: number) => boolean;
}

/** What may stand between a verb and its object's head: "employs some 200 new collaborators". */
function isObjectModifier(t: Token): boolean {
  const tag = primaryTag(t);
  return t.kind === 'number' || tag === 'CD' || tag === 'JJ' || tag === 'DT' || tag === 'PRP$' || t.lower === 'some' || t.lower === 'about';
}

const EMPLOYING = new WordSet(['employ', 'hire', 'dismiss', 'fire', 'sack']);

/** "employs 200 collaborators", "laid off 40 collaborators": a verb of employment before the noun, over its modifiers. */
function objectOfEmploying(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && isObjectModifier(tokens[k]!)) k--;
  // "lay off": "lay" alone is an adjective here ("lay collaborators" of a church).
  if (tokens[k]?.lower === 'off') return k > 0 && lemma.of(tokens[k - 1]!) === 'lay';
  const verb = tokens[k];
  return verb !== undefined && EMPLOYING.has(lemma.of(verb));
}

/** Words after which a noun's reading is over: not a noun, an adjective or a number that would make it a modifier. */
function closesNoun(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.kind === 'punct') return next.text !== ',' && next.text !== '-';
  const tag = primaryTag(next);
  return tag.startsWith('VB') || tag === 'MD' || tag === 'IN' || tag === 'CC' || tag === 'TO' || tag === 'RB';
}

/** The word closes a noun phrase opened by a determiner or possessive, perhaps over adjectives ("her new handy"); not
 * after *'s*, which may be "is" ("A cane's mighty handy"). */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && /^(JJ|JJS|JJR|OD)$/.test(primaryTag(tokens[k]))) k--;
  const before = tokens[k];
  return before !== undefined && isDeterminer(before);
}

/** "the handy rang", "a roman by Tolstoy": after a determiner and closing its noun phrase, the word is a noun, which
 * English has only as an adjective ("a handy tool") or in another sense ("roman type"). */
function usedAsNoun(tokens: readonly Token[], i: number): boolean {
  return afterDeterminer(tokens, i) && closesNoun(tokens[i + 1]);
}

/** "the personal of the hospital", "the personal went on strike": the staff, not a quality (but "the personal is political"). */
function personalAsStaff(tokens: readonly Token[], i: number): boolean {
  if (!afterDeterminer(tokens, i)) return false;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (next.lower === 'of') return true;
  const tag = primaryTag(next);
  return (tag === 'VBD' || tag === 'VBP' || tag === 'MD' || next.lower === 'has') && next.lower !== 'is';
}

// The senses of rivalry English gives "competition", never "concurrence" (agreement: "with the concurrence of the Senate").
const RIVALRY = new WordSet(['strong', 'fierce', 'tough', 'growing', 'foreign', 'international', 'unfair', 'increasing', 'global', 'stiff', 'intense', 'harsh', 'cheap', 'chinese', 'asian']);
const RIVALS_AFTER = new WordSet(['from', 'between', 'among', 'amongst']);

function concurrenceAsRivalry(tokens: readonly Token[], i: number): boolean {
  return RIVALRY.has(tokens[i - 1]?.lower ?? '') || RIVALS_AFTER.has(tokens[i + 1]?.lower ?? '');
}

/** "workers of the fabric", "the fabric employs": a workplace, not cloth. */
function fabricAsWorkplace(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && primaryTag(next).startsWith('VB') && EMPLOYING.has(lemma.of(next))) return true;
  const the = tokens[i - 1];
  const preposition = tokens[i - 2];
  const workers = tokens[i - 3];
  return the?.lower === 'the' && (preposition?.lower === 'of' || preposition?.lower === 'at') && /^(workers|employees|staff)$/.test(workers?.lower ?? '');
}

// What a factory does as the subject of its clause ("The fabric in the suburbs employs 800 people", "the fabric
// produces bricks"): cloth does none of it.
const WORKPLACE_VERBS = new WordSet(['employ', 'hire', 'produce', 'manufacture', 'make', 'export', 'supply', 'pay']);

/** "The fabric (in the suburbs) employs …": the noun opening the sentence, then a verb of production in its clause. */
function fabricAsSubject(tokens: readonly Token[], i: number): boolean {
  if (i !== 1 || tokens[0]!.lower !== 'the') return false;
  for (let k = i + 1; k < tokens.length && k - i <= 6 && tokens[k]!.kind !== 'punct'; k++) {
    const t = tokens[k]!;
    const tag = primaryTag(t);
    if (tag === 'VBZ' || tag === 'VBD' || tag === 'MD' || (t.tags.includes('VBZ') && k > i + 1)) return WORKPLACE_VERBS.has(lemma.of(t)) || (tag === 'MD' && WORKPLACE_VERBS.has(lemma(tokens[k + 1]?.lower ?? '')));
  }
  return false;
}

// Russian "комплекс мер/мероприятий/услуг/работ": a set of measures, a range of services. English "complex" is a group
// of buildings or a tangle ("a complex of forces", "a complex of highways and roads"); these nouns right after "of"
// are the source's.
const MEASURES = new WordSet(['measures', 'steps', 'services', 'works', 'activities', 'events', 'procedures', 'tasks', 'exercises']);
const complexOfMeasures = (tokens: readonly Token[], i: number) => tokens[i + 1]?.lower === 'of' && MEASURES.has(tokens[i + 2]?.lower ?? '');

// Russian "хорошие перспективы", German "gute Perspektiven": good prospects. English "perspectives" are points of view
// ("new perspectives on the war"), which nothing judges good or bright.
const HOPEFUL = new WordSet(['good', 'bright', 'excellent', 'promising', 'poor', 'bleak', 'dim', 'real', 'positive', 'favourable', 'favorable', 'gloomy', 'great']);
const perspectivesAsProspects = (tokens: readonly Token[], i: number) => HOPEFUL.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'on';

// Russian "кабинет директора/врача", German "das Kabinett" only of a government: the room of an official or a doctor
// is an office (or a surgery). A government's cabinet belongs to a president, a premier or a party, none listed here.
const OFFICE_HOLDERS = new WordSet(['director', 'doctor', 'dentist', 'headmaster', 'headmistress', 'principal', 'teacher', 'physician', 'surgeon', 'therapist', 'manager', 'boss', 'rector', 'dean', 'judge', 'investigator', 'prosecutor', 'notary']);
function cabinetOfHolder(tokens: readonly Token[], i: number): boolean {
  // "the doctor's cabinet"
  if ((tokens[i - 1]?.lower === "'s" || tokens[i - 1]?.lower === '’s') && OFFICE_HOLDERS.has(tokens[i - 2]?.lower ?? '')) return true;
  // "the cabinet of the director", not "the medicine cabinet of the doctor" (a cupboard) or "the cabinet of the director
  // general".
  return isDeterminer(tokens[i - 1] ?? tokens[i]!) && tokens[i + 1]?.lower === 'of' && /^(the|a|his|her|our|their)$/.test(tokens[i + 2]?.lower ?? '') &&
    OFFICE_HOLDERS.has(tokens[i + 3]?.lower ?? '') && closesNoun(tokens[i + 4]);
}

// Fruits whose preserve English calls "jam"; "marmalade" is made of citrus.
const JAM_FRUITS = new WordSet(['strawberry', 'raspberry', 'cherry', 'apricot', 'plum', 'blueberry', 'blackberry', 'peach', 'fig', 'apple', 'currant', 'gooseberry', 'berry', 'quince', 'rhubarb']);

const DEVICES = new WordSet(['phone', 'smartphone', 'car', 'laptop', 'vehicle', 'tablet', 'camera', 'scooter', 'bike']);

/** "the accumulator of the phone", "the car accumulator": a battery. */
function accumulatorOfDevice(tokens: readonly Token[], i: number): boolean {
  if (DEVICES.has(tokens[i - 1]?.lower ?? '')) return true;
  return tokens[i + 1]?.lower === 'of' && DEVICES.has(tokens[i + 3]?.lower ?? '');
}

const ORGANISATIONS = new WordSet([
  'company', 'firm', 'party', 'department', 'ministry', 'police', 'government', 'administration', 'agency', 'bank',
  'office', 'commission', 'authority', 'board', 'committee', 'division', 'corporation', 'concern', 'group', 'region',
]);

/** "the chef of the company": its head, not its cook. */
function chefOfOrganisation(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'the' && ORGANISATIONS.has(tokens[i + 3]?.lower ?? '');
}

// The forms themselves: the lexicon's lemma of "went" is "wend".
const GOING = new WordSet([
  'go', 'goes', 'going', 'went', 'gone', 'come', 'comes', 'coming', 'came', 'walk', 'walks', 'walking', 'walked',
  'run', 'runs', 'running', 'ran', 'drive', 'drives', 'driving', 'drove', 'driven', 'hurry', 'hurried', 'rush', 'rushed',
]);

/** "went to the magazine to buy bread": a shop one goes to. */
function magazineAsShop(tokens: readonly Token[], i: number): boolean {
  const the = tokens[i - 1]?.lower;
  const to = tokens[i - 2]?.lower;
  const verb = tokens[i - 3];
  return (the === 'the' || the === 'a') && (to === 'to' || to === 'into') && verb !== undefined && GOING.hasToken(verb);
}

// Verbs a company's result takes: "reported a benefit of 2 million euros" (Spanish "beneficio", French "bénéfice",
// Italian "beneficio": profit). English "benefit of £50 a week" is a payment, "a net benefit of" a gain in an appraisal.
const REPORTING = new WordSet(['report', 'present', 'post', 'record', 'register', 'obtain', 'achieve', 'announce', 'make']);

/** "presented a benefit of 2 million euros", "registered net benefits of": a result reported, over "a", "net". */
function benefitAsProfit(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'of') return false;
  const amount = tokens[i + 2];
  if (amount === undefined || !(amount.kind === 'number' || amount.kind === 'symbol' || primaryTag(amount) === 'CD')) return false;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && /^(a|an|the|net|its|their|record|gross)$/.test(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  return verb !== undefined && primaryTag(verb).startsWith('VB') && REPORTING.has(lemma.of(verb));
}

// French "syndicat", Spanish "sindicato", Italian "sindacato": a trade union. English syndicates are of crime, of
// investors or of newspapers; with a strike, wages or employers in the sentence the source meant the unions.
const LABOUR = new WordSet(['strike', 'strikes', 'wage', 'wages', 'workers', 'employers', 'pay', 'salaries', 'walkout', 'stoppage', 'collective', 'bargaining', 'pensions']);
function syndicateAsUnion(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower === 'crime' || tokens[i + 1]?.lower === 'of') return false;
  for (const t of tokens) if (LABOUR.hasToken(t)) return true;
  return false;
}

const always = () => true;

const isAmountStart = (t: Token | undefined) => t !== undefined && (t.kind === 'number' || t.kind === 'symbol' || primaryTag(t) === 'CD');

// What is done with a deposit: "the caution will be returned at departure" (French and Spanish "caution", "caución",
// Italian "cauzione"). English caution is care or a warning, never a sum.
const DEPOSIT_VERBS = new WordSet(['pay', 'leave', 'return', 'refund', 'reimburse', 'request', 'require', 'deduct', 'withhold', 'ask', 'charge', 'keep', 'block', 'release']);

/** "a caution of 200 euros", "the caution will be returned", "pay a caution": a sum left as security. */
function cautionAsDeposit(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'of' && isAmountStart(tokens[i + 2])) return true;
  if (!/^(a|the|your|this)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  const verbBefore = tokens[i - 2];
  if (verbBefore !== undefined && primaryTag(verbBefore).startsWith('VB') && DEPOSIT_VERBS.has(lemma.of(verbBefore))) return true;
  // "The caution will be returned", "the caution is refunded": its passive within three words.
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (t.lower !== 'be' && t.lower !== 'been' && t.tags.includes('VBN')) return DEPOSIT_VERBS.has(lemma.of(t));
  }
  return false;
}

/** "in case of retard", "a retard of two weeks", "days of retard" (French "retard", Italian "ritardo", Spanish
 * "retraso", Portuguese "retardamento"): a delay. English "retard" is a verb (to slow) or an insult for a person. */
function retardAsDelay(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1];
  if (/^(of|with|without|any|no|in|for)$/.test(before)) return next === undefined || next.kind === 'punct' || primaryTag(next) === 'IN' || primaryTag(next) === 'CC';
  return /^(a|the)$/.test(before) && (next?.lower === 'in' || (next?.lower === 'of' && isAmountStart(tokens[i + 2])));
}

// French "formation", Spanish "formación", Italian "formazione", Portuguese "formação": training. English formation is
// a shape, a rock, a body of troops, or (in the churches) "spiritual formation", "ongoing formation": not listed.
const TRAINING_KINDS = new WordSet(['professional', 'continuous', 'vocational', 'linguistic', 'managerial', 'technical', 'specialised', 'specialized', 'practical']);
const TRAINING_AFTER = new WordSet(['course', 'courses', 'programme', 'programmes', 'sessions', 'session', 'plan']);
function formationAsTraining(tokens: readonly Token[], i: number): boolean {
  if (TRAINING_KINDS.has(tokens[i - 1]?.lower ?? '')) return !/^(of|in)$/.test(tokens[i + 1]?.lower ?? '');
  return TRAINING_AFTER.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower !== 'of';
}

// What one receives in trade (French "dès réception de la facture", Italian "dal ricevimento della merce"): English
// speaks of its "receipt". "The reception of the new policy" (how it was received) has another noun.
const RECEIVED = new WordSet(['invoice', 'invoices', 'goods', 'payment', 'payments', 'order', 'orders', 'merchandise', 'notification', 'parcel', 'package', 'delivery', 'deposit', 'documents', 'form', 'application', 'request']);
function receptionAsReceipt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'of' || !/^(the|your|this|our|their|his|her)$/.test(tokens[i + 2]?.lower ?? '')) return false;
  let k = i + 3;
  if (/^(JJ|NN)$/.test(primaryTag(tokens[k])) && RECEIVED.has(tokens[k + 1]?.lower ?? '')) k++;
  return RECEIVED.has(tokens[k]?.lower ?? '');
}

// French "la direction", Spanish "la dirección", Italian "la direzione" on a hotel's or a shop's notice: the management.
const MANAGEMENT_VERBS = new WordSet(['decline', 'reserve', 'thank', 'apologize', 'apologise', 'wish', 'accept', 'assume', 'inform', 'remind', 'invite', 'welcome']);
// Places run by a management, and what a management says in a report.
const INSTITUTIONS = new WordSet(['hospital', 'clinic', 'school', 'university', 'museum', 'theatre', 'theater', 'club', 'prison', 'factory', 'plant', 'hotel', 'airport', 'zoo', 'festival', 'station']);
const SPEAKING_VERBS = new WordSet(['deny', 'announce', 'confirm', 'say', 'decide', 'reject', 'explain', 'state', 'report', 'inform', 'declare', 'refuse', 'assure']);
function directionAsManagement(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'the') return false;
  let k = i + 1;
  if (/^(will|would|does|may)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'not') k++;
  const verb = tokens[k];
  // "declines" is read first as a plural noun: any verb reading counts after "the direction".
  if (verb !== undefined && verb.tags.some((tag) => tag.startsWith('VB')) && MANAGEMENT_VERBS.has(lemma.of(verb))) return true;
  // "The direction of the hospital denied the reports": a body's management speaks; a direction of travel does not.
  if (tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'the' && (ORGANISATIONS.has(tokens[i + 3]?.lower ?? '') || INSTITUTIONS.has(tokens[i + 3]?.lower ?? ''))) {
    const spoken = tokens[i + 4];
    return spoken !== undefined && spoken.tags.some((tag) => tag.startsWith('VB')) && SPEAKING_VERBS.has(lemma.of(spoken));
  }
  // "The direction is not responsible for …".
  return /^(is|will)$/.test(tokens[i + 1]?.lower ?? '') && tokens.slice(i + 2, i + 5).some((t) => t.lower === 'responsible' || t.lower === 'liable');
}

// A contract's "parts" (Italian "le parti", Spanish "las partes", Portuguese "as partes", French "les parties"): the
// parties, who agree and undertake. Parts of a machine or a book do neither.
const PARTY_VERBS = new WordSet(['agree', 'undertake', 'declare', 'acknowledge', 'accept', 'consent', 'renounce', 'waive', 'commit', 'sign', 'elect', 'recognize', 'recognise', 'confirm', 'withdraw', 'terminate', 'rescind']);
function partsAsParties(tokens: readonly Token[], i: number): boolean {
  if (!/^(the|both|two|contracting|either|each|all)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  let k = i + 1;
  if (primaryTag(tokens[k]) === 'MD' || tokens[k]?.lower === 'hereby' || tokens[k]?.lower === 'mutually' || tokens[k]?.lower === 'expressly') k++;
  const verb = tokens[k];
  return verb !== undefined && /^VB[PZ]?$/.test(primaryTag(verb)) && PARTY_VERBS.has(lemma.of(verb));
}

// What one thanks a reader for (French "compréhension", Spanish "comprensión", Italian "comprensione", German
// "Verständnis"): understanding. English comprehension is grasping a text ("test your comprehension").
const THANKING = new WordSet(['thank', 'thanks', 'thanking', 'grateful', 'appreciate', 'apologize', 'apologise', 'sorry', 'count', 'ask', 'patience', 'kind']);
function comprehensionAsUnderstanding(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (before === 'kind' || (before === 'and' && tokens[i - 2]?.lower === 'patience')) return true;
  if (before !== 'your') return false;
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) if (THANKING.hasToken(tokens[k]!) || THANKING.has(lemma.of(tokens[k]!))) return true;
  return false;
}

/** "at your disposition", "at the disposition of the guests" (French "à votre disposition", Spanish "a su
 * disposición", Italian "a disposizione"): English puts things "at your disposal". A disposition is a temper, or a
 * sale of property. */
function dispositionAsDisposal(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (/^(complete|full|entire|total|exclusive)$/.test(tokens[k]?.lower ?? '')) k--;
  if (/^(your|the|our|their|his|her|its|my)$/.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'at';
}

// Japanese "マンション" is a block of flats. An English mansion is one family's house: a few storeys at most, never
// five storeys high, so a higher storey count fits only the Japanese sense ("a room in a mansion" may be English).
const MANY_STOREYS = /^(?:(?:[5-9]|[1-9]\d+)|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)-(?:storey|story|stories|storeys|floor)$/;
const mansionAsFlats = (tokens: readonly Token[], i: number) => MANY_STOREYS.test(tokens[i - 1]?.lower ?? '');

const FALSE_FRIENDS: readonly FalseFriend[] = [
  { forms: new Map([['collaborators', 'employees'], ['collaborator', 'employee']]), source: 'German "Mitarbeiter", French "collaborateur", Russian "сотрудник": a member of staff', inContext: objectOfEmploying },
  { forms: new Map([['mansion', 'apartment block'], ['mansions', 'apartment blocks']]), source: 'Japanese "マンション": a block of flats', inContext: mansionAsFlats },
  { forms: new Map([['handy', 'mobile phone'], ['handys', 'mobile phones'], ['handies', 'mobile phones']]), source: 'German "Handy": a mobile phone', inContext: usedAsNoun },
  { forms: new Map([['personal', 'staff']]), source: 'German "Personal", Russian "персонал": the staff', inContext: personalAsStaff },
  { forms: new Map([['concurrence', 'competition']]), source: 'German "Konkurrenz", French "concurrence", Russian "конкуренция": competition', inContext: concurrenceAsRivalry },
  { forms: new Map([['milliard', 'billion'], ['milliards', 'billions']]), source: 'German "Milliarde", French "milliard", Russian "миллиард": a thousand million', inContext: always },
  { forms: new Map([['roman', 'novel'], ['romans', 'novels']]), source: 'German and French "Roman", Russian "роман": a novel', inContext: usedAsNoun },
  { forms: new Map([['oldtimer', 'vintage car'], ['oldtimers', 'vintage cars']]), source: 'German "Oldtimer": a vintage car', inContext: always },
  { forms: new Map([['smoking', 'tuxedo']]), source: 'German and French "Smoking": a dinner jacket', inContext: (tokens, i) => tokens[i - 1]?.lower === 'a' && closesNoun(tokens[i + 1]) },
  // Capitalised even at a sentence start, "Aula" is a hall's name ("the Aula of the University of Oslo").
  { forms: new Map([['aula', 'assembly hall']]), source: 'German "Aula", Italian and Spanish "aula": an assembly hall or lecture hall', inContext: (tokens, i) => tokens[i]!.text === 'aula' },
  { forms: new Map([['fabric', 'factory']]), source: 'German "Fabrik", Russian "фабрика": a factory', inContext: (tokens, i) => fabricAsWorkplace(tokens, i) || fabricAsSubject(tokens, i) },
  { forms: new Map([['complex', 'set']]), source: 'Russian "комплекс (мер, услуг, работ)": a set or range', inContext: complexOfMeasures },
  { forms: new Map([['perspectives', 'prospects']]), source: 'Russian "перспективы", German "Perspektiven": prospects', inContext: perspectivesAsProspects },
  { forms: new Map([['cabinet', 'office']]), source: 'Russian "кабинет": an office or consulting room', inContext: cabinetOfHolder },
  { forms: new Map([['marmalade', 'jam']]), source: 'German "Marmelade", Spanish "mermelada", Russian "мармелад": jam of any fruit', inContext: (tokens, i) => JAM_FRUITS.has(tokens[i - 1]?.lower ?? '') },
  { forms: new Map([['accumulator', 'battery'], ['accumulators', 'batteries']]), source: 'German "Akku", Russian "аккумулятор": a rechargeable battery', inContext: accumulatorOfDevice },
  { forms: new Map([['chef', 'head']]), source: 'German and French "Chef": a boss or head', inContext: chefOfOrganisation },
  { forms: new Map([['benefit', 'profit'], ['benefits', 'profits']]), source: 'Spanish and Italian "beneficio", French "bénéfice": a profit', inContext: benefitAsProfit },
  { forms: new Map([['magazine', 'shop']]), source: 'Russian "магазин": a shop', inContext: magazineAsShop },
  { forms: new Map([['caution', 'deposit']]), source: 'French "caution", Spanish "caución", Italian "cauzione": a deposit', inContext: cautionAsDeposit },
  { forms: new Map([['retard', 'delay'], ['retards', 'delays']]), source: 'French "retard", Italian "ritardo", Spanish "retraso": a delay', inContext: retardAsDelay },
  { forms: new Map([['formation', 'training']]), source: 'French "formation", Spanish "formación", Italian "formazione": training', inContext: formationAsTraining },
  { forms: new Map([['reception', 'receipt']]), source: 'French "réception", Italian "ricevimento", Spanish "recepción": receipt', inContext: receptionAsReceipt },
  { forms: new Map([['direction', 'management']]), source: 'French "direction", Spanish "dirección", Italian "direzione": the management', inContext: directionAsManagement },
  { forms: new Map([['parts', 'parties'], ['part', 'party']]), source: 'Italian "parti", Spanish and Portuguese "partes": the parties to a contract', inContext: partsAsParties },
  { forms: new Map([['syndicate', 'union'], ['syndicates', 'unions']]), source: 'French "syndicat", Spanish "sindicato", Italian "sindacato": a trade union', inContext: syndicateAsUnion },
  { forms: new Map([['comprehension', 'understanding']]), source: 'French "compréhension", Spanish "comprensión", Italian "comprensione": understanding', inContext: comprehensionAsUnderstanding },
  { forms: new Map([['disposition', 'disposal']]), source: 'French "disposition", Spanish "disposición", Italian "disposizione": at one\'s disposal', inContext: dispositionAsDisposal },
];

const BY_FORM = new WordMap<FalseFriend>(FALSE_FRIENDS.flatMap((friend) => [...friend.forms.keys()].map((form) => [form, friend] as const)));

export default defineRule({
  meta: {
    id: 'false-friend-noun',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.8,
    description: 'A noun that looks like the source\'s and means something else in English: "employs 200 collaborators" (staff), "his handy rang" (mobile phone), "3 milliards" (billion).',
    sourceHint: 'German "Mitarbeiter", "Handy", "Milliarde", "Roman"; French "collaborateur", "concurrence"; Russian "сотрудник", "магазин".',
    fixable: true,
  },
  needs: [new Set(BY_FORM.keys())],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const friend = BY_FORM.getToken(token);
      // A capital inside the sentence is a name's ("the Aula of the university", "Roman roads").
      if (friend === undefined || (i > 0 && token.text !== token.lower) || !friend.inContext(tokens, i)) continue;
      const english = friend.forms.get(token.lower)!;
      reports.push({
        start: token.start,
        end: token.end,
        message: `"${token.text}" is a false friend of the source (${friend.source}); English says "${english}".`,
        suggestions: [{ start: token.start, end: token.end, replacement: withCaseOf(token.text, english) }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The bakery employs 40 collaborators.', output: 'The bakery employs 40 employees.' },
      { text: 'The firm will lay off about 300 collaborators.', output: 'The firm will lay off about 300 employees.' },
      { text: 'She left her handy on the train.', output: 'She left her mobile phone on the train.' },
      { text: 'Our office is on the ninth floor of a 14-storey mansion in Osaka.', output: 'Our office is on the ninth floor of a 14-storey apartment block in Osaka.' },
      { text: 'The personal of the clinic went on strike.', output: 'The staff of the clinic went on strike.' },
      { text: 'Local farmers suffer from cheap concurrence from abroad.', output: 'Local farmers suffer from cheap competition from abroad.' },
      { text: 'The bridge cost 2 milliard euros.', output: 'The bridge cost 2 billion euros.' },
      { text: 'His last roman was translated into twelve languages.', output: 'His last novel was translated into twelve languages.' },
      { text: 'Hundreds of oldtimers drove through the town.', output: 'Hundreds of vintage cars drove through the town.' },
      { text: 'The groom wore a smoking.', output: 'The groom wore a tuxedo.' },
      { text: 'The ceremony took place in the aula of the school.', output: 'The ceremony took place in the assembly hall of the school.' },
      { text: 'The workers of the fabric demand higher wages.', output: 'The workers of the factory demand higher wages.' },
      { text: 'She spread strawberry marmalade on her toast.', output: 'She spread strawberry jam on her toast.' },
      { text: 'The accumulator of the phone lasts two days.', output: 'The battery of the phone lasts two days.' },
      { text: 'The chef of the company resigned on Friday.', output: 'The head of the company resigned on Friday.' },
      { text: 'He went to the magazine to buy bread.', output: 'He went to the shop to buy bread.' },
      { text: 'The bank reported a net benefit of 3 million euros.', output: 'The bank reported a net profit of 3 million euros.' },
      { text: 'A caution of 200 euros is requested on arrival.', output: 'A deposit of 200 euros is requested on arrival.' },
      { text: 'In case of retard in the payment, interest is charged.', output: 'In case of delay in the payment, interest is charged.' },
      { text: 'The company offers continuous formation to its staff.', output: 'The company offers continuous training to its staff.' },
      { text: 'Payment is due within 30 days from the reception of the invoice.', output: 'Payment is due within 30 days from the receipt of the invoice.' },
      { text: 'The direction declines every responsibility for lost objects.', output: 'The management declines every responsibility for lost objects.' },
      { text: 'The direction of the museum announced a new exhibition.', output: 'The management of the museum announced a new exhibition.' },
      { text: 'The syndicates called a strike for Thursday.', output: 'The unions called a strike for Thursday.' },
      { text: 'Both parts agree that Italian law applies.', output: 'Both parties agree that Italian law applies.' },
      { text: 'We thank you for your comprehension.', output: 'We thank you for your understanding.' },
      { text: 'We remain at your complete disposition.', output: 'We remain at your complete disposal.' },
      { text: 'The fabric near the station employs 600 people.', output: 'The factory near the station employs 600 people.' },
      { text: 'The government adopted a complex of measures against the drought.', output: 'The government adopted a set of measures against the drought.' },
      { text: 'Young engineers see good perspectives in the region.', output: 'Young engineers see good prospects in the region.' },
      { text: 'The parents were called to the cabinet of the director.', output: 'The parents were called to the office of the director.' },
      { text: "She waited outside the doctor's cabinet.", output: "She waited outside the doctor's office." },
    ],
    valid: [
      'The family lived in a three-storey mansion on the hill.',
      'He rented a room in a mansion by the lake.',
      'Picasso worked with many collaborators.',
      'The study had collaborators in six countries.',
      'A torch is handy in a power cut.',
      'Keep a handy list of numbers by the phone.',
      'The personal is political.',
      'The treaty requires the concurrence of the Senate.',
      'The text is set in roman, the titles in italics.',
      'The fabric tears easily.',
      'She makes orange marmalade every winter.',
      'The chef of the restaurant trained in Lyon.',
      'He sold the story to a magazine.',
      'He wore a smoking jacket.',
      'Old-timers remember the flood of 1953.',
      'The Aula of the university seats 900.',
      'Roman roads crossed the valley.',
      'The scheme pays a benefit of £50 a week.',
      'Proceed with caution on the mountain road.',
      'The drug may retard the growth of the tumour.',
      'The rock formation is millions of years old.',
      'The reception of the new policy was mixed.',
      'The shift in direction came after a poor season.',
      'The direction of the wind changed at noon.',
      'A crime syndicate ran the docks during the strike.',
      'A syndicate of banks lent the money.',
      'The parts are shipped in separate boxes.',
      'Both parts of the report were published in May.',
      'Test your comprehension with the questions below.',
      'She has a sunny disposition.',
      'The fabric is woven in Scotland.',
      'The fabric of society is changing.',
      'The complex of buildings was sold in 1998.',
      'It is the result of a complex of forces.',
      'The book offers new perspectives on the war.',
      'The cabinet of the president met on Monday.',
      "The prime minister's cabinet resigned.",
      'The medicine cabinet of the doctor was locked.',
    ],
  },
});
