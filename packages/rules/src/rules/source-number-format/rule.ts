import { defineRule, type Report } from '@mtlint/engine';
import { isWordToken, nounSenses, nounSingular, primaryTag, type Token, WordSet } from '@mtlint/text';

// Units and scales after which a number is an amount: "2,5 percent", "12,50 euros", "1,5 million".
const AMOUNT_WORDS = new WordSet([
  '%', 'percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'euros', 'euro', 'dollars', 'dollar', 'pounds', 'rubles', 'roubles',
  'francs', 'degrees', 'points', 'kilometres', 'kilometers', 'km', 'metres', 'meters', 'tonnes', 'tons', 'hectares', 'litres', 'liters',
  'hours', 'minutes', 'years', 'months', 'days', 'times', 'kg', 'kilograms', 'cents', '°c', '°', 'm', 'cm', 'mm', 'ha', 'l', 'ml', 'bn',
]);
// ISO currency codes, lower-cased as tokens are read: after an amount ("450 CZK") or before one ("EUR 7,80").
// Currency signs that English writes before the amount: "€12.50", "$5", "£3".
const CURRENCY_SIGNS = new Set(['€', '$', '£', '¥', '₽']);
const CURRENCY_CODES = ['eur', 'usd', 'gbp', 'chf', 'pln', 'czk', 'uah', 'rub', 'huf', 'sek', 'nok', 'dkk', 'cny', 'jpy'];
// Money and scales, after which "5.000" is a whole amount; a measure ("3.500 metres") may be a decimal in English.
const MONEY_OR_SCALE = new WordSet([
  'million', 'billion', 'trillion', 'thousand', 'euros', 'dollars', 'pounds', 'rubles', 'roubles', 'francs', 'yuan', 'yen', 'zlotys', 'zloty',
  'hryvnias', 'hryvnia', 'koruna', 'crowns', 'kronor', 'kroner', 'forints', 'lira', 'rupees', ...CURRENCY_CODES, 'zł', 'kč',
]);
// The source's own abbreviations of its currency after an amount ("9 850 zł", "249 Kč"), which English news writes
// out or as the ISO code.
const SOURCE_CURRENCIES: ReadonlyMap<string, string> = new Map([['zł', 'zlotys'], ['kč', 'koruna']]);
// Scale words of the source language after an amount: "1,2 miljoen", "3 Millionen", "5 millones", "2 miliardi".
const FOREIGN_SCALES: ReadonlyMap<string, string> = new Map(Object.entries({
  miljoen: 'million', miljard: 'billion', millionen: 'million', milliarde: 'billion', milliarden: 'billion', millones: 'million', millón: 'million',
  milioni: 'million', milione: 'million', miliardi: 'billion', miliardo: 'billion', milliards: 'billion', milliard: 'billion', milionów: 'million',
  miliony: 'million', miliardów: 'billion', milionu: 'million', miliardy: 'billion',
}));
// Nouns counted in whole units, after which "5.000" cannot be a decimal: people, money, things.
const COUNTED_SENSES = new WordSet(['noun.person', 'noun.group', 'noun.possession', 'noun.artifact', 'noun.animal', 'noun.plant']);
const MEASURED_SENSES = new WordSet(['noun.time', 'noun.quantity']);
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}%?$/;
const THOUSANDS_DOTS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DOTTED_DATE = /^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Measured: Debian's documentation by non-native writers quotes field and command names in guillemets.
const GUILLEMET_CONFIDENCE = 0.45;
// Quotation marks of German, Russian and French typography, which English prose does not use.
const FOREIGN_OPENING_QUOTES = new Set(['„', '«', '‚']);
const ENGLISH_QUOTES: Readonly<Record<string, string>> = { '„': '“', '«': '“', '‚': '‘' };

/** Whether the word after a number makes it a count of whole things: "5.000 people", "2.000 cars". */
function countedAfter(next: Token | undefined): boolean {
  if (!isWordToken(next) || next.text !== next.lower) return false;
  if (next.lower === 'people') return true;
  if (primaryTag(next) !== 'NNS') return false;
  // A unit of time or measure may follow a decimal ("34.261 seconds"), whatever its other senses.
  const senses = nounSenses(nounSingular(next.lower));
  return !senses.some((s) => MEASURED_SENSES.has(s)) && senses.some((s) => COUNTED_SENSES.has(s));
}

