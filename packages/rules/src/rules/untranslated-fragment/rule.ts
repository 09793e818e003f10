import { defineRule, type Report } from '@mtlint/engine';
import { isGuessed, quotedMask, type Sentence, type Token, WordSet } from '@mtlint/text';

// Three kinds of source text left in an English translation: characters of another script (Chinese, Cyrillic …),
// full-width CJK punctuation, and Latin-script words that are not English: toned pinyin, a run of pinyin
// syllables, or a run of words the English lexicon does not know. Names are capitalised and are never read as
// fragments, so "Xi Jinping" or "Zhang Wei" stay alone; a fragment inside quotation marks is a quoted term, and
// one in brackets, or followed by a bracketed gloss, is a deliberate gloss: both are skipped.

// The syllables of Hanyu Pinyin without tones (the table of the standard, 405 syllables; the interjections
// m, n, ng, hm, hng are left out because they would match English abbreviations).
const PINYIN_SYLLABLES = new WordSet(
  [
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cei cen',
    'ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong',
    'cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun',
    'duo e ei en er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai',
    'guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji',
    'jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua',
    'kuai kuan kuang kui kun kuo lü la lai lan lang lao le lüe lei leng li lia lian liang liao lie lin ling liu',
    'long lou lu luan lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu nü na nai',
    'nan nang nao ne nüe nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo o ou pa pai pan pang',
    'pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que',
    'qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sei sen seng sha shai',
    'shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan',
    'sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei',
    'wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying',
    'yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi',
    'zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zuan zui zun zuo zu',
  ].join(' ').split(' '),
);
const LONGEST_SYLLABLE = 6;
// Pinyin ends every syllable in a vowel, n, ng or r: a cheap test that rules out most English words at once.
const PINYIN_ENDING = /[aeiouüngr]$/u;
// Macron and caron mark the first and third tones; no English or Romance spelling uses them on these vowels.
const TONE_MARK = /[āēīōūǖǎěǐǒǔǚ]/u;
const COMBINING_TONES = /[\u0304\u0301\u030C\u0300]/gu;
const LOWER_WORD = /^\p{Ll}+$/u;

// Full-width punctuation of Chinese and Japanese typesetting, with the English mark that replaces it.
const FULL_WIDTH: Readonly<Record<string, string>> = {
  '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '、': ',', '（': '(', '）': ')',
  '《': '“', '》': '”', '【': '[', '】': ']', '「': '“', '」': '”', '『': '‘', '』': '’', '．': '.',
};
// Marks after which English puts a space before the next word.
const SPACED_AFTER = new WordSet([',', '.', ':', ';', '!', '?', ')', ']', '”', '’']);
const OPENING = new WordSet(['(', '[', '“', '‘']);
// Any of those marks, for a search of a sentence's text.
const FULL_WIDTH_MARK = new RegExp(`[${Object.keys(FULL_WIDTH).join('')}]`);
/** Full-width marks are all at U+3000 or above: one comparison before the table lookup. */
const isFullWidth = (t: Token) => t.kind === 'punct' && t.text.charCodeAt(0) >= 0x3000 && FULL_WIDTH[t.text] !== undefined;

const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Han}/u, 'Chinese characters'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese characters'],
  [/\p{Script=Hangul}/u, 'Korean characters'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic text'],
  [/\p{Script=Greek}/u, 'Greek text'],
  [/\p{Script=Arabic}/u, 'Arabic text'],
  [/\p{Script=Hebrew}/u, 'Hebrew text'],
];
const scriptName = (text: string) => SCRIPTS.find(([re]) => re.test(text))?.[1] ?? 'Text in another script';
// Greek letters on their own are symbols of science and mathematics (α-helix, β-blockers, Δ).
const isSymbolLetter = (t: Token) => t.text.length <= 2 && /^\p{Script=Greek}+$/u.test(t.text);

