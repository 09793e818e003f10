import { defineRule, type Report } from '@mtlint/engine';
import { conjugateVerb, memoizeByWord, type Token, type VerbForm } from '@mtlint/text';
import { byFirstWord, matchesAt } from '../../word-patterns.js';

/**
 * Idioms of Russian, Ukrainian, Polish, Czech, German, Dutch, Swedish, French, Spanish, Italian, Turkish, Chinese and Japanese
 * rendered word for word.
 * An idiom is a list by nature: each entry is the literal English of the source idiom, in the shapes MT gives it, and
 * the English idiom that means the same. "~" in a pattern is the owner's word ("my", "your", "his", …, "someone's");
 * "=make" is any form of the verb, spelled out: in an idiom the lexicon's first reading of "costs" or "press" (a noun)
 * says nothing.
 */
interface Idiom {
  patterns: readonly (readonly string[])[];
  english: string;
  source: string;
  /** Only before "!": "Add oil!" is a cheer, "add oil to the pan" a recipe. */
  exclaimed?: boolean;
}

const OWNERS = ['my', 'your', 'his', 'her', 'its', 'our', 'their', "someone's"];

// Each literal shape is one no English writer uses for the literal scene: "a cat in a sack" is not here, but "bought
// the cat in the sack" is (the verb makes it the idiom).
const IDIOMS: readonly Idiom[] = [
  { patterns: [['like', 'two', 'drops', 'of', 'water'], ['as', 'two', 'drops', 'of', 'water']], english: 'like two peas in a pod', source: 'как две капли воды, jak dwie krople wody, comme deux gouttes d\'eau, como dos gotas de agua, come due gocce d\'acqua' },
  { patterns: [['=buy', 'the', 'cat', 'in', 'the', 'sack'], ['=buy', 'a', 'cat', 'in', 'a', 'sack'], ['=buy', 'a', 'cat', 'in', 'a', 'bag'], ['=buy', 'the', 'cat', 'in', 'the', 'bag'], ['pig', 'in', 'a', 'bag'], ['pig', 'in', 'a', 'sack']], english: 'buy a pig in a poke', source: 'die Katze im Sack kaufen, купить кота в мешке, kupić kota w worku' },
  { patterns: [['cat', 'out', 'of', 'the', 'sack'], ['cat', 'is', 'out', 'of', 'the', 'sack'], ['cat', 'was', 'out', 'of', 'the', 'sack']], english: 'let the cat out of the bag', source: 'die Katze aus dem Sack lassen' },
  { patterns: [['=make', 'an', 'elephant', 'out', 'of', 'a', 'fly'], ['=make', 'an', 'elephant', 'out', 'of', 'a', 'mosquito'], ['=make', 'an', 'elephant', 'from', 'a', 'fly'], ['=make', 'an', 'elephant', 'of', 'a', 'fly'], ['out', 'of', 'a', 'fly', 'an', 'elephant'], ['out', 'of', 'a', 'mosquito', 'an', 'elephant'], ['from', 'a', 'fly', 'an', 'elephant'], ['pitchforks', 'out', 'of', 'a', 'needle']], english: 'make a mountain out of a molehill', source: 'делать из мухи слона, aus einer Mücke einen Elefanten machen, robić z igły widły' },
  { patterns: [['=kill', 'two', 'hares'], ['two', 'flies', 'with', 'one', 'swat'], ['two', 'flies', 'with', 'one', 'blow'], ['two', 'flies', 'with', 'one', 'stroke']], english: 'kill two birds with one stone', source: 'убить двух зайцев, zwei Fliegen mit einer Klappe schlagen' },
  { patterns: [['when', 'the', 'crayfish', 'whistles'], ['crayfish', 'whistles', 'on', 'the', 'mountain'], ['when', 'hens', 'have', 'teeth'], ['when', 'hens', 'grow', 'teeth'], ['when', 'frogs', 'grow', 'hair'], ['when', 'the', 'frogs', 'grow', 'hair']], english: 'when pigs fly', source: 'когда рак на горе свиснет, quand les poules auront des dents, cuando las ranas críen pelo' },
  { patterns: [['where', 'the', 'crayfish', 'winter'], ['where', 'the', 'crayfish', 'spend', 'the', 'winter'], ['where', 'crayfish', 'spend', 'the', 'winter']], english: 'teach someone a lesson', source: 'показать, где раки зимуют' },
  { patterns: [['neither', 'fish', 'nor', 'meat'], ['no', 'fish', 'no', 'meat']], english: 'neither fish nor fowl', source: 'ни рыба ни мясо, weder Fisch noch Fleisch, ani pies, ani wydra' },
  { patterns: [['there', 'lies', 'the', 'dog', 'buried'], ['that', 'is', 'where', 'the', 'dog', 'is', 'buried'], ["that's", 'where', 'the', 'dog', 'is', 'buried'], ['where', 'the', 'dog', 'is', 'buried'], ['the', 'hare', 'in', 'the', 'pepper'], ['hare', 'lies', 'in', 'the', 'pepper']], english: "that's the crux of the matter", source: 'da liegt der Hund begraben, da liegt der Hase im Pfeffer, вот где собака зарыта' },
  { patterns: [['=pour', 'from', 'empty', 'into', 'empty'], ['from', 'the', 'empty', 'into', 'the', 'empty']], english: 'go round in circles', source: 'переливать из пустого в порожнее' },
  { patterns: [['=sit', 'on', 'two', 'chairs']], english: 'have it both ways (or sit on the fence)', source: 'сидеть на двух стульях' },
  { patterns: [['seven', 'fridays', 'in', 'a', 'week'], ['seven', 'fridays', 'a', 'week']], english: 'keeps changing their mind', source: 'семь пятниц на неделе' },
  { patterns: [['like', 'a', 'fish', 'in', 'water'], ['like', 'a', 'fish', 'in', 'the', 'water']], english: 'like a duck to water (or in one\'s element)', source: 'как рыба в воде, wie ein Fisch im Wasser, comme un poisson dans l\'eau, como pez en el agua' },
  { patterns: [['like', 'on', 'needles'], ['as', 'if', 'on', 'needles'], ['as', 'on', 'needles']], english: 'on tenterhooks (or on pins and needles)', source: 'как на иголках, jak na szpilkach' },
  { patterns: [['like', 'water', 'off', 'a', 'goose'], ['water', 'off', 'a', "goose's", 'back'], ['like', 'water', 'from', 'a', 'goose']], english: "like water off a duck's back", source: 'как с гуся вода, jak groch o ścianę' },
  { patterns: [['skin', 'of', 'an', 'unkilled', 'bear'], ['skin', 'of', 'the', 'unkilled', 'bear'], ['skin', 'of', 'a', 'bear', 'not', 'yet', 'killed']], english: "count one's chickens before they hatch", source: 'делить шкуру неубитого медведя, sprzedawać skórę na niedźwiedziu' },
  { patterns: [['eaten', 'as', 'hot', 'as', 'it', 'is', 'cooked'], ['eaten', 'as', 'hot', 'as', 'it', 'was', 'cooked']], english: "things are never as bad as they seem", source: 'es wird nichts so heiß gegessen, wie es gekocht wird' },
  { patterns: [['without', 'a', 'king', 'in', '~', 'head'], ['no', 'king', 'in', '~', 'head']], english: 'empty-headed (or not all there)', source: 'без царя в голове' },
  { patterns: [['=have', 'tomatoes', 'on', '~', 'eyes']], english: 'be blind to what is in front of one', source: 'Tomaten auf den Augen haben' },
  { patterns: [['understand', 'only', 'train', 'station'], ['understand', 'only', 'railway', 'station'], ['only', 'understand', 'train', 'station']], english: "it's all Greek to me", source: 'ich verstehe nur Bahnhof' },
  { patterns: [['is', 'not', '~', 'beer'], ["isn't", '~', 'beer'], ['is', 'none', 'of', '~', 'beer']], english: "that's not my problem (or none of my business)", source: 'das ist nicht mein Bier' },
  { patterns: [['is', 'sausage', 'to', 'me'], ['all', 'sausage', 'to', 'me'], ['is', 'sausage', 'for', 'me']], english: "I couldn't care less", source: 'das ist mir Wurst' },
  { patterns: [['the', 'sausage', 'has', 'two']], english: 'all good things come to an end', source: 'alles hat ein Ende, nur die Wurst hat zwei' },
  { patterns: [['=hold', '~', 'thumbs', 'for'], ['=press', '~', 'thumbs', 'for'], ['=hold', 'thumbs', 'for'], ['=press', 'thumbs', 'for'], ['=keep', '~', 'fists', 'for'], ['=hold', '~', 'fists', 'for'], ['=keep', 'fists', 'for'], ['=hold', 'fists', 'for']], english: "keep one's fingers crossed for", source: 'die Daumen drücken, trzymać kciuki, держать кулачки' },
  { patterns: [['on', 'the', 'wood', 'way'], ['on', 'the', 'wood', 'path'], ['on', 'the', 'wooden', 'path'], ['on', 'the', 'wooden', 'way'], ['on', 'the', 'timber', 'path']], english: 'barking up the wrong tree', source: 'auf dem Holzweg sein' },
  { patterns: [['=go', 'on', '~', 'nerves'], ['=go', 'on', 'the', 'nerves'], ['=go', 'me', 'on', 'the', 'nerves'], ['=go', 'him', 'on', 'the', 'nerves'], ['=go', 'her', 'on', 'the', 'nerves'], ['=go', 'them', 'on', 'the', 'nerves'], ['=go', 'us', 'on', 'the', 'nerves']], english: "get on someone's nerves", source: 'auf die Nerven gehen, działać na nerwy' },
  { patterns: [['under', 'all', 'pig'], ['below', 'all', 'pig'], ['beneath', 'all', 'pig'], ['under', 'every', 'pig'], ['below', 'all', 'sow'], ['under', 'all', 'sow']], english: 'dreadful (or beneath contempt)', source: 'unter aller Sau' },
  { patterns: [['flint', 'into', 'the', 'grain'], ['rifle', 'into', 'the', 'grain'], ['shotgun', 'into', 'the', 'grain'], ['gun', 'into', 'the', 'grain'], ['rifle', 'into', 'the', 'corn'], ['flint', 'into', 'the', 'corn'], ['shotgun', 'into', 'the', 'corn']], english: 'throw in the towel', source: 'die Flinte ins Korn werfen' },
  { patterns: [['=fall', 'from', 'all', 'clouds'], ['=fall', 'out', 'of', 'all', 'clouds'], ['=fall', 'from', 'the', 'clouds']], english: 'be taken aback (or be flabbergasted)', source: 'aus allen Wolken fallen, cadere dalle nuvole' },
  { patterns: [['=hit', '~', 'face', 'in', 'the', 'dirt'], ['=hit', 'the', 'face', 'in', 'the', 'dirt'], ['=hit', '~', 'face', 'into', 'the', 'dirt'], ['=hit', '~', 'face', 'in', 'the', 'mud'], ['=strike', '~', 'face', 'in', 'the', 'dirt']], english: "let oneself down (or disappoint)", source: 'ударить лицом в грязь' },
  { patterns: [['not', 'by', 'hearsay'], ['not', 'from', 'hearsay']], english: 'first-hand', source: 'не понаслышке, nie ze słyszenia' },
  { patterns: [['=put', 'sticks', 'in', 'the', 'wheels'], ['=put', 'sticks', 'into', 'the', 'wheels'], ['sticks', 'in', '~', 'wheels'], ['=throw', 'logs', 'under', '~', 'feet']], english: "put a spoke in someone's wheel (or put obstacles in someone's way)", source: 'вставлять палки в колёса, rzucać kłody pod nogi' },
  { patterns: [['where', 'the', 'devil', 'says', 'good', 'night'], ['where', 'the', 'devil', 'says', 'goodnight'], ['where', 'the', 'foxes', 'say', 'good', 'night'], ['where', 'fox', 'and', 'hare', 'say', 'good', 'night']], english: 'in the middle of nowhere', source: 'gdzie diabeł mówi dobranoc, wo sich Fuchs und Hase gute Nacht sagen' },
  { patterns: [['=cost', 'an', 'eye', 'of', 'the', 'face'], ['=cost', 'the', 'eyes', 'of', 'the', 'face'], ['=cost', 'the', 'eyes', 'of', 'the', 'head'], ['=cost', 'an', 'eye', 'of', 'the', 'head']], english: 'cost an arm and a leg', source: 'coûter les yeux de la tête, costar un ojo de la cara, costare un occhio della testa' },
  { patterns: [['the', 'plough', 'before', 'the', 'oxen'], ['the', 'plow', 'before', 'the', 'oxen'], ['the', 'cart', 'before', 'the', 'oxen']], english: 'put the cart before the horse', source: 'mettre la charrue avant les bœufs, empezar la casa por el tejado' },
  { patterns: [['=rain', 'ropes'], ['=rain', 'pitchers'], ['=rain', 'jugs'], ['=rain', 'strings'], ['=rain', 'in', 'pitchers'], ['=rain', 'pipe', 'stems'], ['=rain', 'pipestems'], ['=rain', 'pipe-stems'], ['like', 'from', 'a', 'watering', 'can'], ['as', 'if', 'from', 'a', 'watering', 'can'], ['=pour', 'like', 'from', 'a', 'bucket'], ['as', 'if', 'poured', 'from', 'a', 'glass'], ['as', 'if', 'pouring', 'from', 'a', 'glass']], english: "it's pouring (or raining cats and dogs)", source: 'il pleut des cordes, llueve a cántaros, es regnet Bindfäden, het regent pijpenstelen, leje jako z konve, leje jak z cebra, bardaktan boşanırcasına' },
  { patterns: [['with', 'the', 'door', 'into', 'the', 'house'], ['with', 'the', 'door', 'in', 'the', 'house']], english: 'get straight to the point', source: 'met de deur in huis vallen, mit der Tür ins Haus fallen' },
  { patterns: [['=look', 'the', 'cat', 'out', 'of', 'the', 'tree'], ['=watch', 'the', 'cat', 'out', 'of', 'the', 'tree']], english: 'wait and see which way the wind blows', source: 'de kat uit de boom kijken' },
  { patterns: [['between', 'the', 'soup', 'and', 'the', 'potatoes']], english: 'in passing (or in a rush)', source: 'tussen de soep en de aardappelen' },
  { patterns: [['monkey', 'comes', 'out', 'of', 'the', 'sleeve'], ['monkey', 'came', 'out', 'of', 'the', 'sleeve'], ['monkey', 'out', 'of', 'the', 'sleeve']], english: 'now the truth comes out', source: 'nu komt de aap uit de mouw' },
  { patterns: [['=compare', 'apples', 'with', 'pears'], ['=compare', 'apples', 'and', 'pears'], ['=compare', 'apples', 'to', 'pears']], english: 'compare apples and oranges', source: 'appels met peren vergelijken, Äpfel mit Birnen vergleichen, jämföra äpplen och päron' },
  { patterns: [['no', 'danger', 'on', 'the', 'roof']], english: 'no problem (or no harm done)', source: 'ingen fara på taket' },
  { patterns: [['no', 'cow', 'on', 'the', 'ice']], english: 'no need to worry', source: 'ingen ko på isen' },
  { patterns: [['on', 'a', 'shrimp', 'sandwich']], english: 'with everything handed to one (or born with a silver spoon)', source: 'glida in på en räkmacka' },
  { patterns: [['=sense', 'owls', 'in', 'the', 'bog'], ['=sense', 'owls', 'in', 'the', 'moss'], ['=suspect', 'owls', 'in', 'the', 'bog'], ['owls', 'in', 'the', 'bog']], english: 'smell a rat', source: 'ana ugglor i mossen' },
  { patterns: [['=make', 'a', 'hen', 'out', 'of', 'a', 'feather'], ['=make', 'a', 'hen', 'of', 'a', 'feather'], ['=make', 'a', 'camel', 'out', 'of', 'a', 'flea'], ['=make', 'a', 'camel', 'of', 'a', 'flea'], ['out', 'of', 'a', 'flea', 'a', 'camel']], english: 'make a mountain out of a molehill', source: 'göra en höna av en fjäder, pireyi deve yapmak' },
  { patterns: [['=have', 'butter', 'on', '~', 'head']], english: 'have a guilty conscience', source: 'mít máslo na hlavě' },
  { patterns: [['around', 'the', 'hot', 'porridge'], ['around', 'hot', 'porridge'], ['round', 'the', 'hot', 'porridge'], ['around', 'the', 'hot', 'mash'], ['around', 'the', 'hot', 'broth']], english: 'beat around the bush', source: 'chodit kolem horké kaše, um den heißen Brei herumreden, ходить вокруг да около' },
  { patterns: [['spanish', 'village', 'to', 'me'], ['spanish', 'village', 'for', 'me'], ['spanish', 'villages', 'to', 'me'], ['spanish', 'villages', 'for', 'me'], ['bohemian', 'villages', 'to', 'me'], ['bohemian', 'villages', 'for', 'me']], english: "it's all Greek to me", source: 'to je pro mě španělská vesnice, das sind böhmische Dörfer für mich' },
  { patterns: [['=carry', 'wood', 'into', 'the', 'forest'], ['=carry', 'wood', 'to', 'the', 'forest'], ['=carry', 'owls', 'to', 'athens']], english: 'carry coals to Newcastle', source: 'nosit dříví do lesa, wozić drewno do lasu, Eulen nach Athen tragen' },
  { patterns: [['an', 'ear', 'guest'], ['ear', 'guests']], english: 'overhear', source: 'kulak misafiri olmak' },
  { patterns: [['=have', 'no', 'hairs', 'on', '~', 'tongue'], ['=have', 'hairs', 'on', '~', 'tongue'], ['no', 'hair', 'on', '~', 'tongue']], english: 'not mince words', source: 'no tener pelos en la lengua, non avere peli sulla lingua' },
  { patterns: [['=call', 'a', 'cat', 'a', 'cat']], english: 'call a spade a spade', source: 'appeler un chat un chat' },
  { patterns: [['=have', 'other', 'cats', 'to', 'whip'], ['other', 'cats', 'to', 'whip']], english: 'have bigger fish to fry', source: "avoir d'autres chats à fouetter" },
  { patterns: [['not', 'the', 'sea', 'to', 'drink']], english: "it's not that hard", source: "ce n'est pas la mer à boire" },
  { patterns: [['in', 'the', 'mouth', 'of', 'the', 'wolf'], ['into', 'the', 'mouth', 'of', 'the', 'wolf']], english: 'good luck (or break a leg)', source: 'in bocca al lupo' },
  { patterns: [['=make', 'a', 'bad', 'figure'], ['=make', 'a', 'good', 'figure'], ['=make', 'a', 'beautiful', 'figure'], ['=make', 'a', 'poor', 'figure']], english: 'make a bad (or good) impression', source: 'fare brutta figura, fare bella figura, hacer un mal papel' },
  { patterns: [['the', 'hair', 'in', 'the', 'egg'], ['hairs', 'in', 'the', 'egg']], english: 'split hairs (or nitpick)', source: "cercare il pelo nell'uovo, chercher la petite bête" },
  { patterns: [['people', 'mountain', 'people', 'sea']], english: 'huge crowds', source: '人山人海' },
  { patterns: [['horse', 'horse', 'tiger', 'tiger']], english: 'so-so', source: '马马虎虎' },
  { patterns: [['lute', 'to', 'a', 'cow'], ['lute', 'to', 'the', 'cow'], ['piano', 'to', 'a', 'cow'], ['piano', 'to', 'the', 'cow'], ['zither', 'to', 'a', 'cow']], english: 'talk to a brick wall (or cast pearls before swine)', source: '对牛弹琴' },
  { patterns: [['add', 'oil']], english: 'come on (or go for it)', source: '加油', exclaimed: true },
  { patterns: [['even', 'monkeys', 'fall', 'from', 'trees'], ['even', 'a', 'monkey', 'falls', 'from', 'a', 'tree'], ['even', 'monkeys', 'fall', 'out', 'of', 'trees']], english: 'nobody is perfect (or even Homer nods)', source: '猿も木から落ちる' },
];