// Currency codes and signs before an amount: "EUR 12,50", "€ 3,20".
const CURRENCY_BEFORE = new WordSet([...CURRENCY_CODES, ...CURRENCY_SIGNS]);

function numberFinding(t: Token, next: Token | undefined, previous: Token | undefined): Report | undefined {
  const text = t.text;
  // "2,4%" is one token: the sign makes it an amount; so does a currency before it.
  const amount = text.endsWith('%') || (previous !== undefined && CURRENCY_BEFORE.has(previous.lower));
  if (DECIMAL_COMMA.test(text) && (amount || (next !== undefined && (AMOUNT_WORDS.has(next.lower) || FOREIGN_SCALES.has(next.lower))))) {
    const english = text.replace(',', '.');
    // "1,2 miljoen": the scale word is the source's too, and one edit mends both.
    const scale = next === undefined ? undefined : FOREIGN_SCALES.get(next.lower);
    const end = scale === undefined ? t.end : next!.end;
    const replacement = scale === undefined ? english : `${english} ${scale}`;
    return { start: t.start, end, message: `"${text}" writes the decimal with a comma, as German, Russian and French do; English writes "${english}"${scale === undefined ? '' : ` and "${scale}"`}.`, suggestions: [{ start: t.start, end, replacement }] };
  }
  if (THOUSANDS_DOTS.test(text) && (countedAfter(next) || (next !== undefined && MONEY_OR_SCALE.has(next.lower)))) {
    const english = text.replaceAll('.', ',');
    return { start: t.start, end: t.end, message: `"${text}" groups thousands with dots, as German, Russian and Spanish do; English writes "${english}".`, suggestions: [{ start: t.start, end: t.end, replacement: english }] };
  }
  const date = DOTTED_DATE.exec(text);
  if (date) {
    const english = `${Number(date[1])} ${MONTH_NAMES[Number(date[2]) - 1]} ${date[3]}`;
    return { start: t.start, end: t.end, message: `"${text}" is the day-month-year date of the source; English news writes "${english}".`, suggestions: [{ start: t.start, end: t.end, replacement: english }] };
  }
  return undefined;
}

const THOUSANDS_GROUP = /^\d{3}$/;
const LEADING_GROUP = /^[1-9]\d{0,2}$/;

/**
 * "3 500 people", "1 200 000 euros" (French, Russian and Polish group thousands with a space), and "15 %" (the space
 * German, French and Russian put before the sign): the number at `i` and what follows it, or undefined.
 */
function spacedFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // In running text only: a signed cell of a benchmark table ("'± 2.84 %'", "'+ 14.07 %'", undici's README) is laid
  // out, not written.
  const afterSign = tokens[i + 2];
  const inProse = afterSign === undefined || afterSign.kind === 'word' || /^[.,;:)]$/.test(afterSign.text);
  if (next?.text === '%' && next.start > t.end && /^\d+(?:[.,]\d+)?$/.test(t.text) && inProse && !/^[±+\-−]$/.test(tokens[i - 1]?.text ?? '')) {
    return { start: t.start, end: next.end, message: `English writes the percent sign right after the number: "${t.text}%".`, suggestions: [{ start: t.end, end: next.start, replacement: '' }] };
  }
  if (!LEADING_GROUP.test(t.text)) return undefined;
  // Each group of three digits one space after the one before it.
  let k = i + 1;
  while (tokens[k]?.kind === 'number' && THOUSANDS_GROUP.test(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end + 1) k++;
  // Two groups or more ("1 200 000 tonnes") are one number whatever follows; one group needs a count or an amount.
  if (k === i + 1 || (k === i + 2 && !(countedAfter(tokens[k]) || MONEY_OR_SCALE.has(tokens[k]?.lower ?? '')))) return undefined;
  const english = tokens.slice(i, k).map((g) => g.text).join(',');
  return {
    start: t.start,
    end: tokens[k - 1]!.end,
    message: `"${tokens.slice(i, k).map((g) => g.text).join(' ')}" groups thousands with spaces, as French and Russian do; English writes "${english}".`,
    suggestions: [{ start: t.start, end: tokens[k - 1]!.end, replacement: english }],
  };
}