/** The word split into toneless pinyin syllables, or 0 when it is not pinyin. */
function pinyinSyllables(word: string): number {
  const n = word.length;
  if (n === 0 || n > 30) return 0;
  // count[i]: fewest syllables that spell word[0, i), or 0 when none do. A syllable that starts with a vowel
  // only stands first: inside a word pinyin marks it with an apostrophe (Xi'an).
  const count = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) {
    if (i > 0 && count[i] === 0) continue;
    for (let len = 1; len <= LONGEST_SYLLABLE && i + len <= n; len++) {
      const syllable = word.slice(i, i + len);
      if (!PINYIN_SYLLABLES.has(syllable) || (i > 0 && /^[aeo]/u.test(syllable))) continue;
      const next = (count[i] ?? 0) + 1;
      if (count[i + len] === 0 || next < count[i + len]!) count[i + len] = next;
    }
  }
  return count[n] ?? 0;
}

/** The word without its tone marks: "zhōngguó" → "zhongguo". */
const withoutTones = (lower: string) => lower.normalize('NFD').replace(COMBINING_TONES, '').normalize('NFC');

/** How many pinyin syllables the word has, with or without tone marks; 0 when it is not pinyin. */
function pinyinLength(t: Token): number {
  const bare = withoutTones(t.lower);
  return PINYIN_ENDING.test(bare) ? pinyinSyllables(bare) : 0;
}
const isPinyin = (t: Token) => pinyinLength(t) > 0;

/** A lower-case word the English lexicon does not know (a capitalised one is a name); its tags tell, without a lookup. */
const isUnknownLowerWord = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && t.text === t.lower && isGuessed(t.tags) && LOWER_WORD.test(t.text);

interface Span {
  from: number;
  to: number; // inclusive token indexes
  kind: 'script' | 'pinyin' | 'unknown';
}

/** Tokens [from, to] are between brackets, or followed by a bracketed gloss: a deliberate gloss. */
function isGlossed(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.text;
  const after = tokens[to + 1]?.text;
  return ((before === '(' || before === '（') && (after === ')' || after === '）')) || after === '(' || after === '（';
}

function fragments(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'foreign') {
      if (isSymbolLetter(t)) continue;
      // A run of source text: foreign words with the numbers and punctuation between them.
      let j = i;
      while (j + 1 < tokens.length) {
        const u = tokens[j + 1]!;
        if (u.kind === 'foreign' || isFullWidth(u)) j++;
        else if ((u.kind === 'number' || u.kind === 'punct') && tokens[j + 2]?.kind === 'foreign') j += 2;
        else break;
      }
      spans.push({ from: i, to: j, kind: 'script' });
      i = j;
      continue;
    }
    if (!isUnknownLowerWord(t)) continue;
    let j = i;
    while (isUnknownLowerWord(tokens[j + 1])) j++;
    const words = tokens.slice(i, j + 1);
    // Pinyin: a run of two or more unknown words that all read as pinyin, three syllables at least (two-syllable
    // loanwords such as "tai chi" are English), or one word with a first or third tone mark. Otherwise three or
    // more unknown words in a row are a source fragment of any language.
    let syllables = 0;
    for (const w of words) {
      const n = pinyinLength(w);
      if (n === 0) {
        syllables = 0;
        break;
      }
      syllables += n;
    }
    if ((words.length >= 2 && syllables >= 3) || (words.length === 1 && syllables > 0 && TONE_MARK.test(t.text))) {
      spans.push({ from: i, to: j, kind: 'pinyin' });
    } else if (words.length >= 3) {
      spans.push({ from: i, to: j, kind: 'unknown' });
    } else {
      // Two words that are not both pinyin: a toned one among them is still pinyin on its own.
      for (let k = i; k <= j; k++) if (TONE_MARK.test(tokens[k]!.text) && isPinyin(tokens[k]!)) spans.push({ from: k, to: k, kind: 'pinyin' });
    }
    i = j;
  }
  return spans;
}