const FORMS: readonly VerbForm[] = ['VBD', 'VBN', 'VBZ', 'VBG'];

/** A pattern with its "~" owner slot spelled out as each owner word and its "=verb" as each form of the verb. */
function spelledOut(pattern: readonly string[]): (readonly string[])[] {
  const slot = pattern.indexOf('~');
  if (slot >= 0) return OWNERS.flatMap((owner) => spelledOut([...pattern.slice(0, slot), owner, ...pattern.slice(slot + 1)]));
  const verb = pattern.findIndex((w) => w.startsWith('='));
  if (verb < 0) return [pattern];
  const base = pattern[verb]!.slice(1);
  const forms = new Set([base, ...FORMS.map((form) => conjugateVerb(base, form))]);
  return [...forms].map((form) => [...pattern.slice(0, verb), form, ...pattern.slice(verb + 1)]);
}

// Built at the first lint, not when the module loads: conjugating reads the verb-form table, which a browser has only
// after load().
let byFirst: ReadonlyMap<string, { pattern: readonly string[]; idiom: Idiom }[]> | undefined;
const patternsByFirstWord = () => (byFirst ??= byFirstWord(IDIOMS.flatMap((idiom) => idiom.patterns.flatMap(spelledOut).map((pattern) => ({ pattern, idiom })))));
// The patterns a word may open, worked out once per spelling.
const candidatesFor = memoizeByWord((lower) => patternsByFirstWord().get(lower));
// A sentence can hold an idiom only if it has one of the words no English sentence about the literal scene needs
// with the others: each idiom has one of these.
const KEY_WORDS = new Set([
  'drops', 'cat', 'pig', 'elephant', 'pitchforks', 'hares', 'flies', 'crayfish', 'hens', 'frogs', 'fish', 'dog', 'hare', 'empty',
  'chairs', 'fridays', 'needles', 'goose', "goose's", 'unkilled', 'bear', 'hot', 'king', 'tomatoes', 'station', 'beer', 'sausage',
  'thumbs', 'fists', 'wood', 'wooden', 'timber', 'nerves', 'pig', 'sow', 'grain', 'corn', 'clouds', 'face', 'hearsay', 'sticks',
  'logs', 'devil', 'foxes', 'fox', 'eye', 'eyes', 'oxen', 'ropes', 'pitchers', 'jugs', 'strings', 'tongue', 'cats', 'sea',
  'wolf', 'figure', 'egg', 'mountain', 'tiger', 'cow', 'oil', 'monkeys', 'monkey', 'stems', 'pipestems', 'pipe-stems', 'watering',
  'bucket', 'glass', 'door', 'soup', 'pears', 'roof', 'shrimp', 'owls', 'feather', 'flea', 'butter', 'porridge', 'mash', 'broth',
  'village', 'villages', 'ear',
]);

