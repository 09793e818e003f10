import { defineRule, type Report } from '@mtlint/engine';
import {
  argumentPhraseEnd, conjugateVerb, isModal, isNumeral, nounPhraseEnd, isTimePhrase, isWordToken, lemma, nounSenses, nounSingular, primaryTag,
  type Token, type VerbForm, withCaseOf, WordMap, WordSet,
} from '@mtlint/text';
import { formOf } from '../../sentence-needs.js';

// Verbs whose English look-alikes mean something else with the same object: Russian "арестовать имущество" is to
// seize property (English arrests people, or a decline), "ликвидировать пожар" is to put out a fire (English
// liquidates a company or a debt); French "réaliser une enquête" and Spanish "realizar una operación" carry out
// (English realizes a dream or a profit), "assister à la cérémonie" attends, "la loi prévoit des amendes" provides for
// fines (English foresees what will happen), "perturber le trafic" disrupts.

interface FalseFriend {
  /** The verb as MT renders it. */
  base: string;
  /**
   * Whether the noun at `n`, the verb's object or passive subject, makes the verb at `v` the false friend; `tokens`
   * for what stands around them ("assisted at the ceremony", "realized the survey was wrong").
   */
  fits: (noun: Token, tokens: readonly Token[], v: number, n: number) => boolean;
  /** The English verb, its first word conjugated like the verb it replaces ("put out" → "puts out"). */
  english: string;
  /** Prepositions right after the verb that the English verb does without: "assisted at" → "attended". */
  swallows?: ReadonlySet<string>;
  source: string;
}

// What one seizes: WordNet's possessions (property, assets, accounts, funds), not people. The plural is asked first:
// "assets" is a possession where "asset" is only a quality.
const seized = (noun: Token) => {
  const senses = nounSenses.of(noun);
  const own = senses.length > 0 ? senses : nounSenses(nounSingular.of(noun));
  return own.includes('noun.possession') && !own.includes('noun.person');
};
// Places one arrives at: "achieved the summit", "achieved the city" (Russian "достичь", German "erreichen" say both
// reach and achieve). English achieves goals, results and status; a height "of" something is often a figure of speech
// ("achieved the summit of his ambitions"), so those go unread before "of".
const PLACES_REACHED = new WordSet([
  'summit', 'summits', 'peak', 'top', 'city', 'town', 'village', 'capital', 'coast', 'shore', 'border', 'frontier', 'port',
  'harbour', 'harbor', 'island', 'station', 'airport', 'camp', 'destination', 'finish', 'coastline', 'mainland', 'outskirts',
  'riverbank', 'bank', 'pole', 'stadium', 'hospital', 'scene', 'square', 'village', 'mountain', 'valley',
]);
const HEIGHTS = new WordSet(['summit', 'summits', 'peak', 'top']);
const reachedPlace = (noun: Token, tokens: readonly Token[], v: number, n: number) => {
  // The object's head, with the determiners and adjectives before it: "achieved the finish line" (line after finish).
  let head = v + 1;
  while (head < tokens.length && /^(DT|PRP\$|JJ|CD)$/.test(primaryTag(tokens[head]))) head++;
  if (n !== head || !PLACES_REACHED.hasToken(noun) || head === v + 1) return false;
  const next = tokens[n + 1]?.lower;
  if (HEIGHTS.hasToken(noun) && next === 'of') return false;
  // "achieved the top score", "the city record": a noun after the place names the achievement.
  return !(next !== undefined && /^NNS?$/.test(primaryTag(tokens[n + 1])) && !(noun.lower === 'finish' && /^line|post$/.test(next)));
};
const SCORED = new WordSet(['goal', 'goals', 'try', 'tries', 'touchdown', 'touchdowns', 'equaliser', 'equalizer', 'hat-trick', 'penalty', 'penalties']);
const FIRES = new WordSet(['fire', 'fires', 'blaze', 'blazes', 'flames', 'wildfire', 'wildfires', 'fire-fighting']);

// Work one carries out: "realized an inspection" (réaliser, realizar). A verb after the noun makes it the subject of
// what was realized: "realized the survey was wrong".
const OPERATIONS = new WordSet([
  'operation', 'operations', 'study', 'studies', 'survey', 'surveys', 'investigation', 'investigations', 'inspection',
  'inspections', 'raid', 'raids', 'search', 'searches', 'audit', 'audits', 'poll', 'polls', 'census', 'interview',
  'interviews', 'analysis', 'analyses', 'test', 'tests', 'check', 'checks', 'checkup', 'evaluation', 'evaluations',
  'exercise', 'exercises', 'inquiry', 'enquiry', 'experiment', 'experiments', 'visit', 'visits', 'tour', 'tours',
  // French "contrôles", Spanish "controles": checks (police, customs, quality).
  'controls',
  // Russian "реализовать проект/программу/реформу", German "ein Projekt realisieren": carry out, implement. (English
  // realizes a plan, a dream, a profit or an investment, which are not listed.)
  'project', 'projects', 'programme', 'programmes', 'program', 'programs', 'reform', 'reforms',
  // French "réaliser des travaux", Spanish "realizar obras", Italian "realizzare lavori": building or road works.
  'works', 'repairs', 'renovation', 'renovations',
]);
const carriedOut = (noun: Token, tokens: readonly Token[], _v: number, n: number, works: WordSet = OPERATIONS) => {
  const next = tokens[n + 1];
  return works.hasToken(noun) && !(isWordToken(next) && /^(VBD|VBZ|VBP|MD)$/.test(primaryTag(next)));
};
// Events one attends: "assisted at the ceremony" (assister à, asistir a), "assisted to the ceremony" (Italian assistere
// a). "assisted at the birth" (helped) and "assisted to build" are English.
const EVENTS = new WordSet([
  'ceremony', 'meeting', 'conference', 'concert', 'match', 'game', 'show', 'performance', 'inauguration', 'session',
  'premiere', 'festival', 'summit', 'parade', 'celebration', 'celebrations', 'presentation', 'screening', 'congress',
  'final', 'opening', 'launch', 'race', 'exhibition', 'debate',
]);
const ATTENDED_AT = new Set(['at', 'to']);
// After "to", which English "assist" never takes before an event, any event or act counts ("assisted to the funeral");
// after "at" only the listed gatherings do, since one assists at a birth or an operation.
const attended = (noun: Token, tokens: readonly Token[], v: number) => {
  const preposition = tokens[v + 1]?.lower;
  if (preposition === 'at') return EVENTS.hasToken(noun);
  return preposition === 'to' && (EVENTS.hasToken(noun) || nounSenses.of(noun).some((s) => s === 'noun.event' || s === 'noun.act'));
};
// What a law provides for: "the law foresees fines" (prévoir, prever, prevedere).
const PROVISIONS = new WordSet(['fines', 'fine', 'penalties', 'penalty', 'sanctions', 'prison', 'imprisonment', 'sentences', 'compensation', 'punishment', 'punishments', 'exemptions', 'subsidies']);
// What is disrupted: "perturbed the traffic" (perturber, perturbar).
const SERVICES = new WordSet(['traffic', 'service', 'services', 'flights', 'transport', 'supply', 'supplies', 'operations', 'timetable', 'deliveries']);

// What is checked, not steered: "controlled the passports" (German kontrollieren, French contrôler, Russian
// контролировать). English controls a crowd, a price or a company.
const PAPERS = new WordSet([
  'passport', 'passports', 'document', 'documents', 'ticket', 'tickets', 'papers', 'luggage', 'baggage', 'permit', 'permits',
  'licence', 'licences', 'license', 'licenses', 'identity', 'visa', 'visas', 'receipts', 'invoices',
]);

// What a court grants (удовлетворить иск/жалобу, задовольнити позов, uwzględnić apelację): English satisfies a need, a
// demand, a request or a creditor's claim (pays it), never an appeal or a petition.
const COURT_REQUESTS = new WordSet(['appeal', 'appeals', 'lawsuit', 'lawsuits', 'petition', 'petitions', 'motion', 'motions', 'complaint', 'complaints', 'suit', 'cassation']);

// Harm one causes: "the accident provoked the death of two people" (provocar, provoquer, provocare). English provokes a
// reaction (anger, a crisis, a war), not a death or damage.
const HARMS = new WordSet([
  'death', 'deaths', 'injuries', 'injury', 'damage', 'damages', 'flooding', 'floods', 'explosion', 'collapse',
  'derailment', 'outage', 'outages', 'blackout', 'casualties', 'losses', 'fire', 'fires', 'jam', 'jams', 'accident',
  'accidents',
]);
// What a project or a measure means in money or change: "the project supposes an investment of 30 million" (suponer,
// supposer, supporre). English supposes a fact, with "that" or an infinitive.
const OUTLAYS = new WordSet([
  'investment', 'investments', 'cost', 'costs', 'expense', 'expenditure', 'saving', 'savings', 'increase', 'reduction',
  'loss', 'outlay', 'rise', 'cut', 'cuts', 'change', 'risk', 'burden',
]);
const supposedOutlay = (noun: Token, tokens: readonly Token[], v: number, n: number) =>
  OUTLAYS.hasToken(noun) && tokens[v]!.lower !== 'suppose' && n > v && /^(a|an|the|one)$/.test(tokens[v + 1]?.lower ?? '');

// Meetings and contests one holds or plays: "The match will be celebrated on Sunday" (Spanish "celebrar", Italian
// "celebrare": hold). English celebrates a wedding, a mass, a victory or an anniversary; only the passive is read, as
// fans "celebrated the final whistle".
const HELD = new WordSet([
  'match', 'matches', 'game', 'games', 'election', 'elections', 'meeting', 'meetings', 'summit', 'session', 'sessions',
  'congress', 'vote', 'referendum', 'conference', 'talks', 'trial', 'hearing', 'tournament', 'race', 'debate', 'assembly',
  'primaries', 'derby', 'semifinal', 'semifinals', 'negotiations', 'plenary', 'auction', 'draw',
]);

// Events one attends: "The concert was visited by 2,000 people" (Russian "мероприятие посетили"). English visits a
// place, a person or an exhibition; only the passive with an event as its subject is read.
const ATTENDED_EVENTS = new WordSet([
  'event', 'events', 'concert', 'concerts', 'match', 'ceremony', 'conference', 'meeting', 'rally', 'festival',
  'performance', 'lecture', 'funeral', 'parade', 'premiere', 'forum', 'seminar', 'celebration', 'celebrations',
]);
// "A criminal case was initiated" (Russian "возбуждено уголовное дело"): English opens a case.
const initiatedCase = (noun: Token, tokens: readonly Token[], _v: number, n: number) =>
  (noun.lower === 'case' || noun.lower === 'cases') && tokens[n - 1]?.lower === 'criminal';