// A Japanese honorific on a name ("Ishikawa-san", "Tanaka-sama"); "Papa-san" and "Mama-san" are English loans.
const HONORIFIC = /^(\p{Lu}\p{Ll}+)-(san|sama|kun|chan|sensei|senpai|dono)$/u;
const LOANED_HONORIFICS = new WordSet(['papa-san', 'mama-san', 'baby-san']);
// The source's word for "years old" on a number: German "34-jähriger", Polish "27-letnia", Hungarian "40-éves",
// Italian "34enne" (a number and the glued word "enne").
const AGE_SUFFIX = /^(\d{1,3})-(jährige[rnms]?|letni[aeo]?|letniego|letnią|letniej|éves|godišnji|godišnja)$/u;
const hasSourceSuffix = (t: Token) => t.kind === 'word' && t.text.indexOf('-') > 0 && (HONORIFIC.test(t.text) || AGE_SUFFIX.test(t.text));
// Where a suffix finding starts: a word with one, or the "enne" glued to a number.
const mayCarrySourceSuffix = (t: Token) => hasSourceSuffix(t) || t.lower === 'enne';

/** "Ishikawa-san", "a 34-jähriger", "a 34enne": a Japanese honorific, or the source's "years old", kept on a word. */
function sourceSuffix(tokens: readonly Token[], i: number): Report | undefined {
  const t = tokens[i]!;
  const honorific = HONORIFIC.exec(t.text);
  if (honorific && !LOANED_HONORIFICS.hasToken(t)) {
    return {
      start: t.start,
      end: t.end,
      mqmSeverity: 'minor',
      message: `"-${honorific[2]}" is a Japanese honorific; English writes "Mr ${honorific[1]}" or "Ms ${honorific[1]}", or the name alone.`,
      suggestions: [{ start: t.start, end: t.end, replacement: honorific[1]! }],
    };
  }
  const suffixed = AGE_SUFFIX.exec(t.text);
  const number = tokens[i - 1];
  const glued = t.lower === 'enne' && number?.kind === 'number' && number.end === t.start;
  if (!suffixed && !glued) return undefined;
  const start = glued ? number.start : t.start;
  const years = glued ? number.text : suffixed![1]!;
  return {
    start,
    end: t.end,
    mqmSeverity: 'minor',
    message: `"${glued ? number.text + t.text : t.text}" keeps the source's word for "years old"; English writes "${years}-year-old".`,
    suggestions: [{ start, end: t.end, replacement: `${years}-year-old` }],
  };
}

/** The English mark for a full-width one, with the space English puts around it. */
function asciiPunctuation(text: string, t: Token): string {
  const mark = FULL_WIDTH[t.text]!;
  const before = text[t.start - 1] ?? ' ';
  const after = text[t.end] ?? ' ';
  const spaceBefore = OPENING.has(mark) && /[\p{L}\p{N}]/u.test(before) ? ' ' : '';
  const spaceAfter = SPACED_AFTER.has(mark) && /[\p{L}\p{N}(“]/u.test(after) && !(mark === '.' && /\p{N}/u.test(after)) ? ' ' : '';
  return spaceBefore + mark + spaceAfter;
}

function detect(sentence: Sentence, text: string): Report[] {
  const tokens = sentence.tokens;
  const reports: Report[] = [];
  let quoted: boolean[] | undefined;
  const inQuotes = (i: number) => (quoted ??= quotedMask(sentence))[i] === true;
  const spans = fragments(tokens);
  for (const span of spans) {
    if (isGlossed(tokens, span.from, span.to)) continue;
    const first = tokens[span.from]!;
    const last = tokens[span.to]!;
    const fragment = text.slice(first.start, last.end);
    // A quoted term (the word “加油”, the “hukou” system) is cited on purpose.
    if (inQuotes(span.from)) continue;
    const confidence = span.kind === 'unknown' ? 0.6 : 0.85;
    const message =
      span.kind === 'script'
        ? `${scriptName(fragment)} left in the English text: "${fragment}" was not translated.`
        : span.kind === 'pinyin'
          ? `"${fragment}" is Chinese in pinyin, not English: the source word was transliterated instead of translated.`
          : `"${fragment}" is not English: a fragment of the source text was left untranslated.`;
    reports.push({ start: first.start, end: last.end, message, confidence, ...(span.kind === 'unknown' ? { mqmSeverity: 'minor' as const } : {}) });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Quoted dialogue keeps an honorific on purpose, as fiction set in Japan does ("You can tell Kayabashi-san …").
    if (!mayCarrySourceSuffix(t) || inQuotes(i)) continue;
    const found = sourceSuffix(tokens, i);
    if (found) reports.push(found);
  }
  // Full-width punctuation among English words: the source's typesetting, replaced mark for mark; adjacent marks
  // ("》，") are one finding. One search of the sentence's text spares the token scan where there is none.
  if (tokens.length === 0 || !FULL_WIDTH_MARK.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end))) return reports;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A mark inside a run of source text belongs to that run's finding.
    if (!isFullWidth(t) || spans.some((span) => span.from <= i && i <= span.to)) continue;
    let j = i;
    while (j + 1 < tokens.length && isFullWidth(tokens[j + 1]!) && tokens[j + 1]!.start === tokens[j]!.end) j++;
    const run = tokens.slice(i, j + 1);
    const marks = text.slice(t.start, tokens[j]!.end);
    reports.push({
      start: t.start,
      end: tokens[j]!.end,
      mqmSeverity: 'minor',
      message: `"${marks}" is Chinese or Japanese full-width punctuation; English uses "${run.map((m) => FULL_WIDTH[m.text]).join('')}".`,
      suggestions: [{ start: t.start, end: tokens[j]!.end, replacement: run.map((m) => asciiPunctuation(text, m)).join('') }],
    });
    i = j;
  }
  return reports;
}