/** Whether the idiom's extra condition holds after its last word at `end`. */
const fitsContext = (idiom: Idiom, tokens: readonly Token[], end: number) => !idiom.exclaimed || tokens[end]?.text === '!';

export default defineRule({
  meta: {
    id: 'idiom-calque',
    category: 'accuracy/mistranslation',
    severity: 'major',
    confidence: 0.9,
    description: 'A foreign idiom rendered word for word, which English readers take literally or not at all: "like two drops of water", "make an elephant out of a fly", "when the crayfish whistles", "on the wood way".',
    sourceHint: 'Idioms of Russian, Ukrainian, Polish, German, French, Spanish, Italian, Chinese and Japanese translated word by word (как две капли воды, aus einer Mücke einen Elefanten machen, il pleut des cordes, 人山人海).',
    fixable: false,
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
      for (const { pattern, idiom } of candidates) {
        const end = i + pattern.length;
        if (!matchesAt(pattern, tokens, i) || !fitsContext(idiom, tokens, end)) continue;
        reports.push({
          start: t.start,
          end: tokens[end - 1]!.end,
          message: `"${tokens.slice(i, end).map((x) => x.text).join(' ')}" renders an idiom (${idiom.source}) word for word; English says "${idiom.english}".`,
          suggestions: [],
        });
        i = end - 1;
        break;
      }
    }
    return reports;
  },
  examples: {
    invalid: [
      { text: 'The twins are like two drops of water.' },
      { text: 'Stop making an elephant out of a fly, it is only a scratch.' },
      { text: 'He will pay you back when the crayfish whistles on the mountain.' },
      { text: 'I understand only train station when she talks about taxes.' },
      { text: 'We hold our thumbs for you tomorrow!' },
      { text: 'That goes me on the nerves.' },
      { text: 'It was raining ropes all weekend.' },
      { text: 'On Sunday it rained pipe stems from morning to night.' },
      { text: 'The accountant had butter on his head and avoided our questions.' },
      { text: 'Stop walking around the hot porridge and tell us the price.' },
      { text: 'Relax, there is no cow on the ice.' },
    ],
    valid: [
      'The twins look like two peas in a pod.',
      'Two drops of water fell from the tap.',
      'The fish in the water looked pale.',
      'He held his thumbs up for the camera.',
      'She bought a cat and a bag of food.',
      'Add oil to the pan and fry the onions.',
      'The cow ate the grain in the barn.',
      'We climbed the mountain at dawn.',
      'That is not my coat, it is hers.',
      'The crayfish live under stones in the river.',
      'She put butter on her bread and honey on top.',
      'Rain poured into the barrel from the roof.',
      'The cat climbed out of the tree at last.',
      'A Spanish village near the border was flooded.',
    ],
  },
});
