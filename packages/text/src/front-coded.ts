/**
 * A `key → value` table generated at build time as one string (scripts/front-coded.mjs), searched where it
 * stands. Keys are sorted by UTF-16 code unit; each line holds a character for the length of the prefix its
 * key shares with the key before (from "#" for 0), one for the length of its value unless the table's values
 * all have one width, the value, and the rest of the key. Lines end with "~" and blocks of them with DEL; a
 * block's first key is written whole. A lookup is a binary search over the blocks' first keys, compared in
 * place, then a walk through one block, also in place. Nothing is built but the blocks' starts, on first use.
 */
export class FrontCodedTable {
  private starts: Uint32Array | undefined;
  private text = '';
  /** Two bits per key (`filtered` tables): a key whose bits are not both set is absent. */
  private bits: Int32Array | undefined;
  /** Lookups left before a `filtered` table builds its filter. */
  private unfiltered = FILTER_AFTER;
  /**
   * The length of the longest key, known with the filter: a longer word is absent without hashing it (conjugating a
   * word of 100,000 letters asks about each of its endings, and hashing them all took time in the square of its length).
   */
  private longest = 0;

  /**
   * `source`: the table, or what gives it when it is first searched (src/tables.ts reads the large ones then).
   * `valueWidth`: the length of every value, when the table was written with one (no length characters).
   * `filtered`: `mayHave` answers most absent keys from a filter of the keys' hashes (a Bloom filter), without a search. For a
   * table asked mostly about words it lacks: building the filter reads every key once, so it is built only once the
   * table has been asked `FILTER_AFTER` times (a long text), not for a short text's few lookups.
   */
  constructor(
    private readonly source: string | (() => string),
    private readonly valueWidth?: number,
    private readonly filtered = false,
  ) {}

  /** False when the table surely lacks `key` (a `filtered` table's filter says so); true when it may have it. */
  mayHave(key: string): boolean {
    if (this.bits === undefined) {
      if (!this.filtered || --this.unfiltered > 0) return true;
      if (this.starts === undefined) this.prepare();
      this.bits = this.keyFilter(this.text);
    }
    return key.length <= this.longest && hasBits(this.bits, hashOf(key));
  }

