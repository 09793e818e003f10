import type { Sentence, Token } from '@mtlint/text';

/**
 * One thing a sentence must contain for a rule to report in it: a word whose lower-case spelling is in the set,
 * or a token the test accepts. A test reads only what every token of the same spelling shares (`text`, `lower`,
 * `kind`, `tags`), never its position or neighbours: the engine asks it once per spelling, not once per token.
 */
export type SentenceNeed = ReadonlySet<string> | ((token: Token) => boolean);

const meets = (need: SentenceNeed, token: Token): boolean => (typeof need === 'function' ? need(token) : need.has(token.lower));

/** Whether the sentence has, for each need, a token that meets it (every sentence meets an empty list). */
export function meetsNeeds(sentence: Pick<Sentence, 'tokens'>, needs: readonly SentenceNeed[]): boolean {
  return needs.every((need) => sentence.tokens.some((t) => meets(need, t)));
}

// Spellings remembered per filter; past this many the memory starts afresh, as the tokenizer's does.
const MAX_SPELLINGS = 200_000;
const NO_BITS = new Int32Array(0);

/**
 * Which of a run's rules a sentence can concern. Each need of each rule is a bit; a spelling's bits (the needs
 * it meets) are worked out once and remembered, so a sentence costs one map lookup and an OR per token, and a
 * rule is called only on the sentences whose tokens together set all of its bits. Rules without needs always run.
 */
export class SentenceFilter {
  /** Bit words per spelling mask. */
  private readonly width: number;
  /** Per rule: the bits its needs own, or undefined for a rule that always runs. */
  private readonly required: ReadonlyArray<Int32Array | undefined>;
  /** The bits of the set needs, per lower-case word: looked up once per new spelling instead of every set asked. */
  private readonly byWord = new Map<string, Int32Array>();
  private readonly tests: Array<{ bit: number; test: (token: Token) => boolean }> = [];
  private readonly spellings = new Map<string, Int32Array>();

  constructor(readonly needs: ReadonlyArray<readonly SentenceNeed[] | undefined>) {
    const count = needs.reduce((n, list) => n + (list?.length ?? 0), 0);
    this.width = (count + 31) >> 5;
    let bit = 0;
    this.required = needs.map((list) => {
      if (list === undefined || list.length === 0) return undefined;
      const mask = new Int32Array(this.width);
      for (const need of list) {
        mask[bit >> 5]! |= 1 << (bit & 31);
        if (typeof need === 'function') this.tests.push({ bit, test: need });
        else for (const word of need) this.wordBits(word)[bit >> 5]! |= 1 << (bit & 31);
        bit++;
      }
      return mask;
    });
  }

  /** Whether any rule has needs, that is, whether filtering can skip anything. */
  get filters(): boolean {
    return this.width > 0;
  }

  /** The needs the tokens meet, together: `width` words per sentence, appended to `into` from `at`. */
  collect(tokens: readonly Token[], into: Int32Array, at: number): void {
    const width = this.width;
    for (const token of tokens) {
      let bits = this.spellings.get(token.text);
      if (bits === undefined) bits = this.learn(token);
      if (bits === NO_BITS) continue;
      for (let w = 0; w < width; w++) into[at + w]! |= bits[w]!;
    }
  }

  /**
   * Writes to `into` the indices (0 to `count` - 1) of the sentences of `present` the rule may report in, and returns
   * how many there are; undefined for a rule that always runs. One tight loop per rule: asking it of each sentence
   * between the detector's calls cost more than the rest of the engine's work.
   */
  admitted(rule: number, present: Int32Array, count: number, into: Int32Array): number | undefined {
    const required = this.required[rule];
    if (required === undefined) return undefined;
    const width = this.width;
    let n = 0;
    for (let s = 0, at = 0; s < count; s++, at += width) {
      let w = 0;
      while (w < width && (present[at + w]! & required[w]!) === required[w]) w++;
      if (w === width) into[n++] = s;
    }
    return n;
  }

  /** The bit words one sentence takes in `collect`'s array. */
  get stride(): number {
    return this.width;
  }

  private wordBits(word: string): Int32Array {
    let bits = this.byWord.get(word);
    if (bits === undefined) this.byWord.set(word, (bits = new Int32Array(this.width)));
    return bits;
  }

  private learn(token: Token): Int32Array {
    let bits: Int32Array | undefined;
    const listed = this.byWord.get(token.lower);
    if (listed !== undefined) bits = listed.slice();
    for (const { bit, test } of this.tests) {
      if (!test(token)) continue;
      bits ??= new Int32Array(this.width);
      bits[bit >> 5]! |= 1 << (bit & 31);
    }
    const known = bits ?? NO_BITS;
    if (this.spellings.size >= MAX_SPELLINGS) this.spellings.clear();
    this.spellings.set(token.text, known);
    return known;
  }
}

// The filters of the last few rule lists run: a process lints with the same list again and again (the default
// catalogue, a config's), and a filter keeps the spellings it has learnt.
const recent: SentenceFilter[] = [];
const MAX_RECENT = 4;

/** A filter for rules with these needs, the one made last time for the same needs if there was one. */
export function sentenceFilterFor(needs: ReadonlyArray<readonly SentenceNeed[] | undefined>): SentenceFilter {
  const same = (f: SentenceFilter) => f.needs.length === needs.length && f.needs.every((n, r) => n === needs[r]);
  const found = recent.findIndex(same);
  const filter = found >= 0 ? recent.splice(found, 1)[0]! : new SentenceFilter(needs);
  recent.unshift(filter);
  if (recent.length > MAX_RECENT) recent.pop();
  return filter;
}