// Software and service text (UI strings, help pages) from German "aktualisieren", French "actualiser", Spanish
// "actualizar": English "actualize" makes a potential real; software, a page or a list is updated.
const UPDATED = new WordSet([
  'application', 'applications', 'app', 'apps', 'page', 'pages', 'list', 'lists', 'software', 'version', 'browser',
  'firmware', 'system', 'profile', 'database', 'catalogue', 'catalog', 'driver', 'drivers', 'program', 'programme',
  'website', 'site', 'feed', 'prices', 'timetable', 'map', 'maps', 'antivirus', 'plugin', 'plugins', 'data',
]);
// French and Italian "accéder", "accedere", Spanish "acceder a": to get into an account or a place. English accedes to
// a request, a throne or a treaty.
const ACCESSED = new WordSet([
  'account', 'accounts', 'area', 'section', 'site', 'website', 'page', 'platform', 'portal', 'service', 'services',
  'content', 'profile', 'menu', 'app', 'application', 'dashboard', 'settings', 'building', 'premises', 'files', 'folder',
  'inbox', 'mailbox', 'database', 'archive', 'course', 'room', 'rooms', 'spa', 'pool', 'beach', 'garden', 'gym',
  'terrace', 'museum', 'park', 'parking',
]);
// Italian "inserire", Spanish "insertar", Portuguese "inserir" (la password, el código): text one types is "entered";
// English inserts a card, a plug or a table.
const TYPED = new WordSet(['password', 'passwords', 'pin', 'username', 'e-mail', 'email', 'credentials', 'login', 'address', 'nickname', 'iban']);
const CODE_KINDS = new WordSet(['verification', 'access', 'security', 'activation', 'confirmation', 'promo', 'discount', 'coupon', 'voucher', 'authentication', 'unlock', 'pin', 'sms']);
const NUMBER_KINDS = new WordSet(['phone', 'telephone', 'mobile', 'card', 'order', 'customer', 'account', 'tracking', 'booking', 'reservation', 'serial', 'vat', 'tax']);
const typedIn = (noun: Token, tokens: readonly Token[], _v: number, n: number) => {
  const before = tokens[n - 1]?.lower ?? '';
  if (noun.lower === 'code' || noun.lower === 'codes') return CODE_KINDS.has(before);
  if (noun.lower === 'number' || noun.lower === 'numbers') return NUMBER_KINDS.has(before);
  return TYPED.hasToken(noun);
};
// French "visualiser", Spanish "visualizar", Italian "visualizzare" (a document on screen): English views or opens it;
// it visualizes data (a chart) or a scene in the mind, which are not listed.
const VIEWED = new WordSet([
  'invoice', 'invoices', 'document', 'documents', 'file', 'files', 'order', 'orders', 'message', 'messages', 'attachment',
  'attachments', 'pdf', 'details', 'profile', 'receipt', 'receipts', 'statement', 'statements', 'ticket', 'tickets',
  'booking', 'bookings', 'photo', 'photos', 'cart', 'basket', 'page', 'pages', 'email', 'e-mail', 'emails',
]);
// Italian "eliminare", Spanish "eliminar", Portuguese "eliminar" (un file, una cuenta): English deletes or removes an
// item one has; it eliminates a risk, a rival or a duplicate.
const DELETED = new WordSet([
  'file', 'files', 'folder', 'folders', 'account', 'accounts', 'contact', 'contacts', 'photo', 'photos', 'message',
  'messages', 'email', 'e-mail', 'emails', 'comment', 'comments', 'profile', 'bookmark', 'bookmarks', 'playlist',
  'attachment', 'attachments', 'cookies', 'history', 'address', 'card', 'post', 'posts',
]);
// French "mémoriser", Italian "memorizzare" (i dati, le impostazioni): software saves; people memorize a poem or a
// password (learned by heart), which are not listed.
const SAVED = new WordSet(['settings', 'changes', 'modifications', 'preferences', 'configuration', 'data', 'document', 'file', 'favourites', 'favorites', 'filters']);
// French "proposer", Italian "proporre" (des plats, una cucina): a restaurant or a hotel offers or serves them; English
// proposes a plan or a toast.
const SERVED = new WordSet(['dishes', 'specialities', 'specialties', 'cuisine', 'menu', 'menus', 'wines', 'cocktails', 'rooms', 'apartments', 'excursions', 'breakfast', 'buffet', 'tastings']);
// German "kontrollieren" in help text: one checks a path, a folder, a cable.
const CHECKED_IN_HELP = new WordSet(['path', 'folder', 'inbox', 'spelling', 'cable', 'cables', 'plug']);
// French "surveiller", Italian "sorvegliare" (les enfants): English supervises children; it surveils suspects.
const SUPERVISED = new WordSet(['children', 'child', 'kids', 'pupils', 'toddlers', 'infants', 'babies', 'baby', 'minors', 'patients', 'students']);
// German "vorsehen", Italian "prevedere", French "prévoir" of a tour or a programme: it includes a stop or a visit.
const PLANNED_STOPS = new WordSet([
  'stop', 'stops', 'visit', 'visits', 'stopover', 'break', 'tasting', 'excursion', 'excursions', 'transfer', 'transfers',
  'dinner', 'lunch', 'conference', 'workshop', 'workshops', 'overnight',
]);

// German "Blut spenden" (donate blood): "spent blood for the victims". English spends money, time or effort.
const DONATED = new WordSet(['blood', 'plasma', 'organs', 'bone', 'marrow', 'kidney']);
// Russian "доставлен в больницу": English delivers goods and letters, and news says a patient or a suspect was "taken"
// to hospital or to a police station. Only before those places, as "delivered to his parents" (handed over) is English.
const CARE_PLACES = new WordSet(['hospital', 'clinic', 'police', 'station', 'emergency', 'intensive', 'ward', 'morgue']);
const deliveredPerson = (noun: Token, tokens: readonly Token[], v: number, n: number) => {
  if (n > v || tokens[v + 1]?.lower !== 'to') return false;
  const place = tokens[v + 2]?.lower === 'the' || tokens[v + 2]?.lower === 'a' ? tokens[v + 3] : tokens[v + 2];
  return CARE_PLACES.has(place?.lower ?? '') && nounSenses(nounSingular.of(noun)).includes('noun.person');
};

// Russian "прооперирован" (operated on): a patient "was operated" with no "on"; English operates a machine or a
// business ("Cars were operated in 1959", "All samplers were operated for two hours", Brown), so only a person as the
// passive's subject, and not a word that also names a device ("sampler", "driver").
const operatedPerson = (noun: Token, tokens: readonly Token[], v: number, n: number) => {
  if (n > v || /^(on|upon|by)$/.test(tokens[v + 1]?.lower ?? '')) return false;
  const senses = nounSenses(nounSingular.of(noun));
  return senses.includes('noun.person') && !senses.includes('noun.artifact');
};
// Russian "рассчитан на 240 детей": a building or a vehicle "designed for" (or "has room for") a number of people or
// things. Brown's "calculated for" is a sum worked out for a case, never before a count.
const builtForCount = (_noun: Token, tokens: readonly Token[], v: number, n: number) => {
  const amount = tokens[v + 2];
  return n < v && tokens[v + 1]?.lower === 'for' && isNumeral(amount);
};

// Parts of a road a vehicle strays into: Italian "invadere la corsia opposta", Spanish "invadir el carril contrario".
// English invades a country, a pitch or someone's privacy; a car "veers into" the opposite lane.
const LANES = new WordSet(['lane', 'lanes', 'carriageway', 'roadway', 'pavement', 'sidewalk', 'verge', 'kerb', 'curb', 'footpath', 'hard-shoulder', 'median']);
// What a payment system or an app completes: Italian "il pagamento non è stato realizzato", Spanish "realizar una
// transferencia", German "die Zahlung wurde nicht realisiert", "das Update konnte nicht realisiert werden". English
// realizes a profit, a gain or an asset's value, not listed.
const PAYMENTS = new WordSet([
  'payment', 'payments', 'transaction', 'transactions', 'transfer', 'transfers', 'purchase', 'purchases', 'order', 'orders',
  'booking', 'bookings', 'reservation', 'reservations', 'refund', 'refunds', 'deposit', 'deposits', 'withdrawal', 'withdrawals',
  'update', 'updates', 'installation', 'download', 'upload', 'backup', 'synchronization', 'synchronisation', 'registration',
]);
/**
 * A payment as the verb's object (only determiners and adjectives between) or its passive's subject, not "in order
 * to", and not the subject of a clause after the verb ("realized the order had gone", what carriedOut also reads).
 */
const paymentMade = (noun: Token, tokens: readonly Token[], v: number, n: number) =>
  PAYMENTS.hasToken(noun) && tokens[n - 1]?.lower !== 'in' && (n < v || (tokens.slice(v + 1, n).every((t) => /^(DT|PRP\$|JJ|CD)$/.test(primaryTag(t))) && carriedOut(noun, tokens, v, n, PAYMENTS)));
// What products are made of, as product pages name it. A list, not WordNet's noun.substance, which also holds "air"
// and "system" ("adopt this air", "adopting a system").
const MATERIALS = new WordSet([
  'steel', 'aluminium', 'aluminum', 'plastic', 'plastics', 'leather', 'glass', 'wood', 'oak', 'walnut', 'beech', 'pine', 'teak',
  'maple', 'birch', 'bamboo', 'rattan', 'wicker', 'silicone', 'alloy', 'ceramic', 'ceramics', 'porcelain', 'rubber', 'copper',
  'brass', 'titanium', 'cotton', 'polyester', 'nylon', 'fabric', 'velvet', 'linen', 'suede', 'denim', 'canvas', 'felt', 'wool',
  'silk', 'marble', 'granite', 'concrete', 'abs', 'pvc', 'polycarbonate', 'polypropylene', 'resin', 'carbon', 'fibreglass',
  'fiberglass', 'mdf', 'plywood', 'iron', 'chrome', 'zinc', 'foam', 'latex', 'cardboard', 'paper', 'stone', 'brick', 'timber',
  'metal', 'gold', 'silver', 'bronze',
]);
/** Whether a material stands at `k`, past adjectives: "in solid oak", "in genuine leather", "food-grade plastic". */
function materialAt(tokens: readonly Token[], k: number): boolean {
  while (isWordToken(tokens[k]) && !MATERIALS.hasToken(tokens[k]!) && (/^(JJ|VBN)$/.test(primaryTag(tokens[k])) || tokens[k]!.text.includes('-')) && k < tokens.length - 1) k++;
  return MATERIALS.hasToken(tokens[k] ?? tokens[0]!);
}
// Italian "il divano è realizzato in pelle", Spanish "realizado en madera", French "réalisé en chêne": what a product is
// made of. The noun is the passive's subject; "in" and a material follow the verb.
const madeIn = (_noun: Token, tokens: readonly Token[], v: number) => tokens[v + 1]?.lower === 'in' && materialAt(tokens, v + 2);