  /** The value of `key`, or undefined. */
  get(key: string): string | undefined {
    // Not the filter again: a `filtered` table's callers ask `mayHave` first, and a key it passes would be hashed twice.
    const starts = this.starts ?? this.prepare();
    const { text } = this;
    // The last block whose first key is not after `key`.
    let low = 0;
    let high = starts.length - 1;
    let block = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (this.compareFirstKey(starts[middle]!, key) <= 0) {
        block = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (block === -1) return undefined;
    const blockEnd = block + 1 < starts.length ? starts[block + 1]! - 1 : text.length;
    // Keys are compared in place: `matched` characters of `key` equal the start of the key before, which sorts
    // before `key`. A key sharing fewer characters with the one before sorts after `key`; one sharing more, before.
    let matched = 0;
    for (let at = starts[block]!; at < blockEnd; ) {
      let end = text.indexOf(LINE_END, at);
      if (end === -1 || end > blockEnd) end = blockEnd;
      const shared = text.charCodeAt(at) - ZERO;
      if (shared < matched) return undefined;
      if (shared === matched) {
        const valueStart = this.valueStart(at);
        const keyStart = valueStart + this.valueLength(at);
        let i = 0;
        while (keyStart + i < end && matched + i < key.length && text.charCodeAt(keyStart + i) === key.charCodeAt(matched + i)) i++;
        const keyEnded = matched + i === key.length;
        if (keyStart + i === end) {
          if (keyEnded) return text.slice(valueStart, keyStart);
        } else if (keyEnded || text.charCodeAt(keyStart + i) > key.charCodeAt(matched + i)) return undefined;
        matched += i;
      }
      at = end + 1;
    }
    return undefined;
  }

  private valueStart(lineStart: number): number {
    return this.valueWidth === undefined ? lineStart + 2 : lineStart + 1;
  }

  private valueLength(lineStart: number): number {
    return this.valueWidth ?? this.text.charCodeAt(lineStart + 1) - ZERO;
  }

  /** Takes the text from the source and finds the blocks' starts. */
  private prepare(): Uint32Array {
    const text = (this.text = typeof this.source === 'string' ? this.source : this.source());
    let starts = new Uint32Array(1 + (text.length >> 8));
    let count = text.length > 0 ? 1 : 0;
    for (let i = text.indexOf(BLOCK_END); i >= 0; i = text.indexOf(BLOCK_END, i + 1)) {
      if (count === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
    }
    return (this.starts = starts.slice(0, count));
  }

  /** The filter of every key's hash: each line's key is the prefix it shares with the key before (kept in `key`) and the rest of the line. */
  private keyFilter(text: string): Int32Array {
    const bits = new Int32Array(FILTER_WORDS);
    let key = new Uint16Array(256);
    for (let at = 0; at < text.length; ) {
      let length = text.charCodeAt(at) - ZERO;
      let k = this.valueStart(at) + this.valueLength(at);
      for (let code = k < text.length ? text.charCodeAt(k) : LINE_END_CODE; code !== LINE_END_CODE && code !== BLOCK_END_CODE; ) {
        if (length === key.length) {
          const longer = new Uint16Array(2 * length);
          longer.set(key);
          key = longer;
        }
        key[length++] = code;
        code = ++k < text.length ? text.charCodeAt(k) : LINE_END_CODE;
      }
      let hash = FNV_OFFSET;
      for (let c = 0; c < length; c++) hash = Math.imul(hash ^ key[c]!, FNV_PRIME);
      setBits(bits, hash);
      if (length > this.longest) this.longest = length;
      at = k + 1;
    }
    return bits;
  }

  /** The order of the first key of the block at `start` (written whole) against `key`: negative when it sorts first. */
  private compareFirstKey(start: number, key: string): number {
    const { text } = this;
    const keyStart = this.valueStart(start) + this.valueLength(start);
    for (let i = 0; ; i++) {
      const at = keyStart + i;
      const code = at < text.length ? text.charCodeAt(at) : LINE_END_CODE;
      if (code === LINE_END_CODE || code === BLOCK_END_CODE) return i === key.length ? 0 : -1;
      if (i === key.length) return 1;
      const difference = code - key.charCodeAt(i);
      if (difference !== 0) return difference;
    }
  }
}

/** Lookups of a `filtered` table before it builds its filter: more than a short text makes (the bundled article about 1,400). */
const FILTER_AFTER = 4_096;
// The filter: 2^20 bits (128 kB), two per key, from one 32-bit FNV-1a hash of the key's UTF-16 code units; at the
// 100,000 keys of the largest table about 3% of absent keys pass it and are searched.
const FILTER_BITS = 20;
const FILTER_WORDS = 1 << (FILTER_BITS - 5);
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashOf(key: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), FNV_PRIME);
  return hash;
}

// The two bit positions: the hash's low 20 bits, and its high bits mixed again.
const firstBit = (hash: number) => hash & ((1 << FILTER_BITS) - 1);
const secondBit = (hash: number) => (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> (32 - FILTER_BITS));

function setBits(bits: Int32Array, hash: number): void {
  const a = firstBit(hash);
  const b = secondBit(hash);
  bits[a >>> 5]! |= 1 << (a & 31);
  bits[b >>> 5]! |= 1 << (b & 31);
}

function hasBits(bits: Int32Array, hash: number): boolean {
  const a = firstBit(hash);
  const b = secondBit(hash);
  return (bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

const ZERO = 0x23;
const LINE_END = '~';
const BLOCK_END = '\x7f';
const LINE_END_CODE = LINE_END.charCodeAt(0);
const BLOCK_END_CODE = BLOCK_END.charCodeAt(0);