// A match score as German and Russian write it ("2:1", "98:95"); a clock time has two digits of minutes after an hour
// of 0–24 ("10:30", "2:05").
const COLON_SCORE = /^\d{1,2}:\d$|^(?:2[5-9]|[3-9]\d):\d\d$/;
// Verbs that take a score ("won 2-1", "ended 1-1") and nouns a score stands before ("a 3-0 win").
const SCORE_VERBS = new WordSet(['win', 'won', 'wins', 'winning', 'lose', 'lost', 'loses', 'losing', 'beat', 'beats', 'beaten', 'defeat', 'defeated', 'defeats', 'draw', 'drew', 'drawn', 'end', 'ended', 'ends', 'finish', 'finished', 'lead', 'led', 'leads', 'trail', 'trailed']);
const SCORE_NOUNS = new WordSet(['win', 'victory', 'defeat', 'loss', 'draw', 'lead', 'score', 'scoreline', 'result', 'home', 'away']);

// German abbreviations of scales after an amount: "2 Mio. euros", "1,2 Mrd. dollars", "5 Tsd. visitors".
const GERMAN_SCALES: Readonly<Record<string, string>> = { mio: 'million', mrd: 'billion', tsd: 'thousand' };
// Russian abbreviations of scales, transliterated, with their dot: "300 mln. euros", "2 bln. dollars", "40 thous.
// people" ("млн.", "млрд.", "тыс."). Without the dot "mln" is a wire service's own style ("5 mln dlrs").
const RUSSIAN_SCALES: Readonly<Record<string, string>> = { mln: 'million', bln: 'billion', mlrd: 'billion', trln: 'trillion', thous: 'thousand', ths: 'thousand' };
// Words before a day of the month: "on 3. May", "from 1. June", "until Friday, 5. July".
const BEFORE_DAY = new WordSet(['on', 'from', 'until', 'till', 'to', 'by', 'since', 'before', 'after', 'between', 'and', 'the', 'of', ',']);
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_NAMES.join('|')})\\b`, 'u');

/**
 * "on 3. May": the dot of the German ordinal ("am 3. Mai"), which ends the sentence in the tokenizer's eyes. Read at
 * the end of a sentence whose last number is a day (1–31) after a preposition, with a month name opening the text
 * after it.
 */
function ordinalDotFinding(tokens: readonly Token[], text: string): Report | undefined {
  const dot = tokens[tokens.length - 1];
  const day = tokens[tokens.length - 2];
  if (dot?.text !== '.' || day?.kind !== 'number' || day.end !== dot.start || !/^(?:[1-9]|[12]\d|3[01])$/.test(day.text)) return undefined;
  if (!BEFORE_DAY.has(tokens[tokens.length - 3]?.lower ?? '') || !MONTH_AFTER.test(text.slice(dot.end, dot.end + 12))) return undefined;
  return {
    start: day.start,
    end: dot.end,
    message: `"${day.text}." writes the day with the dot of a German ordinal; English writes "${day.text}".`,
    suggestions: [{ start: day.start, end: dot.end, replacement: day.text }],
  };
}

// Chinese counts in units of ten thousand (万) and a hundred million (亿), which MT renders word for word: "3.2 hundred
// million yuan" (3.2亿) is 320 million, "1.5 ten thousand" (1.5万) 15,000. English never puts digits before "ten
// thousand", nor a decimal before "hundred thousand" or "hundred million".
const CHINESE_UNITS: ReadonlyArray<{ words: readonly string[]; value: number; integers: boolean }> = [
  { words: ['ten', 'thousand'], value: 1e4, integers: true },
  { words: ['hundred', 'thousand'], value: 1e5, integers: false },
  { words: ['hundred', 'million'], value: 1e8, integers: true },
];
const PLAIN_NUMBER = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** A value in English words and digits: 320000000 → "320 million", 15000 → "15,000". */
function englishAmount(value: number): string {
  const scaled = (divisor: number, word: string) => `${Number((value / divisor).toFixed(6))} ${word}`;
  if (value >= 1e9) return scaled(1e9, 'billion');
  if (value >= 1e6) return scaled(1e6, 'million');
  return Math.round(value).toLocaleString('en-US');
}

/** "3.2 hundred million yuan" → "320 million yuan"; "5 ten thousand" → "50,000". */
function chineseUnitFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  if (!PLAIN_NUMBER.test(t.text)) return undefined;
  const unit = CHINESE_UNITS.find((u) => u.words.every((w, k) => tokens[i + 1 + k]?.lower === w));
  if (unit === undefined || (!unit.integers && !t.text.includes('.'))) return undefined;
  const end = tokens[i + unit.words.length]!.end;
  const english = englishAmount(Number(t.text.replaceAll(',', '')) * unit.value);
  return {
    start: t.start,
    end,
    message: `"${t.text} ${unit.words.join(' ')}" counts in the Chinese units of ${unit.value === 1e8 ? 'a hundred million (亿)' : 'ten thousand (万)'}; English writes "${english}".`,
    suggestions: [{ start: t.start, end, replacement: english }],
  };
}

/** "249,- Kč": the comma and dash of a whole price in German, Czech and Polish shops; English writes "249". */
function wholePriceFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const comma = tokens[i + 1];
  const dash = tokens[i + 2];
  if (comma?.text !== ',' || comma.start !== t.end || dash === undefined || !/^[-–]$/.test(dash.text) || dash.start !== comma.end) return undefined;
  // "pages 12,-15" is a range; a price's dash ends the number.
  if (tokens[i + 3]?.kind === 'number' && tokens[i + 3]!.start === dash.end) return undefined;
  return {
    start: t.start,
    end: dash.end,
    message: `"${t.text},-" marks a whole price as German, Czech and Polish shops do; English writes "${t.text}".`,
    suggestions: [{ start: t.start, end: dash.end, replacement: t.text }],
  };
}

/** "12.50 €" → "€12.50"; "2 Mio. euros" → "2 million euros". */
function unitFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined) return undefined;
  // A sign glued to the word after it opens that word: "-m 0 $merge_commit" is a shell variable.
  const after = tokens[i + 2];
  if (next.kind === 'symbol' && CURRENCY_SIGNS.has(next.text) && !(after !== undefined && after.start === next.end && after.kind !== 'punct')) {
    return {
      start: t.start,
      end: next.end,
      message: `"${next.text}" follows the amount, as German, French and Russian write it; English puts it first: "${next.text}${t.text}".`,
      suggestions: [{ start: t.start, end: next.end, replacement: `${next.text}${t.text}` }],
    };
  }
  const sourceWord = FOREIGN_SCALES.get(next.lower) ?? SOURCE_CURRENCIES.get(next.lower);
  if (sourceWord !== undefined) {
    return {
      start: next.start,
      end: next.end,
      message: `"${next.text}" after the amount is the source language's word; English writes "${sourceWord}".`,
      suggestions: [{ start: next.start, end: next.end, replacement: sourceWord }],
    };
  }
  const dot = tokens[i + 2]?.text === '.' && tokens[i + 2]!.start === next.end ? tokens[i + 2]! : undefined;
  const german = next.text !== next.lower ? GERMAN_SCALES[next.lower] : undefined;
  const scale = german ?? (dot && next.text === next.lower ? RUSSIAN_SCALES[next.lower] : undefined);
  if (scale === undefined) return undefined;
  const end = dot?.end ?? next.end;
  return {
    start: next.start,
    end,
    message: `"${next.text}${dot ? '.' : ''}" is the ${german ? 'German' : 'Russian'} abbreviation of "${scale}".`,
    suggestions: [{ start: next.start, end, replacement: scale }],
  };
}

