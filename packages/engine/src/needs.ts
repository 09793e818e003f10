import { SpellingAnswers, type Sentence, type Token } from '@mtlint/text';

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

/**
 * The indices of the sentence's tokens that meet the rule's `anchor`, in order: the ones the engine worked out for
 * this call when it has (`ctx.anchors`), or found by a pass over the tokens (a caller of `detectSentence` other
 * than the engine, such as a test).
 */
export function anchorsIn(sentence: Pick<Sentence, 'tokens'>, ctx: { anchors?: ArrayLike<number> }, anchor: SentenceNeed): ArrayLike<number> {
  if (ctx.anchors !== undefined) return ctx.anchors;
  const found: number[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) if (meets(anchor, tokens[i]!)) found.push(i);
  return found;
}

/**
 * Which of a run's rules a sentence can concern. Each need of each rule is a bit, and so is each rule's anchor; a
 * spelling's bits (the needs it meets) are worked out once and remembered, so a sentence costs one map lookup and an
 * OR per token, and a rule is called only on the sentences whose tokens together set all of its bits. Rules without
 * needs or anchor always run. The same look-up tells which tokens meet an anchor: they are listed as the step is
 * collected, so that an anchored rule reads only those positions instead of walking every token.
 */
export class SentenceFilter {
  /**
   * Bit words per spelling mask. A spelling's bits have one word more: a flag for each anchored rule whose anchor it
   * meets, so that listing a token stores two numbers, not a reference (a reference stored per token cost the listing
   * most of its time).
   */
  private readonly width: number;
  /**
   * Per rule: the bit words its needs own that are not zero, as pairs (the word's index, its bits), or undefined for a
   * rule that always runs. A rule's bits are a few consecutive ones, in one word or two: `admitted` tests those, not
   * every word of every sentence (most were zero for the rule and passed, at a test each).
   */
  private readonly required: ReadonlyArray<Int32Array | undefined>;
  /**
   * Per rule: its flag in a spelling's last word, or 0 for a rule without an anchor and for anchored rules past the
   * 32nd, whose anchors are needs only (such a rule finds its anchors itself, through `anchorsIn`).
   */
  private readonly anchorFlag: Int32Array;
  /** The anchors that have a flag: each one's bit word, bit mask and flag. */
  private readonly flagged: Array<{ word: number; mask: number; flag: number }> = [];
  /** The bits of the set needs, per lower-case word: looked up once per new spelling instead of every set asked. */
  private readonly byWord = new Map<string, Int32Array>();
  private readonly tests: Array<{ bit: number; test: (token: Token) => boolean }> = [];
  /**
   * Per spelling learnt, where its bits start in `rows` (`width` + 1 words each, the anchor flags last); 0 for a
   * spelling that meets nothing, whose row (the first) stays all zeros. A number in the map, not an array per spelling:
   * the filter reads each token's bits without following a reference to an object of its own.
   */
  private readonly spellings = new Map<string, number>();
  /** The same rows by the tokens' spelling numbers, so that a word token costs two array reads, not a look-up. */
  private readonly rowsByNumber = new SpellingAnswers('numbers');
  private rows: Int32Array;
  /** Where the next spelling's row starts in `rows`. */
  private free: number;
  // The tokens of the step collected last that meet an anchor: their index in their sentence and their spelling's
  // anchor flags, sentence after sentence; `listedFrom[s]` is where sentence `s` of the step starts in them.
  private listedAt = new Int32Array(1_024);
  private listedFlags = new Int32Array(1_024);
  private listedFrom = new Int32Array(64);

  constructor(
    readonly needs: ReadonlyArray<readonly SentenceNeed[] | undefined>,
    readonly anchors: ReadonlyArray<SentenceNeed | undefined> = [],
  ) {
    const count = needs.reduce((n, list) => n + (list?.length ?? 0), 0) + anchors.reduce((n, anchor) => n + (anchor === undefined ? 0 : 1), 0);
    this.width = (count + 31) >> 5;
    this.rows = new Int32Array(1_024 * (this.width + 1));
    this.free = this.width + 1;
    this.anchorFlag = new Int32Array(needs.length);
    let bit = 0;
    const own = (need: SentenceNeed, mask: Int32Array): void => {
      mask[bit >> 5]! |= 1 << (bit & 31);
      if (typeof need === 'function') this.tests.push({ bit, test: need });
      else for (const word of need) this.wordBits(word)[bit >> 5]! |= 1 << (bit & 31);
      bit++;
    };
    this.required = needs.map((list, r) => {
      const anchor = anchors[r];
      if ((list === undefined || list.length === 0) && anchor === undefined) return undefined;
      const mask = new Int32Array(this.width);
      for (const need of list ?? []) own(need, mask);
      if (anchor !== undefined) {
        if (this.flagged.length < 32) {
          const flag = 1 << this.flagged.length;
          this.flagged.push({ word: bit >> 5, mask: 1 << (bit & 31), flag });
          this.anchorFlag[r] = flag;
        }
        own(anchor, mask);
      }
      const words: number[] = [];
      for (let w = 0; w < mask.length; w++) if (mask[w] !== 0) words.push(w, mask[w]!);
      return Int32Array.from(words);
    });
  }

  /** Whether any rule has needs or an anchor, that is, whether filtering can skip anything. */
  get filters(): boolean {
    return this.width > 0;
  }

  /** Whether the rule has an anchor, whose positions `anchorsOf` lists. */
  anchored(rule: number): boolean {
    return this.anchorFlag[rule] !== 0;
  }

