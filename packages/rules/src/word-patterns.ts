import { lemma, type Token } from '@mtlint/text';

// Fixed phrases as lists of words, shared by the calque rules (phrase-calque, linking-phrase-calque): a word matches
// itself in lower case; "=take" matches any form of the verb, a token read first as a verb whose lemma is "take".

/** Whether the token is the pattern word `word`. */
function matchesWord(word: string, t: Token | undefined): boolean {
  if (t === undefined) return false;
  // A number in a pattern matches itself: "24 hours on 24".
  if (t.kind === 'number') return t.text === word;
  if (t.kind !== 'word') return false;
  return word.startsWith('=') ? (t.tags[0] ?? '').startsWith('VB') && lemma.of(t) === word.slice(1) : t.lower === word;
}

/** Whether the pattern's words stand at tokens[i], tokens[i + 1], … */
export function matchesAt(pattern: readonly string[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (!matchesWord(pattern[k]!, tokens[i + k])) return false;
  return true;
}

/** The patterns by their first word (as written, or the verb's lemma), so that a token costs one map lookup. */
export function byFirstWord<T extends { readonly pattern: readonly string[] }>(patterns: readonly T[]): ReadonlyMap<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of patterns) {
    const first = p.pattern[0]!.replace('=', '');
    map.set(first, [...(map.get(first) ?? []), p]);
  }
  return map;
}