/**
 * "won with 2:1", "ended 1:1", "a 3:0 win": a score with a colon where a verb of winning or ending takes it (with the
 * source's "with"/"by" before it perhaps) or a noun of result follows it. English writes "won 2-1".
 */
function scoreFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const score = COLON_SCORE.exec(t.text);
  if (!score) return undefined;
  let k = i - 1;
  const preposition = tokens[k]?.lower === 'with' || tokens[k]?.lower === 'by' ? tokens[k--] : undefined;
  const verb = tokens[k];
  // "Bayern beat Dortmund 3:0": a name between the verb and the score.
  const afterObject = verb !== undefined && verb.text !== verb.lower && SCORE_VERBS.has(tokens[k - 1]?.lower ?? '');
  const byVerb = verb !== undefined && (SCORE_VERBS.has(verb.lower) || afterObject);
  const next = tokens[i + 1];
  if (!byVerb && !(next !== undefined && SCORE_NOUNS.has(next.lower) && next.lower !== 'home' && next.lower !== 'away')) return undefined;
  const english = t.text.replace(':', '-');
  const from = preposition && byVerb && !afterObject ? preposition.start : t.start;
  return {
    start: from,
    end: t.end,
    message: `"${t.text}" writes the score with a colon, as German and Russian do; English writes "${english}"${from !== t.start ? ', with no preposition' : ''}.`,
    suggestions: [{ start: from, end: t.end, replacement: english }],
  };
}