  /**
   * The needs each sentence's tokens meet, together: `width` words per sentence of `sentences[first, next)`, written
   * to `into` (zeroed); and the tokens that meet an anchor, for `anchorsOf`.
   */
  collectStep(sentences: ReadonlyArray<Pick<Sentence, 'tokens'>>, first: number, next: number, into: Int32Array): void {
    if (this.listedFrom.length <= next - first) this.listedFrom = new Int32Array(2 * (next - first + 1));
    let listed = 0;
    for (let s = first; s < next; s++) {
      this.listedFrom[s - first] = listed;
      listed = this.collect(sentences[s]!.tokens, into, (s - first) * this.width, listed);
    }
    this.listedFrom[next - first] = listed;
  }

  /**
   * One sentence of `collectStep`: its needs ORed into `into` from `at`, its tokens that meet an anchor listed from
   * `listed` on; returns how many are listed after it. A function of its own, called per sentence, because V8
   * optimises a small function called often sooner than a loop entered once per lint.
   */
  private collect(tokens: readonly Token[], into: Int32Array, at: number, listed: number): number {
    const width = this.width;
    let rows = this.rows;
    const byNumber = this.rowsByNumber;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const slot = byNumber.slot(token.spelling);
      let row: number | undefined;
      if (slot >= 0 && byNumber.known[slot] !== 0) row = byNumber.numbers[slot]!;
      else {
        row = this.spellings.get(token.text);
        if (row === undefined) {
          row = this.learn(token);
          rows = this.rows;
        }
        // (`learn` may have forgotten every number's row, which leaves the slot where it was.)
        if (slot >= 0) {
          byNumber.known[slot] = 1;
          byNumber.numbers[slot] = row;
        }
      }
      if (row === 0) continue;
      for (let w = 0; w < width; w++) into[at + w]! |= rows[row + w]!;
      const flags = rows[row + width]!;
      if (flags === 0) continue;
      if (listed === this.listedAt.length) this.growListed();
      this.listedAt[listed] = i;
      this.listedFlags[listed] = flags;
      listed++;
    }
    return listed;
  }

  /**
   * Writes to `into` the indices of the tokens of sentence `s` of the step collected last (counted from its first)
   * that meet the rule's anchor, in order, and returns how many there are.
   */
  anchorsOf(rule: number, s: number, into: Int32Array): number {
    const flag = this.anchorFlag[rule]!;
    let n = 0;
    for (let k = this.listedFrom[s]!, end = this.listedFrom[s + 1]!; k < end; k++) if ((this.listedFlags[k]! & flag) !== 0) into[n++] = this.listedAt[k]!;
    return n;
  }

  private growListed(): void {
    const at = new Int32Array(2 * this.listedAt.length);
    at.set(this.listedAt);
    this.listedAt = at;
    const flags = new Int32Array(at.length);
    flags.set(this.listedFlags);
    this.listedFlags = flags;
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
    if (required.length === 2) {
      // All of the rule's bits in one word: most rules.
      const mask = required[1]!;
      for (let s = 0, at = required[0]!; s < count; s++, at += width) if ((present[at]! & mask) === mask) into[n++] = s;
      return n;
    }
    for (let s = 0, at = 0; s < count; s++, at += width) {
      let k = 0;
      while (k < required.length && (present[at + required[k]!]! & required[k + 1]!) === required[k + 1]) k += 2;
      if (k === required.length) into[n++] = s;
    }
    return n;
  }

  /** The bit words one sentence takes in `collect`'s array. */
  get stride(): number {
    return this.width;
  }

  private wordBits(word: string): Int32Array {
    let bits = this.byWord.get(word);
    if (bits === undefined) this.byWord.set(word, (bits = new Int32Array(this.width + 1)));
    return bits;
  }

  /** Works out the spelling's bits, remembers them and returns where its row starts. */
  private learn(token: Token): number {
    let bits: Int32Array | undefined;
    const listed = this.byWord.get(token.lower);
    if (listed !== undefined) bits = listed.slice();
    for (const { bit, test } of this.tests) {
      if (!test(token)) continue;
      bits ??= new Int32Array(this.width + 1);
      bits[bit >> 5]! |= 1 << (bit & 31);
    }
    if (this.spellings.size >= MAX_SPELLINGS) {
      this.spellings.clear();
      this.rowsByNumber.clear();
      this.free = this.width + 1;
    }
    if (bits === undefined) {
      this.spellings.set(token.text, 0);
      return 0;
    }
    let flags = 0;
    for (const { word, mask, flag } of this.flagged) if ((bits[word]! & mask) !== 0) flags |= flag;
    bits[this.width] = flags;
    const row = this.free;
    if (row + bits.length > this.rows.length) {
      const rows = new Int32Array(2 * this.rows.length);
      rows.set(this.rows);
      this.rows = rows;
    }
    this.rows.set(bits, row);
    this.free = row + bits.length;
    this.spellings.set(token.text, row);
    return row;
  }
}

// The filters of the last few rule lists run: a process lints with the same list again and again (the default
// catalogue, a config's), and a filter keeps the spellings it has learnt.
const recent: SentenceFilter[] = [];
const MAX_RECENT = 4;

/** A filter for rules with these needs and anchors, the one made last time for the same ones if there was one. */
export function sentenceFilterFor(
  needs: ReadonlyArray<readonly SentenceNeed[] | undefined>,
  anchors: ReadonlyArray<SentenceNeed | undefined> = [],
): SentenceFilter {
  const same = (f: SentenceFilter) =>
    f.needs.length === needs.length && f.needs.every((n, r) => n === needs[r]) &&
    f.anchors.length === anchors.length && f.anchors.every((n, r) => n === anchors[r]);
  const found = recent.findIndex(same);
  const filter = found >= 0 ? recent.splice(found, 1)[0]! : new SentenceFilter(needs, anchors);
  recent.unshift(filter);
  if (recent.length > MAX_RECENT) recent.pop();
  return filter;
}
