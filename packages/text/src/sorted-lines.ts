/**
 * A table generated at build time as one string, a line per entry and the lines sorted by their keys in
 * UTF-16 code unit order, searched where it stands: nothing is built from it but the lines' starts (a few
 * milliseconds, on first use), and each lookup is a binary search that compares keys in place, since a
 * key cut out at each step would be garbage to collect.
 */
export class SortedLines {
  private starts: Uint32Array | undefined;
  private readonly keyEnd: number;

  /** `keyEnd`: the character that ends a line's key, when something follows it on the line (a tab). */
  constructor(
    readonly text: string,
    keyEnd = '\n',
  ) {
    this.keyEnd = keyEnd.charCodeAt(0);
  }

  /** The index of the line whose key is `key`, or -1. */
  find(key: string): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareKey(starts[middle]!, this.endOf(starts, middle), key);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Where line `index` starts in `text`. */
  lineStart(index: number): number {
    return this.lineStarts()[index]!;
  }

  /** Where line `index` ends in `text`: at its line break, or at the end of the text. */
  lineEnd(index: number): number {
    return this.endOf(this.lineStarts(), index);
  }

  private endOf(starts: Uint32Array, index: number): number {
    return index + 1 < starts.length ? starts[index + 1]! - 1 : this.text.length;
  }

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const { text } = this;
    let starts = new Uint32Array(1 + (text.length >> 3));
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
    }
    return (this.starts = starts.slice(0, count));
  }

  /**
   * The order of the key of the line `[start, end)` against `key`: negative when the line's sorts first, 0
   * when equal. The key ends at `keyEnd` or at the line's end.
   */
  private compareKey(start: number, end: number, key: string): number {
    const { text, keyEnd } = this;
    const length = Math.min(key.length, end - start);
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(start + i);
      if (code === keyEnd) return -1;
      const difference = code - key.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    if (length < key.length) return -1;
    return start + length === end || text.charCodeAt(start + length) === keyEnd ? 0 : 1;
  }
}
