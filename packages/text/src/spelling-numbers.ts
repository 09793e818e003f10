/**
 * Spelling numbers. The tokenizer gives each distinct spelling of a word (its `text`, as written) a number, shared
 * by every token of that spelling (`Token.spelling`), so that a set or memo asked the same question of the same
 * spelling again answers from an array indexed by the number instead of hashing the string and searching a hash table
 * (a cache miss or two in a large table, 40–60 ns, some 1.2 million times in a lint of 1 MB).
 *
 * Numbers come in generations of `GENERATION_SIZE`: when a generation is full the tokenizer forgets its spellings
 * and numbers new ones in the next generation, so that a long-running process (a language server reading document
 * after document) remembers a bounded number of spellings, and every per-spelling memory (`SpellingAnswers`) holds at
 * most one generation's answers. A number is never given to two spellings, so a token of an older generation still
 * gets the right answer (by its string, see `slot`).
 */
const GENERATION_BITS = 17;
export const GENERATION_SIZE = 1 << GENERATION_BITS;
/** Past this, spellings get no number (-1) and are answered by their strings: a billion spellings in one process. */
export const MAX_SPELLING_NUMBER = 1 << 30;

/** How many numbers the newest generation has given (its highest slot and one), which `noteSpellingNumber` keeps. */
let slotsGiven = 0;

/** Called by the tokenizer with each number it gives. */
export function noteSpellingNumber(n: number): void {
  slotsGiven = (n & (GENERATION_SIZE - 1)) + 1;
}

/**
 * Answers remembered per spelling number, for the newest generation asked. `slot` tells where a number's answer
 * lives in `known` (0: not yet known; what else it holds is the owner's) and, for owners with answers other than a
 * few flags, in `values` (any value) or `numbers` (a 32-bit integer); the owner reads and writes them itself, so that a
 * known answer costs two array reads. `slot` may replace the arrays (to grow them, or for a new generation): read them
 * after it, never `known[slot(n)]`, which reads the array before the call.
 */
export class SpellingAnswers<T = never> {
  // Typed as plain typed arrays: TypeScript 5.7 and later would write `Uint8Array<ArrayBuffer>` in the declarations,
  // which older compilers (5.4, the package test's) cannot read.
  known: Uint8Array = new Uint8Array(0);
  values: (T | undefined)[] = [];
  numbers: Int32Array = new Int32Array(0);
  private generation = -1;

  constructor(private readonly holds: 'flags' | 'values' | 'numbers' = 'flags') {}

  /**
   * Where the answer for spelling number `n` lives, or -1 when it cannot be remembered: a token without a number
   * (not a word, or made by hand), or of an older generation than the answers held.
   */
  slot(n: number | undefined): number {
    if (n === undefined || n < 0) return -1;
    const generation = n >>> GENERATION_BITS;
    if (generation !== this.generation) {
      if (generation < this.generation) return -1;
      this.generation = generation;
      this.resize(this.known.length, false);
    }
    const slot = n & (GENERATION_SIZE - 1);
    // Grown to hold every number given so far at once: a document's spellings are all numbered before a rule asks,
    // and growing by doubling made each set and memo of a long text's first lint allocate and copy its arrays five
    // times over (1,637 times for the 1 MB text's first lint, 7.7 million entries).
    if (slot >= this.known.length) this.resize(Math.min(GENERATION_SIZE, Math.max(1_024, 2 * this.known.length, slot + 1, slotsGiven)), true);
    return slot;
  }

  /**
   * A per-spelling answer of `compute` (a non-zero number: a word's class tests as bits, say), remembered in
   * `numbers` (an owner constructed with 'numbers'). Tokens without a usable number are computed each time.
   */
  remembered<K extends { readonly spelling?: number }>(t: K, compute: (t: K) => number): number {
    const slot = this.slot(t.spelling);
    if (slot < 0) return compute(t);
    const known = this.numbers[slot]!;
    return known !== 0 ? known : (this.numbers[slot] = compute(t));
  }

  /** Forgets every answer. */
  clear(): void {
    this.resize(this.known.length, false);
  }

  private resize(size: number, keep: boolean): void {
    const known = new Uint8Array(size);
    if (keep) known.set(this.known);
    this.known = known;
    if (this.holds === 'numbers') {
      const numbers = new Int32Array(size);
      if (keep) numbers.set(this.numbers);
      this.numbers = numbers;
    } else if (this.holds === 'values') {
      const values = new Array<T | undefined>(size).fill(undefined);
      if (keep) for (let k = 0; k < this.values.length; k++) values[k] = this.values[k];
      this.values = values;
    }
  }
}