// A clock time with minutes ("14.30", "9:15") or an hour of the afternoon or evening ("17"); "o'clock" takes neither in
// English ("at 8 o'clock").
const CLOCK_WITH_MINUTES = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const AFTERNOON_HOUR = /^(1[3-9]|2[0-3])$/;
const OCLOCK = new Set(["o'clock", 'o’clock']);

// Prepositions of a point in time, before a French hour ("at 14h", "from 9h").
const BEFORE_HOUR = new WordSet(['at', 'from', 'until', 'till', 'to', 'before', 'after', 'by', 'since']);
const HOUR = /^([01]?\d|2[0-3])$/;

/**
 * "18.00 Uhr" (German, the word left untranslated) and "at 14h" (French): the source's way of writing a clock time;
 * English writes "18:00", "14:00". A glued "h" counts only after a preposition of time: "within 12h" is a duration.
 */
function sourceClockFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined) return undefined;
  const minutes = CLOCK_WITH_MINUTES.exec(t.text);
  const hour = HOUR.test(t.text) ? t.text : minutes?.[1];
  if (hour === undefined) return undefined;
  const english = `${hour}:${minutes?.[2] ?? '00'}`;
  if (next.text === 'Uhr') {
    return { start: t.start, end: next.end, message: `"${t.text} Uhr" keeps the German word for "o'clock"; English writes "${english}".`, suggestions: [{ start: t.start, end: next.end, replacement: english }] };
  }
  if (next.text === 'h' && next.start === t.end && !minutes && BEFORE_HOUR.has(tokens[i - 1]?.lower ?? '')) {
    return { start: t.start, end: next.end, message: `"${t.text}h" is the French way of writing the hour; English writes "${english}".`, suggestions: [{ start: t.start, end: next.end, replacement: english }] };
  }
  return undefined;
}

/** "at 14.30 o'clock", "at 17 o'clock": the source's "14.30 Uhr", "в 17 часов". English writes "14:30", "5 p.m.". */
function clockFinding(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || !OCLOCK.has(next.lower)) return sourceClockFinding(tokens, i);
  const minutes = CLOCK_WITH_MINUTES.exec(t.text);
  const english = minutes ? `${minutes[1]}:${minutes[2]}` : AFTERNOON_HOUR.test(t.text) ? `${Number(t.text) - 12} p.m.` : undefined;
  if (english === undefined) return undefined;
  // "p.m." ends with the full stop a sentence would close with: one is enough.
  const end = english.endsWith('.') && tokens[i + 2]?.text === '.' ? tokens[i + 2]!.end : next.end;
  return {
    start: t.start,
    end: next.end,
    message: `"${t.text} ${next.text}" is the source's clock time; English writes "${english}" ("o'clock" only follows a whole hour up to twelve).`,
    suggestions: [{ start: t.start, end, replacement: english }],
  };
}

