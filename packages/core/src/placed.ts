/**
 * The findings `lintFile` returns, built in one fixed shape with their repeated strings kept once. A file's
 * findings are what stays in memory while the rest of a long file is linted, so their size is what a large
 * file costs: on a 10 MB file of MT (82,000 findings) they took 63 MB of heap as the engine and the offset
 * mapping left them, 800 bytes each, and about a third of that as built here.
 *
 * - An object made by spreading another (`{ ...f, start, end }`) got a hidden class (V8 map, 180 bytes) of its
 *   own each time, for findings and suggestions alike; an object literal with the fields in one order shares one.
 * - A rule builds its message anew for each report (`` `… ${word} …` ``) as a chain of concatenated strings
 *   (32 bytes a link, with the pieces); the same message is the same few dozen strings in a whole file.
 * - Arrays filled by `push` keep room for 17 elements; `map` makes them the size they are.
 */
import type { Finding, Suggestion } from '@mtlint/engine';

/** The strings a file's findings repeat (messages, replacements), each kept once: for one file's findings, then dropped. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /** `text`, or the equal string met first. Looking it up flattens a concatenated string, so what is kept is one flat string. */
  intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }
}

/** A suggestion with its fields in one order (a replacement from `pool`, if given). */
export function suggestionAt(start: number, end: number, replacement: string, pool?: StringPool): Suggestion {
  return { start, end, replacement: pool ? pool.intern(replacement) : replacement };
}

/**
 * `f` at `start`–`end` with `suggestions`, as a new object of the one shape every finding of a file has: the
 * fields of `Finding` in their order (`sourceHint` only where `f` has one), the message from `pool`, if given.
 */
export function placed(f: Finding, start: number, end: number, suggestions: readonly Suggestion[], pool?: StringPool): Finding {
  const message = pool ? pool.intern(f.message) : f.message;
  const { ruleId, category, severity, mqmSeverity, confidence, sourceHint } = f;
  return sourceHint === undefined
    ? { ruleId, category, severity, mqmSeverity, confidence, start, end, message, suggestions }
    : { ruleId, category, severity, mqmSeverity, confidence, start, end, message, sourceHint, suggestions };
}
