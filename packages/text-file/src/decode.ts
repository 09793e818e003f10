/** A file's bytes as text to lint, or why they cannot be linted. */
export type Decoded =
  | {
      ok: true;
      /** The text to lint: the file's text without a UTF-8 byte-order mark. */
      text: string;
      /**
       * UTF-16 units that precede `text` in the file as JavaScript reads it (1 when the file starts
       * with a UTF-8 BOM, else 0); see `decodeText`.
       */
      offset: number;
    }
  | { ok: false; problem: string };

const fatal = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file for linting, refusing what is not UTF-8 text: a UTF-16 BOM, NUL bytes (binary),
 * or invalid UTF-8.
 *
 * UTF-8 BOM: the rules see the text without it (a U+FEFF would glue itself to the first word), and
 * the CLI adds `offset` (1) back to every finding's `start`/`end` and to its suggestions, so that
 * offsets index the file's text as `readFileSync(path, 'utf8')` returns it (BOM kept as U+FEFF):
 * what gold-eval.mjs and any other consumer of the JSON report slice, and where a fix applied to
 * the file must land. Lines and columns are computed on the text without the BOM, as editors show
 * them (an editor does not count the BOM as a column).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: 'is UTF-16 (it starts with a UTF-16 byte-order mark); mtlint reads UTF-8 only' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `looks binary (NUL byte at offset ${nul}); mtlint reads UTF-8 text only` };
  let text: string;
  try {
    text = fatal().decode(bytes);
  } catch {
    return { ok: false, problem: `is not valid UTF-8 (bad byte at offset ${firstInvalidByte(bytes)})` };
  }
  return text.charCodeAt(0) === 0xfeff ? { ok: true, text: text.slice(1), offset: 1 } : { ok: true, text, offset: 0 };
}

/**
 * Offset of the first byte that makes the text invalid UTF-8. With `stream: true` a decoder only
 * throws on bytes that no continuation could make valid, so "this prefix is already invalid" is
 * monotone and a binary search finds the shortest such prefix. Only runs on the error path.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  const invalid = (n: number) => {
    try {
      fatal().decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!invalid(bytes.length)) {
    // Only the end is wrong: a truncated sequence; point at its lead byte.
    let i = bytes.length - 1;
    while (i > 0 && (bytes[i]! & 0xc0) === 0x80) i--;
    return i;
  }
  let lo = 1;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (invalid(mid)) hi = mid;
    else lo = mid + 1;
  }
  const bad = lo - 1;
  // If the bad byte interrupts a multi-byte sequence ("\xC3(" ), point at the sequence's lead byte.
  let lead = bad - 1;
  while (lead >= 0 && bad - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  return lead >= 0 && lead + sequenceLength(bytes[lead]!) > bad ? lead : bad;
}

/** Bytes in a UTF-8 sequence, from its lead byte (1 for anything else). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}