export default defineRule({
  meta: {
    id: 'source-number-format',
    category: 'fluency/punctuation',
    severity: 'minor',
    confidence: 0.85,
    description: 'Numbers, dates and quotation marks in the source\'s typography: "2,5 percent", "5.000 people", "3 500 people", "15 %", "01.03.2025", „…“, «…».',
    sourceHint: 'German, Russian, French and Spanish write decimals with a comma, group thousands with dots, dates as 01.03.2025 and quote with „…“ or «…»; MT often keeps them.',
    fixable: true,
  },
  needs: [(t) => t.kind === 'number' || FOREIGN_OPENING_QUOTES.has(t.text)],
  detectSentence(sentence, { doc }) {
    const reports: Report[] = [];
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'number') {
        // A number glued to what precedes it is part of a version or a code ("v0.1.104").
        if (i > 0 && tokens[i - 1]!.end === t.start) continue;
        const found = clockFinding(tokens, i) ?? (t.text.includes(':') ? scoreFinding(tokens, i) : numberFinding(t, tokens[i + 1], tokens[i - 1]) ?? chineseUnitFinding(tokens, i) ?? wholePriceFinding(tokens, i) ?? unitFinding(tokens, i) ?? spacedFinding(tokens, i));
        if (found) reports.push(found);
        // The groups of "1 200 000" are not numbers of their own.
        while (tokens[i + 1]?.kind === 'number' && tokens[i + 1]!.start === tokens[i]!.end + 1 && THOUSANDS_GROUP.test(tokens[i + 1]!.text)) i++;
        continue;
      }
      if (t.kind !== 'punct' || !FOREIGN_OPENING_QUOTES.has(t.text)) continue;
      // The quotation's closing mark, for the suggestion: the next foreign or English closing mark.
      let close = i + 1;
      while (close < tokens.length && !/^[“”»‘’‹›"]$/.test(tokens[close]!.text)) close++;
      const closing = tokens[close];
      // One edit for both marks, so that applying it gives a whole English quotation.
      const replacement = closing === undefined ? ENGLISH_QUOTES[t.text]! : `${ENGLISH_QUOTES[t.text]!}${doc.text.slice(t.end, closing.start)}${t.text === '‚' ? '’' : '”'}`;
      reports.push({
        start: t.start,
        end: closing?.end ?? t.end,
        // Guillemets also mark code and names in technical English by French and Spanish writers («Essential»,
        // «update-consumer»): a hint around one word. Around words with a space between, a quotation, they are the
        // source's typography. German „ has no such use.
        ...(t.text === '«' && !(closing !== undefined && close > i + 2 && doc.text.slice(t.end, closing.start).includes(' ')) ? { confidence: GUILLEMET_CONFIDENCE } : {}),
        message: `"${t.text}" opens a quotation as German, Russian or French typography does; English uses “…”.`,
        suggestions: [{ start: t.start, end: closing?.end ?? t.end, replacement }],
      });
      i = close;
    }
    const ordinal = ordinalDotFinding(tokens, doc.text);
    if (ordinal) reports.push(ordinal);
    return reports;
  },
  examples: {
    invalid: [
      { text: 'Inflation rose to 2,5 percent in March.', output: 'Inflation rose to 2.5 percent in March.' },
      { text: 'A ticket costs 12,50 euros.', output: 'A ticket costs 12.50 euros.' },
      { text: 'The plant employs 5.000 workers.', output: 'The plant employs 5,000 workers.' },
      { text: 'The law takes effect on 01.03.2025.', output: 'The law takes effect on 1 March 2025.' },
      { text: 'The mayor called the plan „a disaster“.', output: 'The mayor called the plan “a disaster”.' },
      { text: '«We will not sell the club», the owner said.', output: '“We will not sell the club”, the owner said.' },
      { text: 'The market opens at 7.30 o\'clock on Saturdays.', output: 'The market opens at 7:30 on Saturdays.' },
      { text: 'The shops close at 18 o\'clock.', output: 'The shops close at 6 p.m.' },
      { text: 'The home side won with 3:1 after extra time.', output: 'The home side won 3-1 after extra time.' },
      { text: 'The derby ended 2:2.', output: 'The derby ended 2-2.' },
      { text: 'It was a deserved 4:0 victory.', output: 'It was a deserved 4-0 victory.' },
      { text: 'The market opens on 3. May in the old town.', output: 'The market opens on 3 May in the old town.' },
      { text: 'A ticket costs 12.50 € at the door.', output: 'A ticket costs €12.50 at the door.' },
      { text: 'The repairs will cost 2 Mio. euros.', output: 'The repairs will cost 2 million euros.' },
      { text: 'The new terminal cost 450 mln. rubles.', output: 'The new terminal cost 450 million rubles.' },
      { text: 'About 12 thous. fans watched the final.', output: 'About 12 thousand fans watched the final.' },
      { text: 'Unemployment fell to 6 % in June.', output: 'Unemployment fell to 6% in June.' },
      { text: 'About 3 500 fans travelled to the final.', output: 'About 3,500 fans travelled to the final.' },
      { text: 'The new school cost 1 200 000 euros.', output: 'The new school cost 1,200,000 euros.' },
      { text: 'Turnover rose to 4,7% in the spring.', output: 'Turnover rose to 4.7% in the spring.' },
      { text: 'A day pass costs EUR 7,80 on the bus.', output: 'A day pass costs EUR 7.80 on the bus.' },
      { text: 'The library closes at 19.30 Uhr on Fridays.', output: 'The library closes at 19:30 on Fridays.' },
      { text: 'The parade leaves at 15h from the old port.', output: 'The parade leaves at 15:00 from the old port.' },
      { text: 'Exports reached 2 350 000 barrels in March.', output: 'Exports reached 2,350,000 barrels in March.' },
      { text: 'The new hall cost 4,5 M€ in the end.', output: 'The new hall cost 4.5 M€ in the end.' },
      { text: 'The bridge will cost 2,3 milioni of euros.', output: 'The bridge will cost 2.3 million of euros.' },
      { text: 'The stadium cost 3 Millionen euros.', output: 'The stadium cost 3 million euros.' },
      { text: 'The port handled 5.6 hundred million tonnes of cargo.', output: 'The port handled 560 million tonnes of cargo.' },
      { text: 'The fair drew 12 ten thousand visitors.', output: 'The fair drew 120,000 visitors.' },
      { text: 'The helmet costs 399,- at the shop.', output: 'The helmet costs 399 at the shop.' },
      { text: 'A monthly ticket costs 150 zł for students.', output: 'A monthly ticket costs 150 zlotys for students.' },
    ],
    valid: [
      'Inflation rose to 2.5 percent in March.',
      'Exports rose to 5 mln dlrs in May.',
      'The fund holds 3 Mln. shares.',
      'The game starts at 8 o\'clock tonight.',
      'Pages 2,5 and 7 are missing.',
      'The plate is 0.001 in. thick.',
      'The mass falls by a factor of 2.512 for each unit.',
      'The value of 2.405 is significant.',
      'Version 1.2.3 fixes the bug.',
      'The plant employs 5,000 workers.',
      'The mayor called the plan “a disaster”.',
      'Added in v0.1.104 of the library.',
      'The old tool took 34.261 seconds.',
      'It is 3.500 metres long in the drawing.',
      'The rate fell from 1.250 percent.',
      'The meeting ended at 10:30.',
      'The concert ended 2:05 after midnight.',
      'The mixture is 2:1 water and vinegar.',
      'See John 3:16 for the verse.',
      'The market opens on 3 May in the old town.',
      'A ticket costs €12.50 at the door.',
      'He finished the race in 3. May was his best month.',
      'Run git revert -m 0 $merge_commit to undo it.',
      'Unemployment fell to 6% in June.',
      "| 'got' | 35 | '± 2.84 %' | '+ 14.07 %' |",
      'In 1990 100 people lived in the village.',
      'Rooms 2 and 3 500 metres away are free.',
      'Group 4 120 seconds later finished.',
      'About two hundred million people watched the final.',
      'The job must finish within 12h of the alert.',
      'The ferry takes 24h to reach the island.',
      'The fund raised 300 million dollars and 10 thousand shares.',
      'Read pages 12,-15 first.',
      'The hall seats 5 hundred thousand less than the stadium.',
    ],
  },
});