const FALSE_FRIENDS: readonly FalseFriend[] = [
  { base: 'invade', fits: (noun, tokens, _v, n) => LANES.hasToken(noun) || (noun.lower === 'shoulder' && tokens[n - 1]?.lower === 'hard'), english: 'veer into', source: 'Italian "invadere (la corsia)", Spanish "invadir (el carril)"' },
  { base: 'realize', fits: paymentMade, english: 'complete', source: 'Italian "realizzare", Spanish "realizar", German "realisieren" (a payment)' },
  { base: 'realize', fits: madeIn, english: 'make of', swallows: new Set(['in']), source: 'Italian "realizzato in", Spanish "realizado en", French "réalisé en" (a material)' },
  // Chinese "采用不锈钢", "采用优质材料" in product pages: a product "adopts" its material. English adopts a policy, a child
  // or a method; of a material it says "is made of" or "uses".
  { base: 'adopt', fits: (_noun, tokens, v, n) => n > v && materialAt(tokens, n) && !/^NNS?$/.test(primaryTag(tokens[n + 1])), english: 'use', source: 'Chinese "采用" (a material)' },
  // Spanish "marcar un gol", French "marquer un but", Italian "segnare", Polish "strzelić" by way of German "markieren":
  // English scores goals. (English marks a player, a line or a date.)
  { base: 'achieve', fits: reachedPlace, english: 'reach', source: 'Russian "достичь (вершины, города)", German "erreichen", Polish "osiągnąć" (of a place)' },
  { base: 'mark', fits: (noun) => SCORED.hasToken(noun), english: 'score', source: 'Spanish "marcar (un gol)", French "marquer (un but)"' },
  // German "über die Ufer treten", Polish "wystąpić z brzegów": a river bursts its banks.
  { base: 'overstep', fits: (noun) => noun.lower === 'banks', english: 'burst', source: 'German "über die Ufer treten", Polish "wystąpić z brzegów"' },
  { base: 'actualize', fits: (noun) => UPDATED.hasToken(noun), english: 'update', source: 'German "aktualisieren", French "actualiser", Spanish "actualizar"' },
  { base: 'accede', fits: (noun, tokens, v) => tokens[v + 1]?.lower === 'to' && ACCESSED.hasToken(noun), english: 'access', swallows: new Set(['to']), source: 'French "accéder à", Spanish "acceder a", Italian "accedere a"' },
  { base: 'insert', fits: typedIn, english: 'enter', source: 'Italian "inserire", Spanish "insertar", Portuguese "inserir"' },
  { base: 'visualize', fits: (noun) => VIEWED.hasToken(noun), english: 'view', source: 'French "visualiser", Spanish "visualizar", Italian "visualizzare"' },
  { base: 'eliminate', fits: (noun) => DELETED.hasToken(noun), english: 'delete', source: 'Italian "eliminare", Spanish and Portuguese "eliminar"' },
  { base: 'memorize', fits: (noun) => SAVED.hasToken(noun), english: 'save', source: 'French "mémoriser", Italian "memorizzare"' },
  { base: 'propose', fits: (noun) => SERVED.hasToken(noun), english: 'offer', source: 'French "proposer", Italian "proporre" (of a restaurant or a hotel)' },
  { base: 'surveil', fits: (noun) => SUPERVISED.hasToken(noun), english: 'supervise', source: 'French "surveiller", Italian "sorvegliare"' },
  { base: 'foresee', fits: (noun) => PLANNED_STOPS.hasToken(noun), english: 'include', source: 'German "vorsehen", Italian "prevedere", French "prévoir" (of a programme)' },
  { base: 'arrest', fits: seized, english: 'seize', source: 'Russian "арестовать (имущество, счета)"' },
  { base: 'liquidate', fits: (noun) => FIRES.hasToken(noun), english: 'put out', source: 'Russian "ликвидировать (пожар)"' },
  { base: 'localize', fits: (noun) => FIRES.hasToken(noun), english: 'contain', source: 'Russian "локализовать (пожар)"' },
  { base: 'spend', fits: (noun) => DONATED.hasToken(noun), english: 'donate', source: 'German "spenden" (Blut spenden)' },
  { base: 'deliver', fits: deliveredPerson, english: 'take', source: 'Russian "доставить (в больницу)"' },
  { base: 'operate', fits: operatedPerson, english: 'operate on', source: 'Russian "прооперировать" (a patient)' },
  { base: 'calculate', fits: builtForCount, english: 'design', source: 'Russian "рассчитан на" (a capacity)' },
  { base: 'realize', fits: carriedOut, english: 'carry out', source: 'French "réaliser", Spanish "realizar"' },
  { base: 'assist', fits: attended, english: 'attend', swallows: ATTENDED_AT, source: 'French "assister à", Spanish "asistir a", Italian "assistere a"' },
  { base: 'foresee', fits: (noun) => PROVISIONS.hasToken(noun), english: 'provide for', source: 'French "prévoir", Spanish "prever"' },
  { base: 'perturb', fits: (noun) => SERVICES.hasToken(noun), english: 'disrupt', source: 'French "perturber", Spanish "perturbar"' },
  { base: 'satisfy', fits: (noun) => COURT_REQUESTS.hasToken(noun), english: 'grant', source: 'Russian "удовлетворить (иск, жалобу)", Ukrainian "задовольнити", Polish "uwzględnić"' },
  { base: 'control', fits: (noun) => PAPERS.hasToken(noun) || CHECKED_IN_HELP.hasToken(noun), english: 'check', source: 'German "kontrollieren", French "contrôler", Russian "контролировать"' },
  { base: 'celebrate', fits: (noun, _tokens, v, n) => n < v && HELD.hasToken(noun), english: 'hold', source: 'Spanish "celebrar", Italian "celebrare" (hold)' },
  { base: 'visit', fits: (noun, _tokens, v, n) => n < v && ATTENDED_EVENTS.hasToken(noun), english: 'attend', source: 'Russian "посетить (мероприятие)"' },
  { base: 'initiate', fits: initiatedCase, english: 'open', source: 'Russian "возбудить (уголовное дело)"' },
  { base: 'provoke', fits: (noun) => HARMS.hasToken(noun), english: 'cause', source: 'Spanish "provocar", French "provoquer", Italian "provocare"' },
  { base: 'suppose', fits: supposedOutlay, english: 'involve', source: 'Spanish "suponer", French "supposer", Italian "supporre"' },
];
// Each -ize verb is read in its British -ise spelling too ("realise", "localise"), with the same senses.
const withBritishSpelling = (f: FalseFriend): FalseFriend[] => (f.base.endsWith('ize') ? [f, { ...f, base: `${f.base.slice(0, -3)}ise` }] : [f]);
// A verb may have more than one false sense, each with its own objects ("foresees fines", "foresees a stop").
const BY_BASE = new Map<string, FalseFriend[]>();
for (const f of FALSE_FRIENDS.flatMap(withBritishSpelling)) BY_BASE.set(f.base, [...(BY_BASE.get(f.base) ?? []), f]);
const isFalseFriendForm = formOf(new Set(BY_BASE.keys()));
// How far the noun may stand from the verb: "arrested the bank accounts of the firm", "the fire … was liquidated".
const REACH = 4;

/** The nouns the verb at `v` acts on, by index: its object after it ("seized the assets"), or before "was/were" its subject. */
function nounsAround(tokens: readonly Token[], v: number): number[] {
  const nouns: number[] = [];
  // "was not realized": the negation stands between "be" and the participle.
  const be = /^(not|never)$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1;
  const passive = /^(was|were|is|are|been|be)$/.test(tokens[be]?.lower ?? '');
  const [from, to] = passive ? [Math.max(0, be - REACH), be] : [v + 1, Math.min(tokens.length, v + 1 + REACH)];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (passive) nouns.length = 0;
      else break;
      continue;
    }
    // A noun, or after a determiner or adjective a word with a noun reading ("the blaze").
    const afterModifier = /^(DT|PRP\$|JJ)$/.test(primaryTag(tokens[k - 1])) && (t.tags.includes('NN') || t.tags.includes('NNS'));
    // Right after an active verb, a plural the lexicon reads first as a verb is its object: "realize works".
    const bareObject = !passive && k === v + 1 && t.tags.includes('NNS');
    if (isWordToken(t) && (/^NNS?$/.test(primaryTag(t)) || afterModifier || bareObject)) nouns.push(k);
  }
  return nouns;
}

// French "augmenter", Spanish "aumentar", Italian "aumentare" also mean "go up"; English "augment" takes an object
// ("augmented the force") and is rare without one. After it, what shows it has none: a time, a change or the end.
const AFTER_INTRANSITIVE = new WordSet([
  'since', 'by', 'in', 'on', 'to', 'from', 'during', 'over', 'this', 'last', 'yesterday', 'today', 'significantly',
  'considerably', 'sharply', 'rapidly', 'steadily', 'again', 'slightly', 'strongly', 'notably', 'markedly', 'greatly',
]);

/**
 * Romance verbs that go without an object, rendered by English look-alikes that need one: French "augmenter", Spanish
 * "aumentar" (go up: "augment" → "increase"), Spanish "iniciar", Italian "iniziare" (begin: "the works will initiate in
 * September"), Spanish "finalizar" (end: "the talks finalized on Friday").
 */
const INCREASE = { english: 'increase', source: 'French "augmenter" or Spanish "aumentar" (go up)' };
const BEGIN = { english: 'begin', source: 'Spanish "iniciar" or Italian "iniziare" (begin)' };
const END = { english: 'end', source: 'Spanish "finalizar" (end)' };
// Each form written out: this is asked at every word of a sentence, where a lemma would be a map look-up.
const WITHOUT_OBJECT = new WordMap<{ english: string; source: string }>([
  ['augment', INCREASE], ['augments', INCREASE], ['augmented', INCREASE], ['augmenting', INCREASE],
  ['initiate', BEGIN], ['initiates', BEGIN], ['initiated', BEGIN], ['initiating', BEGIN],
  ['finalize', END], ['finalizes', END], ['finalized', END], ['finalizing', END],
  ['finalise', END], ['finalises', END], ['finalised', END], ['finalising', END],
]);