export default defineRule({
  meta: {
    id: 'untranslated-fragment',
    category: 'source/residue',
    severity: 'major',
    confidence: 0.85,
    description: 'Source text left in the translation: characters of another script, full-width punctuation, pinyin or other non-English words.',
    sourceHint: 'Words the engine could not translate (rare names, terms, whole clauses) copied or transliterated from the source, with its punctuation.',
    fixable: false,
  },
  // What every finding starts at: a token of another script, an unknown lower-case word, a full-width mark, a source suffix.
  needs: [(t) => t.kind === 'foreign' || mayCarrySourceSuffix(t) || isUnknownLowerWord(t) || isFullWidth(t)],
  detectSentence: (sentence, ctx) => detect(sentence, ctx.doc.text),
  examples: {
    invalid: [
      { text: 'The company said its 人民币 bonds would mature next year.' },
      { text: 'The governor said that Москва would answer soon.' },
      { text: 'Prices rose again，the bureau said.', output: 'Prices rose again, the bureau said.' },
      { text: 'The paper quoted《Economic Daily》，which cited officials.', output: 'The paper quoted “Economic Daily”, which cited officials.', count: 2 },
      { text: 'The report appeared in《People’s Daily》on Monday.', output: 'The report appeared in “People’s Daily” on Monday.' },
      { text: 'The new shehui baozhang rules take effect in May.', count: 1 },
      { text: 'The campaign for gòngtóng fùyù was launched last year.', count: 1 },
      { text: 'Farmers were told to plant more zhòngzǐ this spring.', count: 1 },
      { text: 'The minister spoke about the neuen gesetzlichen regelungen for landlords.' },
      { text: 'Thank you for coming, Watanabe-san.', output: 'Thank you for coming, Watanabe.' },
      { text: 'Police arrested a 41-jähriger from the village.', output: 'Police arrested a 41-year-old from the village.' },
      { text: 'The carabinieri stopped a 52enne at the border.', output: 'The carabinieri stopped a 52-year-old at the border.' },
    ],
    valid: [
      'Xi Jinping met Zhang Wei and Li Qiang in Beijing on Tuesday.',
      'The word “加油” is shouted at races all over China.',
      'The president, Xi Jinping (习近平), spoke for an hour.',
      'The α-helix and β-sheet are common protein structures.',
      'Residents of Guangzhou and Chongqing queued for tickets.',
      'The euro banknotes were printed in Frankfurt.',
      'Dai Bingguo and Wen Jiabao attended the dinner.',
      'The tai chi class meets in the park every morning.',
      'She ordered a latte and a croissant at the café.',
      'The term hukou refers to China’s household registration system.',
      'The troops called the mountain Papa-san.',
      'A 41-year-old from the village was arrested.',
      'The Jean-Paul Sartre prize went to Anne-Marie.',
    ],
  },
});