/**
 * "The number of victims has augmented since Monday", "The works will initiate in September": the verb with no
 * object, after its subject, "has/have" or a modal, before a time, a change, an adverb or the clause end. English:
 * "has increased", "will begin". A participle after a comma ("the litter remained, augmented by several dozen
 * suppers") or a passive ("was augmented by") has its own subject and is English.
 */
function withoutObject(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const calque = WITHOUT_OBJECT.getToken(verb);
  const before = tokens[v - 1];
  if (calque === undefined || !isWordToken(before)) return undefined;
  const perfect = /^(has|have|had)$/.test(before.lower);
  const modal = primaryTag(before) === 'MD';
  const afterSubject = /^(NN|NNS|NNP|PRP)$/.test(primaryTag(before)) && (verb.lower.endsWith('s') || verb.lower.endsWith('d'));
  if (!perfect && !modal && !afterSubject) return undefined;
  const next = tokens[v + 1];
  if (!(next === undefined || (next.kind === 'punct' && /^[.,;!?]$/.test(next.text)) || AFTER_INTRANSITIVE.hasToken(next) || (primaryTag(next) === 'RB' && next.lower !== 'not'))) return undefined;
  // "the procedures initiated by Freud": a participle with its agent is a passive.
  if (afterSubject && next?.lower === 'by') return undefined;
  const english = modal ? calque.english : conjugateVerb(calque.english, perfect ? 'VBN' : verb.lower.endsWith('s') ? 'VBZ' : 'VBD');
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" with no object renders ${calque.source}; English says "${english}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

// Romance "manifestar(se)", "manifester", "manifestare" say people demonstrate; English things manifest ("symptoms
// manifested in May"), people manifest a quality with an object. Who may be the subject: people, counted or named by role.
const PROTESTERS = new WordSet([
  'people', 'persons', 'thousands', 'hundreds', 'dozens', 'protesters', 'demonstrators', 'workers', 'students',
  'citizens', 'residents', 'farmers', 'teachers', 'doctors', 'nurses', 'pensioners', 'employees', 'unions', 'activists',
  'women', 'men', 'youths', 'opponents', 'supporters', 'fans', 'neighbours', 'neighbors', 'taxi', 'drivers',
]);
const MANIFESTED: WordMap<string> = new WordMap([['manifested', 'demonstrated'], ['manifest', 'demonstrate'], ['manifesting', 'demonstrating']]);

/** "Thousands of people have manifested in front of parliament": "manifest" with no object after a subject of people. */
function manifestForDemonstrate(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = MANIFESTED.getToken(verb);
  if (english === undefined) return undefined;
  const next = tokens[v + 1];
  if (!(next === undefined || next.kind === 'punct' || primaryTag(next) === 'IN')) return undefined;
  let k = v - 1;
  if (/^(have|has|had|were|are|will|to)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!PROTESTERS.has(tokens[k]?.lower ?? '')) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" with people as its subject renders Spanish "manifestarse" or French "manifester"; English says "${english}" or "protest".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

// Spanish "contar con" and Italian "contare su" say what a place or an event has: "The stadium will count with 40,000
// seats", "The festival counted with the presence of 50,000 people". English counts on someone, or counts with its
// fingers or the help of a machine.
const COUNT_WITH: WordMap<string> = new WordMap([['count', 'have'], ['counts', 'has'], ['counted', 'had'], ['counting', 'having']]);
function countWithForHave(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const have = COUNT_WITH.getToken(verb);
  const next = tokens[v + 2];
  if (have === undefined || tokens[v + 1]?.lower !== 'with' || next === undefined) return undefined;
  // "an associated count with a value of 0": the noun, after a determiner or a modifier.
  if (/^(DT|JJ|JJR|JJS|PRP\$|VBN|CD|POS)$/.test(primaryTag(tokens[v - 1]))) return undefined;
  // "The festival counted with the presence of 50,000 people": it was attended by them.
  if (next.lower === 'the' && tokens[v + 3]?.lower === 'presence' && tokens[v + 4]?.lower === 'of') {
    const perfect = /^(has|have|had)$/.test(tokens[v - 1]?.lower ?? '');
    const start = perfect ? tokens[v - 1]!.start : verb.start;
    const english = verb.lower === 'counts' ? 'is attended by' : 'was attended by';
    return {
      start,
      end: tokens[v + 4]!.end,
      message: `"${verb.text} with the presence of" renders Spanish "contar con la presencia de"; English says "${english}".`,
      suggestions: [{ start, end: tokens[v + 4]!.end, replacement: english }],
    };
  }
  // "counted with the help of a machine", "count with your fingers": an instrument, which English counts with.
  if (!(next.kind === 'number' || /^(CD|DT)$/.test(primaryTag(next)) || /^(more|over|about|almost|nearly|some|many|numerous|several|various)$/.test(next.lower))) return undefined;
  if (/^(help|aid|use|assistance)$/.test(tokens[v + 3]?.lower ?? '')) return undefined;
  return {
    start: verb.start,
    end: tokens[v + 1]!.end,
    message: `"${verb.text} with" renders Spanish "contar con" or Italian "contare su" (to have); English says "${have}".`,
    suggestions: [{ start: verb.start, end: tokens[v + 1]!.end, replacement: have }],
  };
}

// Russian "пройти", Polish "odbyć się" and their kin say an event takes place: "The summit will pass in Geneva in May".
// English events pass as time does ("the festival passed without incident"), never in a place, at an hour or on a
// date; bills and motions pass in a chamber, so only gatherings are read.
const GATHERINGS = new WordSet([
  'meeting', 'meetings', 'conference', 'conferences', 'summit', 'summits', 'session', 'sessions', 'congress', 'festival',
  'festivals', 'tournament', 'tournaments', 'championship', 'championships', 'forum', 'exhibition', 'exhibitions',
  'ceremony', 'ceremonies', 'concert', 'concerts', 'talks', 'negotiations', 'elections', 'competition', 'competitions',
  'contest', 'celebration', 'celebrations', 'fair', 'premiere', 'congresses', 'games', 'olympiad', 'rally', 'protest',
  'protests', 'demonstration', 'demonstrations', 'match', 'final', 'debate', 'debates',
]);
const WHERE_OR_WHEN = new Set(['in', 'at', 'on']);
const TAKE_PLACE = new WordMap([['pass', 'take place'], ['passes', 'takes place'], ['passed', 'took place']]);

/** "The summit will pass in Geneva": a gathering that passes in a place or at a time. English: "takes place". */
function passForTakePlace(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = TAKE_PLACE.getToken(verb);
  if (english === undefined || !WHERE_OR_WHEN.has(tokens[v + 1]?.lower ?? '') || tokens[v + 2]?.lower === 'front') return undefined;
  const modal = tokens[v - 1]?.lower === 'will' || tokens[v - 1]?.lower === 'would';
  if (modal !== (verb.lower === 'pass')) return undefined;
  const subject = tokens[modal ? v - 2 : v - 1];
  if (subject === undefined || !GATHERINGS.hasToken(subject)) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${subject.text} ${modal ? `${tokens[v - 1]!.text} ` : ''}${verb.text} ${tokens[v + 1]!.text} …" renders Russian "пройти" (of an event); English says "${english}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

const CELEBRATE_FORMS = new WordSet(['celebrate', 'celebrates', 'celebrated']);

/**
 * "The elections will celebrate in October": a gathering that celebrates, with no object, in a place or at a time
 * (Spanish "se celebrarán", Italian "si celebrerà": are held). English: "will be held". A gathering that celebrates
 * something has its object after the verb and is left alone ("the festival celebrates its 50th year").
 */
function celebrateForHeld(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  if (!CELEBRATE_FORMS.hasToken(verb) || !WHERE_OR_WHEN.has(tokens[v + 1]?.lower ?? '')) return undefined;
  const modal = tokens[v - 1] !== undefined && primaryTag(tokens[v - 1]) === 'MD';
  if (modal && verb.lower !== 'celebrate') return undefined;
  const subject = tokens[modal ? v - 2 : v - 1];
  if (subject === undefined || !GATHERINGS.hasToken(subject)) return undefined;
  const plural = subject.lower.endsWith('s');
  const english = modal ? 'be held' : verb.lower === 'celebrates' ? 'is held' : verb.lower === 'celebrate' ? 'are held' : plural ? 'were held' : 'was held';
  return {
    start: verb.start,
    end: verb.end,
    message: `"${subject.text} ${modal ? `${tokens[v - 1]!.text} ` : ''}${verb.text} ${tokens[v + 1]!.text} …" renders Spanish "celebrarse", Italian "celebrarsi" (of an event); English says "${english}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

// French "compter", Spanish "contar con", Italian "contare": a town or a body "counts 300 members" has them. English
// counts what it enumerates ("the census counts the people"), so only a place, body or gathering counting a number of
// people is read.
const HOLDERS = ['noun.group', 'noun.location'];
const ABOUT = new WordSet(['only', 'more', 'than', 'over', 'about', 'nearly', 'almost', 'some', 'around', 'roughly', 'approximately', 'at', 'least', 'up', 'to', 'just', 'under']);
const isHolder = (t: Token) => GATHERINGS.hasToken(t) || t.tags[0] === 'NNP' || nounSenses(nounSingular.of(t)).some((s) => HOLDERS.includes(s));

/** "The festival counts more than 200 artists": a place, body or gathering with a number of people. English: "has". */
function countsForHas(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  if (verb.lower !== 'counts' && verb.lower !== 'count') return undefined;
  const subject = tokens[v - 1];
  if (!isWordToken(subject) || !/^NNP?S?$/.test(primaryTag(subject)) || !isHolder(subject)) return undefined;
  let k = v + 1;
  // A time before the number: "counts every year more than 30,000 visitors".
  if (isTimePhrase(tokens, k)) k = argumentPhraseEnd(tokens, k);
  while (k < tokens.length && ABOUT.hasToken(tokens[k]!)) k++;
  if (tokens[k]?.kind !== 'number') return undefined;
  const people = tokens[k + 1];
  if (!isWordToken(people) || primaryTag(people) !== 'NNS' || !nounSenses(nounSingular.of(people)).includes('noun.person')) return undefined;
  const english = verb.lower === 'counts' ? 'has' : 'have';
  return {
    start: verb.start,
    end: verb.end,
    message: `"${subject.text} ${verb.text} … ${people.text}" renders French "compter" or Spanish "contar con" (to have); English says "${english}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

// Russian "составить", Ukrainian "становити", Polish "wynieść" give a figure's value: "growth made up 2.4%". English
// "make up" is a part's share of a whole ("made up 40% of the workforce"), so only a figure with no "of" after it, of a
// subject that is a rate or a sum, not of the parts of something.
const MADE_UP: WordMap<readonly [string, string]> = new WordMap([['made', ['was', 'were']], ['makes', ['is', 'are']], ['make', ['is', 'are']]]);
const FIGURES = new WordSet([
  'growth', 'inflation', 'rate', 'rates', 'unemployment', 'deficit', 'surplus', 'increase', 'decrease', 'decline', 'drop', 'fall',
  'rise', 'turnover', 'revenue', 'profit', 'output', 'volume', 'loss', 'debt', 'spending', 'budget', 'temperature', 'price',
  'sales', 'exports', 'imports', 'investment', 'production', 'consumption',
  'cost', 'salary', 'wage', 'pension', 'fee', 'sum', 'amount', 'total', 'figure', 'gdp', 'damage', 'damages', 'income', 'yield',
]);

/** "GDP growth made up 2.4% last year" → "was 2.4%": a figure's subject right before "made up" and a bare amount after it. */
function madeUpFigure(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = MADE_UP.getToken(verb);
  const subject = tokens[v - 1];
  if (english === undefined || tokens[v + 1]?.lower !== 'up' || subject === undefined || !(FIGURES.hasToken(subject) || FIGURES.has(nounSingular.of(subject)))) return undefined;
  let k = v + 2;
  while (k < tokens.length && ABOUT.hasToken(tokens[k]!) && tokens[k]!.lower !== 'at') k++;
  if (/^[$€£¥₽]$/.test(tokens[k]?.text ?? '')) k++;
  const end = isNumeral(tokens[k]) ? k + 1 + (LEVEL_UNITS.hasToken(tokens[k + 1] ?? verb) ? 1 : 0) : -1;
  if (end < 0 || tokens[end]?.lower === 'of' || (tokens[end]?.lower === 'percent' && tokens[end + 1]?.lower === 'of')) return undefined;
  const be = english[/^NNP?S$/.test(primaryTag(subject)) && subject.lower !== 'gdp' ? 1 : 0];
  return {
    start: verb.start,
    end: tokens[v + 1]!.end,
    message: `"${verb.text} up" before a figure renders Russian "составить"; English says "${be}" (or "stood at").`,
    suggestions: [{ start: verb.start, end: tokens[v + 1]!.end, replacement: be }],
  };
}

// Spanish "¿Qué haces aquí?", Italian "Che fai qui?", French "Qu'est-ce que tu fais ici?", Polish "Co tu robisz?": one verb
// for make and do, rendered "make" in a question about what someone is up to. English makes a thing ("What are you
// making for dinner?"); with "here" or "there" and nothing made, it asks what someone is doing.
const MAKE_DO: WordMap<string> = new WordMap([['making', 'doing'], ['make', 'do']]);
const QUESTION_AUXILIARIES = new WordSet(['are', 'is', 'am', 'were', 'was', 'do', 'does', 'did']);
const QUESTION_SUBJECTS = new WordSet(['you', 'he', 'she', 'they', 'we', 'i']);

/** "What are you making here?" → "doing"; "What do you make there?" → "do". */
function makeForDo(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = MAKE_DO.getToken(verb);
  if (english === undefined || tokens[v - 3]?.lower !== 'what' || !QUESTION_AUXILIARIES.hasToken(tokens[v - 2] ?? verb) || !QUESTION_SUBJECTS.hasToken(tokens[v - 1] ?? verb)) return undefined;
  // The progressive with "making", the simple form with "make": "What is he make here" is another slip.
  if ((english === 'doing') !== /^(are|is|am|were|was)$/.test(tokens[v - 2]!.lower)) return undefined;
  const place = tokens[v + 1];
  // The question may go on with a time ("at this hour", "now"), not with what is made ("here, a cake?" has a comma).
  const after = tokens[v + 2];
  if (place === undefined || !/^(here|there)$/.test(place.lower) || !(after === undefined || after.kind === 'punct' || after.lower === 'at' || after.lower === 'now')) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"What … ${verb.text} ${place.text}" renders Spanish "hacer", Italian "fare" or French "faire" (make or do); English asks "What … ${english} ${place.text}?".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

// German "liegen bei" gives a figure's level: "the rate lies at 6 percent". English: "is" or "stands at". Only a share or
// a sum: a place "lies at 1,200 metres" (above the sea) in English.
const LIE_FORMS: WordMap<string> = new WordMap([['lie', 'are'], ['lies', 'is'], ['lay', 'was'], ['lying', 'standing at']]);
const LEVEL_UNITS = new WordSet(['%', 'percent', 'per', 'million', 'billion', 'trillion', 'euros', 'euro', 'dollars', 'dollar', 'pounds', 'francs', 'points', 'cents']);

const SIGNS = new WordSet(['minus', 'plus']);
const DEGREES = new WordSet(['degrees', 'degree', '°', '°c']);
const TEMPERATURES = new WordSet(['temperature', 'temperatures', 'thermometer', 'thermometers', 'mercury']);

/** "Unemployment lies at 6 percent": "liegt bei". English: "is 6 percent" or "stands at 6 percent". */
function lieAtLevel(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = LIE_FORMS.getToken(verb);
  if (english === undefined || tokens[v + 1]?.lower !== 'at') return undefined;
  let k = v + 2;
  while (k < tokens.length && ABOUT.hasToken(tokens[k]!) && tokens[k]!.lower !== 'at') k++;
  const currency = tokens[k]?.kind === 'symbol' || /^[$€£¥]$/.test(tokens[k]?.text ?? '');
  if (currency) k++;
  // A temperature's sign: "lies at minus twelve degrees".
  const signed = SIGNS.has(tokens[k]?.lower ?? '');
  if (signed) k++;
  const number = tokens[k];
  if (!isNumeral(number)) return undefined;
  const unit = tokens[k + 1];
  // Degrees of a temperature, not of latitude or slope ("lies at 45 degrees north"): only after a word for it.
  const temperature = DEGREES.has(unit?.lower ?? '') && tokens.slice(0, v).some((t) => TEMPERATURES.hasToken(t));
  if (!currency && !temperature && (signed || number!.kind !== 'number' || (!number!.text.endsWith('%') && !LEVEL_UNITS.has(unit?.lower ?? '')))) return undefined;
  return {
    start: verb.start,
    end: tokens[v + 1]!.end,
    message: `"${verb.text} at" before a figure renders German "liegen bei"; English says "${english}" (or "stand at").`,
    suggestions: [{ start: verb.start, end: tokens[v + 1]!.end, replacement: english === 'standing at' ? english : english }],
  };
}

// German "ausfallen" (of an event: not take place), rendered "fall out". English: "is cancelled".
const FALL_OUT = new WordMap([['falls', 'is cancelled'], ['fall', 'are cancelled'], ['fell', 'was cancelled'], ['fallen', 'been cancelled'], ['falling', 'being cancelled']]);
const CANCELLED_THINGS = new WordSet([
  ...GATHERINGS, 'lesson', 'lessons', 'class', 'classes', 'flight', 'flights', 'train', 'trains', 'performance', 'performances',
  'show', 'shows', 'game', 'event', 'events', 'lecture', 'lectures', 'service', 'services', 'trip', 'visit', 'race', 'training',
]);

// Of a player or a worker who is hurt or ill, "ausfallen" is "be out": "The striker injured his knee and falls out for six
// weeks". English people "fall out" with each other, for years too, so only a sentence about an injury or an illness
// with a length after "for" is read.
const OUT_FORMS = new WordMap([['falls', 'is out'], ['fall', 'are out'], ['fell', 'was out']]);
const HURT = new WordSet(['injured', 'injury', 'injuries', 'hurt', 'torn', 'broke', 'broken', 'fracture', 'illness', 'ill', 'sick', 'surgery', 'operation', 'strain', 'sprained']);
const LENGTHS = new WordSet(['several', 'a', 'the', 'two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'many', 'weeks', 'months', 'days']);

function injuredAway(tokens: readonly Token[], v: number): boolean {
  if (tokens[v + 2]?.lower !== 'for' || !(LENGTHS.has(tokens[v + 3]?.lower ?? '') || tokens[v + 3]?.kind === 'number')) return false;
  for (const t of tokens) if (HURT.hasToken(t)) return true;
  return false;
}

/** "The concert falls out because of illness": an event after which "fall out" can only be "ausfallen". */
function fallOutForCancelled(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = FALL_OUT.getToken(verb);
  if (english === undefined || tokens[v + 1]?.lower !== 'out' || tokens[v + 2]?.lower === 'of' || tokens[v + 2]?.lower === 'with') return undefined;
  // The subject right before, or before "will"/"has"/"had"/"have".
  const subject = tokens[/^(will|would|has|have|had)$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1];
  const modal = tokens[v - 1]?.lower === 'will' || tokens[v - 1]?.lower === 'would';
  if (injuredAway(tokens, v)) {
    const out = modal ? 'be out' : OUT_FORMS.getToken(verb);
    if (out === undefined) return undefined;
    return {
      start: verb.start,
      end: tokens[v + 1]!.end,
      message: `"${verb.text} out for …" of someone hurt renders German "ausfallen" (be unavailable); English says "${out}".`,
      suggestions: [{ start: verb.start, end: tokens[v + 1]!.end, replacement: out }],
    };
  }
  if (!isWordToken(subject) || !CANCELLED_THINGS.hasToken(subject)) return undefined;
  const replacement = modal ? 'be cancelled' : english;
  return {
    start: verb.start,
    end: tokens[v + 1]!.end,
    message: `"${subject.text} … ${verb.text} out" renders German "ausfallen" (not take place); English says "${replacement}".`,
    suggestions: [{ start: verb.start, end: tokens[v + 1]!.end, replacement }],
  };
}

// Chinese "借" and Japanese "貸す/借りる" name both sides of a loan with one word ("借我你的笔"); MT picks "borrow" for the
// giver: "Can you borrow me your pen?". English "borrow" never takes the receiver as an object.
const BORROW: WordMap<string> = new WordMap([['borrow', 'lend'], ['borrows', 'lends'], ['borrowed', 'lent'], ['borrowing', 'lending']]);
const RECEIVERS = new WordSet(['me', 'us', 'him', 'you']);

/**
 * "borrow me your pen": "borrow" + a receiver + what opens the thing lent (a determiner, possessive or number).
 * "borrow him for an hour" borrows the man himself, and "her" may be a possessive ("borrowed her car"): neither is read.
 */
function borrowForLend(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = BORROW.getToken(verb);
  const receiver = tokens[v + 1];
  const thing = tokens[v + 2];
  if (english === undefined || receiver === undefined || !RECEIVERS.hasToken(receiver) || !isWordToken(thing)) return undefined;
  if (!/^(DT|PRP\$|CD)$/.test(primaryTag(thing)) && thing.kind !== 'number') return undefined;
  return {
    start: verb.start,
    end: receiver.end,
    message: `"${verb.text} ${receiver.text}" gives the receiver of a loan to "borrow", which takes only the thing borrowed; English says "${english} ${receiver.text}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
  };
}

// Italian "digitare", Portuguese "digitar" (il codice): type. English "digit" is only a noun, so the word as a verb —
// opening an instruction or after "please" or "to", before what is typed — is the calque.
const DIGIT = new WordMap<string>([['digit', 'type'], ['digits', 'types'], ['digited', 'typed'], ['digiting', 'typing']]);
/** Whether a verb after `before` opens an instruction: at the start, after a mark, "please", "then" or "and". */
const opensInstruction = (before: Token | undefined) => before === undefined || before.kind === 'punct' || /^(please|then|and|or|to)$/.test(before.lower);

function digitForType(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = DIGIT.getToken(verb);
  if (english === undefined) return undefined;
  const before = tokens[v - 1];
  const object = tokens[v + 1];
  if (!opensInstruction(before) || !isWordToken(object) || !/^(the|your|a|an|this|that|it|in)$/.test(object.lower)) return undefined;
  // "two digits, the first …": a count before "digits" makes it the noun.
  if (isNumeral(before)) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" as a verb renders Italian "digitare" or Portuguese "digitar"; English says "${english}" or "enter".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: withCaseOf(verb.text, english) }],
  };
}

// French "conserver", Italian "conservare", Spanish "conservar" on a label: store (in a cool place, in the fridge).
// English conserves water or energy (uses little of it), and a conservator conserves a painting.
const CONSERVE = new WordMap<string>([['conserve', 'store'], ['conserves', 'stores'], ['conserved', 'stored'], ['conserving', 'storing']]);
const STORAGE = new WordSet([
  'place', 'fridge', 'refrigerator', 'freezer', 'cupboard', 'pantry', 'container', 'jar', 'cellar', 'cool', 'dry', 'dark',
  'temperature', 'shade', 'packaging', 'package', '°', '°c', 'degrees',
]);
function conserveForStore(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = CONSERVE.getToken(verb);
  if (english === undefined || !/^(in|at|below|under)$/.test(tokens[v + 1]?.lower ?? '')) return undefined;
  let found = false;
  for (let k = v + 2; k < Math.min(tokens.length, v + 7) && !found; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    found = STORAGE.hasToken(t) || (t.kind === 'number' && STORAGE.has(tokens[k + 1]?.lower ?? ''));
  }
  if (!found) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" with a place to keep something renders French "conserver" or Italian "conservare"; English says "${english}" or "keep".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: withCaseOf(verb.text, english) }],
  };
}

// German "verfügen über", French "disposer de", Spanish "disponer de", Italian "disporre di": what a hotel or a flat has.
// English disposes of what it gets rid of ("disposed of its fleet", "dispose of the waste"), so only the present with
// rooms and amenities is read. "dispose over" is German's own preposition and no English at all: any object, any tense.
const DISPOSE = new WordMap<string>([['disposes', 'has'], ['dispose', 'have']]);
const DISPOSE_OVER = new WordMap<string>([['disposes', 'has'], ['dispose', 'have'], ['disposed', 'had'], ['disposing', 'having']]);
const AMENITIES = new WordSet([
  'room', 'rooms', 'pool', 'pools', 'swimming', 'parking', 'car', 'terrace', 'terraces', 'garden', 'gardens', 'restaurant',
  'bar', 'kitchen', 'kitchenette', 'balcony', 'balconies', 'bathroom', 'bathrooms', 'bed', 'beds', 'spa', 'gym', 'wifi',
  'wi-fi', 'garage', 'lift', 'elevator', 'seats', 'sauna', 'fitness', 'suites', 'apartments', 'bedrooms', 'bedroom',
  'beach', 'patio', 'courtyard', 'playground', 'reception', 'laundry', 'storage', 'places',
]);
function disposeOfForHave(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const over = tokens[v + 1]?.lower === 'over';
  const english = over ? DISPOSE_OVER.getToken(verb) : DISPOSE.getToken(verb);
  if (english === undefined || (!over && tokens[v + 1]?.lower !== 'of')) return undefined;
  const object = tokens[v + 2];
  if (object === undefined || !(object.kind === 'number' || primaryTag(object) === 'CD' || /^(a|an|its|their|his|her|our|your|own|free|private|large|spacious|modern|fully|comfortable|numerous|several)$/.test(object.lower))) return undefined;
  let found = over;
  for (let k = v + 2; k < Math.min(tokens.length, v + 6) && !found; k++) found = AMENITIES.hasToken(tokens[k]!);
  if (!found) return undefined;
  const modal = primaryTag(tokens[v - 1]) === 'MD';
  const replacement = modal ? 'use' : english;
  return {
    start: verb.start,
    end: tokens[v + 1]!.end,
    message: over
      ? `"${verb.text} over" renders German "verfügen über"; English says "${replacement}".`
      : `"${verb.text} of" with rooms or amenities renders German "verfügen über" or French "disposer de"; English says "${replacement}".`,
    suggestions: [{ start: verb.start, end: tokens[v + 1]!.end, replacement }],
  };
}

// French "expulser", Spanish "expulsar", Italian "espellere": "expulse" has not been English since the seventeenth
// century (Brown and the docs: none); English expels.
const EXPULSE = new WordMap<string>([['expulse', 'expel'], ['expulses', 'expels'], ['expulsed', 'expelled'], ['expulsing', 'expelling']]);
function expulseForExpel(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = EXPULSE.getToken(verb);
  if (english === undefined) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" renders French "expulser" or Spanish "expulsar"; English says "${english}".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: withCaseOf(verb.text, english) }],
  };
}

// French "récompenser", Spanish "recompensar", Italian "ricompensare" (avec, con): a prize given. English "recompense"
// makes good a loss ("recompensed for their losses"); what is given as a prize is "rewarded with".
const RECOMPENSE = new WordMap<string>([['recompense', 'reward'], ['recompenses', 'rewards'], ['recompensed', 'rewarded'], ['recompensing', 'rewarding']]);
function recompensedWith(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = RECOMPENSE.getToken(verb);
  if (english === undefined) return undefined;
  // The prize right after the verb, or after its object: "were recompensed with a trip", "recompensed the winners with".
  let k = v + 1;
  if (tokens[k]?.lower !== 'with') k = nounPhraseEnd(tokens, k);
  if (k <= v || tokens[k]?.lower !== 'with') return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text} with" a prize renders French "récompenser" or Spanish "recompensar"; English says "${english} with".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: withCaseOf(verb.text, english) }],
  };
}

// Running for office, as the sources' verbs give it: Polish "kandydować", Czech "kandidovat", German "kandidieren",
// Italian "candidarsi" have a verb of the noun "candidate", which MT keeps as an English verb ("will candidate for
// mayor", "candidated in 2019"); Spanish "postularse", French "postuler" come out as "postulated for the presidency"
// (English "postulate" is to assume as true). English has neither: it "runs" (American) or "stands" (British).
// "candidate" is the verb only in the verb's slot: after a modal, "to" after a verb, "not", or a subject pronoun, and
// before a preposition of the race, an adverb or the clause's end ("was promoted to candidate member" is the noun).
const CANDIDATE_FORMS = new WordMap<VerbForm | 'VB'>([['candidate', 'VB'], ['candidated', 'VBD'], ['candidating', 'VBG'], ['postulated', 'VBD'], ['postulate', 'VB'], ['postulates', 'VBZ'], ['postulating', 'VBG']]);
const RACE_PREPOSITIONS = new WordSet(['for', 'in', 'against', 'again', 'as', 'at', 'on', 'once', 'twice']);
const BEFORE_CANDIDATE = new WordSet(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'not', 'never', 'he', 'she', 'they', 'we', 'i', "won't", "'ll", 'cannot', 'also', 'again']);
// What makes "to candidate" the noun: "promoted to candidate", "from voter to candidate".
const CANDIDATE_NOUN_BEFORE = new WordSet(['promoted', 'elevated', 'named', 'appointed', 'upgraded', 'moved', 'voter', 'member']);
// What one postulates for: an office (Spanish "postularse a la presidencia", "como candidato").
const OFFICES = new WordSet(['presidency', 'president', 'mayor', 'office', 'post', 'seat', 'governor', 'candidate', 'leadership', 'chair', 'position', 'job', 'parliament', 'senate', 'congress', 'reelection', 're-election', 'head']);

/** "will candidate for mayor", "candidated in 2019", "postulated for the presidency" → "run". */
function candidateForRun(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const form = CANDIDATE_FORMS.getToken(verb);
  if (form === undefined) return undefined;
  const next = tokens[v + 1];
  if (verb.lower.startsWith('postulat')) {
    // "postulated that", "postulates a model": the English verb; only an office after "for/to/as".
    if (!/^(for|to|as)$/.test(next?.lower ?? '')) return undefined;
    let k = v + 2;
    while (k < v + 5 && /^(the|a|an|his|her|their|new|next|city|party)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!isWordToken(tokens[k]) || !OFFICES.hasToken(tokens[k]!)) return undefined;
  } else if (verb.lower === 'candidate') {
    const before = tokens[v - 1];
    if (before === undefined || !BEFORE_CANDIDATE.hasToken(before) || (before.lower === 'to' && CANDIDATE_NOUN_BEFORE.has(tokens[v - 2]?.lower ?? ''))) return undefined;
    // After a modal or "not" the word can only be the verb; after "to" or a pronoun, only before the race.
    const verbSlot = isModal(before) || /^(not|never|cannot)$/.test(before.lower);
    if (!verbSlot && next !== undefined && next.kind === 'word' && !RACE_PREPOSITIONS.hasToken(next)) return undefined;
  }
  const english = form === 'VB' ? 'run' : conjugateVerb('run', form);
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text}" renders the source's verb of running for office (Polish "kandydować", German "kandidieren", Spanish "postularse"); English says "${english}" (or "stand").`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: withCaseOf(verb.text, english) }],
  };
}

// "costed" is British English's verb of estimating ("the plan was costed at £5m", "a fully costed plan"); a price
// paid is "cost" ("the repairs cost the city 2 million"), which learners and MT regularise. Only with an amount after
// the verb or its object and no "at" before it.
const COST_HEDGES = new WordSet(['more', 'less', 'than', 'about', 'almost', 'nearly', 'over', 'around', 'roughly', 'some', 'just', 'only', 'under', 'up', 'to']);
function costedForCost(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  if (verb.lower !== 'costed') return undefined;
  let k = v + 1;
  // The one who paid: "costed the city", "costed us".
  if (/^(me|us|him|her|them|you)$/.test(tokens[k]?.lower ?? '')) k++;
  else if (tokens[k]?.lower === 'the' || primaryTag(tokens[k]) === 'PRP$') k = Math.max(k + 1, nounPhraseEnd(tokens, k));
  for (let hedges = 0; hedges < 3 && COST_HEDGES.has(tokens[k]?.lower ?? ''); hedges++) k++;
  const amount = tokens[k];
  if (amount === undefined || !(amount.kind === 'number' || /^[$€£¥]$/.test(amount.text) || primaryTag(amount) === 'CD')) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `A price paid is "cost" in the past too; "costed" is the verb of estimating a cost ("costed at £5m").`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: withCaseOf(verb.text, 'cost') }],
  };
}

// German "vorgesehen für", Italian "previsto per": a device or a function "intended for" a use or its users. English
// "foreseen" is what was expected to happen ("those foreseen for food-preservation facilities", Brown, without "be").
const FORESEEN_FOR = new WordSet(['use', 'users', 'purpose', 'purposes', 'children', 'adults', 'professionals', 'customers', 'outdoor', 'indoor', 'domestic', 'household', 'professional', 'commercial', 'advanced', 'private', 'the', 'this']);
function foreseenForIntended(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  if (verb.lower !== 'foreseen' || tokens[v + 1]?.lower !== 'for') return undefined;
  let k = v - 1;
  if (tokens[k]?.lower === 'not') k--;
  if (!/^(is|are|was|were|be|been|isn't|aren't)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const next = tokens[v + 2];
  if (next === undefined || !FORESEEN_FOR.hasToken(next)) return undefined;
  // "the": only before a use ("foreseen for the outdoor use").
  if ((next.lower === 'the' || next.lower === 'this') && !FORESEEN_FOR.has(tokens[v + 3]?.lower ?? '')) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `"${verb.text} for" a use renders German "vorgesehen für" or Italian "previsto per"; English says "intended".`,
    suggestions: [{ start: verb.start, end: verb.end, replacement: 'intended' }],
  };
}

// Russian "подчеркнул министр", German "unterstrich der Minister": "underline" as a speech tag after the quoted or
// reported words. English underlines a point or a text, and tags speech with "stressed" or "said".
const UNDERLINE_FORMS: WordMap<string> = new WordMap([['underlined', 'stressed'], ['underlines', 'stresses']]);

/** "…, underlined the minister." → "stressed": the verb after a comma, its speaker closing the sentence. */
function underlineAsSpeechTag(tokens: readonly Token[], v: number): Report | undefined {
  const verb = tokens[v]!;
  const english = UNDERLINE_FORMS.getToken(verb);
  if (english === undefined || tokens[v - 1]?.text !== ',') return undefined;
  // The speaker: a determiner or a name, then nouns and adjectives to the end ("the minister", "the head of the region").
  let k = v + 1;
  if (!/^(DT|NNP)$/.test(primaryTag(tokens[k]))) return undefined;
  while (k < tokens.length && tokens[k]!.kind === 'word' && /^(DT|NN|NNS|NNP|NNPS|JJ|IN|POS)$/.test(primaryTag(tokens[k]))) k++;
  if (k > v + 1 && tokens[k - 1]!.kind === 'word' && /^(NN|NNS|NNP|NNPS)$/.test(primaryTag(tokens[k - 1])) && (k === tokens.length || tokens[k]!.kind === 'punct')) {
    return {
      start: verb.start,
      end: verb.end,
      message: `"${verb.text}" as a speech tag renders Russian "подчеркнул" or German "unterstrich"; English says "${english}" (or "said").`,
      suggestions: [{ start: verb.start, end: verb.end, replacement: english }],
    };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'false-friend-verb',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.8,
    description: 'A verb that looks like the source\'s but means something else here: "arrested the property", "the fire was liquidated", "realized an inspection", "the summit will pass in Geneva", "the town counts 4,000 inhabitants".',
    sourceHint: 'Russian "арестовать имущество" (seize property), "ликвидировать пожар" (put out a fire), "пройти" (take place); French "réaliser", "assister à", "prévoir", "perturber", "compter"; German "kontrollieren" (check).',
    fixable: false,
  },
  needs: [(t) => isFalseFriendForm(t) || WITHOUT_OBJECT.has(t.lower) || TAKE_PLACE.has(t.lower) || CELEBRATE_FORMS.hasToken(t) || COUNT_WITH.has(t.lower) || MANIFESTED.has(t.lower) || LIE_FORMS.has(t.lower) || MADE_UP.has(t.lower) || MAKE_DO.has(t.lower) || FALL_OUT.has(t.lower) || BORROW.has(t.lower) || DIGIT.has(t.lower) || CONSERVE.has(t.lower) || DISPOSE_OVER.has(t.lower) || EXPULSE.has(t.lower) || RECOMPENSE.has(t.lower) || CANDIDATE_FORMS.has(t.lower) || t.lower === 'costed' || t.lower === 'foreseen' || UNDERLINE_FORMS.has(t.lower)],
  detectSentence(sentence) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let v = 0; v < tokens.length; v++) {
      const verb = tokens[v]!;
      // The false friends told by the sentence's shape rather than by the verb's object.
      const byShape = withoutObject(tokens, v) ?? passForTakePlace(tokens, v) ?? celebrateForHeld(tokens, v) ?? countsForHas(tokens, v) ?? lieAtLevel(tokens, v) ?? madeUpFigure(tokens, v) ?? makeForDo(tokens, v) ?? fallOutForCancelled(tokens, v) ?? borrowForLend(tokens, v) ?? manifestForDemonstrate(tokens, v) ?? countWithForHave(tokens, v) ?? digitForType(tokens, v) ?? conserveForStore(tokens, v) ?? disposeOfForHave(tokens, v) ?? foreseenForIntended(tokens, v) ?? underlineAsSpeechTag(tokens, v) ?? expulseForExpel(tokens, v) ?? recompensedWith(tokens, v) ?? costedForCost(tokens, v) ?? candidateForRun(tokens, v);
      if (byShape) {
        reports.push(byShape);
        continue;
      }
      if (!isFalseFriendForm(verb)) continue;
      const friends = BY_BASE.get(lemma.of(verb));
      // "will be celebrated": a participle the lexicon reads first as an adjective is the passive's after "be".
      // "Please control the path", ", control also the spam folder": a base form opening an instruction is a verb, whatever
      // the lexicon reads first.
      const tag = primaryTag(verb) === 'JJ' && verb.tags.includes('VBN') && /^(be|been|being|is|are|was|were)$/.test(tokens[v - 1]?.lower ?? '')
        ? 'VBN'
        : verb.tags.includes('VB') && opensInstruction(tokens[v - 1]) ? 'VB' : primaryTag(verb);
      if (friends === undefined || !/^VB[DNPZG]?$/.test(tag)) continue;
      const nouns = nounsAround(tokens, v);
      let friend: FalseFriend | undefined;
      let n: number | undefined;
      for (const candidate of friends) {
        n = nouns.find((k) => candidate.fits(tokens[k]!, tokens, v, k));
        if (n !== undefined) {
          friend = candidate;
          break;
        }
      }
      if (friend === undefined || n === undefined) continue;
      const noun = tokens[n]!;
      const [first, ...rest] = friend.english.split(' ');
      const form = tag === 'VB' ? first! : conjugateVerb(first!, tag as VerbForm);
      const english = withCaseOf(verb.text, [form, ...rest].join(' '));
      reports.push({
        start: verb.start,
        end: verb.end,
        message: `"${verb.text}" with "${noun.text}" renders ${friend.source}; English says "${english}".`,
        suggestions: [{ start: verb.start, end: friend.swallows?.has(tokens[v + 1]?.lower ?? '') ? tokens[v + 1]!.end : verb.end, replacement: english }],
      });
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'A van invaded the oncoming lane near the bridge.', output: 'A van veered into the oncoming lane near the bridge.' },
      { text: 'Your payment was not realized, please try again.', output: 'Your payment was not completed, please try again.' },
      { text: 'The update could not be realised.', output: 'The update could not be completed.' },
      { text: 'The armchair is realised in genuine leather.', output: 'The armchair is made of genuine leather.' },
      { text: 'The blender jar adopts thick glass.', output: 'The blender jar uses thick glass.' },
      { text: 'The climbers achieved the summit before noon.', output: 'The climbers reached the summit before noon.' },
      { text: 'The convoy achieved the capital on Friday.', output: 'The convoy reached the capital on Friday.' },
      { text: 'The midfielder marked two goals before the break.', output: 'The midfielder scored two goals before the break.' },
      { text: 'The Oder overstepped its banks in May.', output: 'The Oder burst its banks in May.' },
      { text: 'The mayor will candidate for a third term.', output: 'The mayor will run for a third term.' },
      { text: 'She postulated for the presidency in 2018.', output: 'She ran for the presidency in 2018.' },
      { text: 'He candidated in the local elections.', output: 'He ran in the local elections.' },
      { text: 'The hotel disposes over 120 rooms.', output: 'The hotel has 120 rooms.' },
      { text: 'The city will realize works on the ring road.', output: 'The city will carry out works on the ring road.' },
      { text: 'Two attachés were expulsed from the embassy.', output: 'Two attachés were expelled from the embassy.' },
      { text: 'The winners were recompensed with a weekend in Paris.', output: 'The winners were rewarded with a weekend in Paris.' },
      { text: 'The new roof costed 20,000 euros.', output: 'The new roof cost 20,000 euros.' },
      { text: 'The temperature in the capital lies at minus 12 degrees.', output: 'The temperature in the capital is minus 12 degrees.' },
      { text: 'Please actualize the application to the latest version.', output: 'Please update the application to the latest version.' },
      { text: 'Click here to accede to your account.', output: 'Click here to access your account.' },
      { text: 'Insert your password and press Enter.', output: 'Enter your password and press Enter.' },
      { text: 'Digit your PIN on the keypad.', output: 'Type your PIN on the keypad.' },
      { text: 'To visualize the invoice, click the icon.', output: 'To view the invoice, click the icon.' },
      { text: 'Conserve in a cool, dry place.', output: 'Store in a cool, dry place.' },
      { text: 'The hotel disposes of 45 rooms and a pool.', output: 'The hotel has 45 rooms and a pool.' },
      { text: 'This device is not foreseen for outdoor use.', output: 'This device is not intended for outdoor use.' },
      { text: 'The tour foresees a stop in the old town.', output: 'The tour includes a stop in the old town.' },
      { text: 'The restaurant proposes typical dishes of the region.', output: 'The restaurant offers typical dishes of the region.' },
      { text: 'The children must be surveilled at all times.', output: 'The children must be supervised at all times.' },
      { text: 'If the file is missing, control the path.', output: 'If the file is missing, check the path.' },
      { text: 'The new arena will count with 12,000 seats.', output: 'The new arena will have 12,000 seats.' },
      { text: 'The gala counted with the presence of the king.', output: 'The gala was attended by the king.' },
      { text: 'Hundreds of farmers manifested in front of the ministry.', output: 'Hundreds of farmers demonstrated in front of the ministry.' },
      { text: 'The concert was visited by 3,000 fans.', output: 'The concert was attended by 3,000 fans.' },
      { text: 'A criminal case was initiated against the director.', output: 'A criminal case was opened against the director.' },
      { text: 'The elections will be celebrated on Sunday.', output: 'The elections will be held on Sunday.' },
      { text: 'The goalkeeper injured his shoulder and will fall out for several weeks.', output: 'The goalkeeper injured his shoulder and will be out for several weeks.' },
      { text: 'The summit will celebrate in Lisbon next spring.', output: 'The summit will be held in Lisbon next spring.' },
      { text: 'The customs officers realized random controls at the border.', output: 'The customs officers carried out random controls at the border.' },
      { text: 'Work on the tunnel will initiate in March.', output: 'Work on the tunnel will begin in March.' },
      { text: 'The storm provoked damage in three provinces.', output: 'The storm caused damage in three provinces.' },
      { text: 'The reform supposes a cost of 4 million euros.', output: 'The reform involves a cost of 4 million euros.' },
      { text: 'The court satisfied the appeal of the defence.', count: 1 },
      { text: 'The petition was satisfied in full.', count: 1 },
      { text: 'Could you borrow me your charger for a minute?', count: 1 },
      { text: 'My neighbour borrowed us his ladder.', count: 1 },
      { text: 'At the border the guards controlled the passports of all passengers.', output: 'At the border the guards checked the passports of all passengers.' },
      { text: 'The tickets were controlled at the entrance.', output: 'The tickets were checked at the entrance.' },
      { text: 'The court arrested the assets of the developer.', output: 'The court seized the assets of the developer.' },
      { text: 'Investigators have arrested the bank accounts of the firm.', output: 'Investigators have seized the bank accounts of the firm.' },
      { text: 'The fire in the warehouse was liquidated by noon.', output: 'The fire in the warehouse was put out by noon.' },
      { text: 'Firefighters liquidated the blaze within an hour.', output: 'Firefighters put out the blaze within an hour.' },
      { text: 'The inspectors realized an audit of the accounts.', output: 'The inspectors carried out an audit of the accounts.' },
      { text: 'The fire was localized two hours later.' },
      { text: 'Hundreds of students spent blood for the victims.' },
      { text: 'The injured driver was delivered to the hospital.' },
      { text: 'The city wants to realise the project by 2027.' },
      { text: 'The injured boy was operated in the regional hospital.' },
      { text: 'The new school is calculated for 600 pupils.' },
      { text: 'The budget will grow next year, underlined the head of the region.', output: 'The budget will grow next year, stressed the head of the region.' },
      { text: 'The ambassador assisted at the inauguration of the bridge.', output: 'The ambassador attended the inauguration of the bridge.' },
      { text: 'The new code foresees fines for late payment.', output: 'The new code provides for fines for late payment.' },
      { text: 'The snow perturbed the traffic on the motorway.', output: 'The snow disrupted the traffic on the motorway.' },
      { text: 'The number of visitors has augmented by a third.', output: 'The number of visitors has increased by a third.' },
      { text: 'The consul has assisted to the premiere of the opera.', output: 'The consul has attended the premiere of the opera.' },
      { text: 'Hundreds of people assisted to the wedding.', output: 'Hundreds of people attended the wedding.' },
      { text: 'The next summit will pass in Lisbon in June.', output: 'The next summit will take place in Lisbon in June.' },
      { text: 'The congress passed at the old opera house.', output: 'The congress took place at the old opera house.' },
      { text: 'The union counts more than 40,000 members.', output: 'The union has more than 40,000 members.' },
      { text: 'The congress counts every year about 9,000 delegates.', output: 'The congress has every year about 9,000 delegates.' },
      { text: 'Inflation in the region lies at 3.1 percent.', output: 'Inflation in the region is 3.1 percent.' },
      { text: 'Last year the budget deficit made up 4.2% of GDP, and growth made up 1.8%.', output: 'Last year the budget deficit made up 4.2% of GDP, and growth was 1.8%.' },
      { text: 'Average salaries make up about 900 euros a month.', output: 'Average salaries are about 900 euros a month.' },
      { text: 'Hey, what are you making there?', output: 'Hey, what are you doing there?' },
      { text: 'What were you making here at midnight?', output: 'What were you doing here at midnight?' },
      { text: 'The truck invaded the hard shoulder.', output: 'The truck veered into the hard shoulder.' },
      { text: 'What does she make here, at this hour?', output: 'What does she do here, at this hour?' },
      { text: 'The evening lecture falls out because of illness.', output: 'The evening lecture is cancelled because of illness.' },
    ],
    valid: [
      'Fans invaded the pitch after the final whistle.',
      'Women made up 40% of the new hires.',
      'What are you making for dinner?',
      'What are you making here with all that flour?',
      'Exports make up a third of output.',
      'The rise in rates made up for the loss.',
      'The investors realized a large profit on the deal.',
      'She realized in time that the order was wrong.',
      'We realized that in order to grow, we had to hire.',
      'I realized the order had been sent twice.',
      'The city adopted a steel tariff last year.',
      'The school adopted new rules.',
      'Consider adopting a system of holidays.',
      'The students adopt this air without embarrassment.',
      'The climbers achieved the summit of their ambitions.',
      'The town achieved record turnout.',
      'She achieved the top score in the county.',
      'The defender marked the striker closely.',
      'The event marked the end of an era.',
      'He was promoted to candidate member of the board.',
      'The candidate will speak at noon.',
      'Darwin postulated that species change.',
      'She postulated a new model of the cell.',
      'Each candidate for the post was interviewed.',
      'The council disposed of the old buses.',
      'The plan was costed at 5 million pounds.',
      'A fully costed proposal was sent to the board.',
      'Victims will be recompensed for their losses.',
      'She realized the works were unfinished.',
      'The expulsion of two diplomats was announced.',
      'The village lies at 45 degrees north.',
      'Insert the USB drive into the port on the left.',
      'Insert a table at the cursor position.',
      'Memorize your recovery phrase and never share it.',
      'Conserve water during the dry season.',
      'The council will dispose of the waste safely.',
      'The company disposed of its old fleet in 2019.',
      'The crisis was foreseen by few economists.',
      'Visualize your data with interactive charts.',
      'He proposed a toast to the couple.',
      'The king acceded to the throne in 1936.',
      'Police surveilled the suspect for weeks.',
      'Each reference has an associated count with a value of 0 or higher.',
      'The votes were counted with the help of a machine.',
      'Symptoms manifested in early May.',
      'The wedding was celebrated in the village church.',
      'The festival celebrates its fiftieth year in June.',
      'The two brothers fell out for years over the farm.',
      'The fans will celebrate in the main square.',
      'The exhibition was visited by 40,000 people.',
      'Legal proceedings were initiated against the company.',
      'The deal was finalized on Friday.',
      'The accident provoked anger in the village.',
      'The firm satisfied the claims of its creditors.',
      'The answer satisfied the judge.',
      'The design satisfies the requirements of the appeal board.',
      'Could you lend me your charger for a minute?',
      'Can I borrow him for an hour?',
      'She borrowed her sister\'s car.',
      'We borrowed money from the bank.',
      'The police controlled the crowd outside the stadium.',
      'The family controlled the company for decades.',
      'The police arrested the owner of the shop.',
      'The drug arrested the decline of the patient.',
      'The company was liquidated in 2010.',
      'The bank liquidated its assets to pay the debts.',
      'Firefighters put out the blaze within an hour.',
      'The court seized the assets of the developer.',
      'He was arrested near the fire station.',
      'The fund was liquidated after the fire.',
      'She realized the survey was wrong.',
      'She spent the money on a new car.',
      'The parcel was delivered to the hospital on Monday.',
      'The boy was delivered to his parents at the border.',
      'He realized his plan to sail around the world.',
      'The boy was operated on in the regional hospital.',
      'The ferries were operated by a private firm.',
      'All samplers were operated for a period of two hours.',
      'The costs were calculated for each district.',
      'She read the report, underlined the key passages and signed it.',
      'He underlined the word twice.',
      'The firm realized a profit on the sale.',
      'The midwife assisted at the birth.',
      'The nurse assisted the surgeon at the operation.',
      'Nobody foresaw the crisis.',
      'He was perturbed by the noise.',
      'The litter remained, augmented by a dozen suppers.',
      'The army augmented its forces in the north.',
      'The force was augmented by two battalions.',
      'The volunteers assisted to rebuild the school.',
      'The festival passed without incident.',
      'The parade passed in front of the town hall.',
      'The bill passed in the Senate on Tuesday.',
      'The census counted 5 million people.',
      'The machine counts 300 coins a minute.',
      'Each goal counts 3 points.',
      'The village lies at 1,200 metres above the sea.',
      'The answer lies at the heart of the matter.',
      'The two partners fell out over money.',
      'The lecture fell out of favour with students.',
    ],
  },
});
