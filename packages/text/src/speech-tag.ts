import { isDeterminer, isPastForm } from './classes.js';
import { isNominalPart, isWordToken } from './phrases.js';
import { verbSenses } from './senses.js';
import type { Token } from './document.js';

// How many words the speaker's name or title may take before the verb: "the deputy prime minister said".
const MAX_SPEAKER = 5;

/** A verb of saying in the past or present: said, added, stressed, notes. */
export function isSpeechVerb(t: Token | undefined): boolean {
  if (!isWordToken(t)) return false;
  if (t.tags[0] !== 'VBZ' && !isPastForm(t)) return false;
  return verbSenses.of(t).includes('verb.communication');
}

/**
 * Where the speech tag that starts at `from` ends ("said the minister", "the minister said"): the index after its
 * verb, or after the speaker when the verb comes first; -1 when no speech tag starts there.
 */
export function speechTagEnd(tokens: readonly Token[], from: number): number {
  if (isSpeechVerb(tokens[from])) {
    let i = from + 1;
    while (i < tokens.length && i - from <= MAX_SPEAKER && (isNominalPart(tokens[i]!) || isDeterminer(tokens[i]!))) i++;
    return i;
  }
  for (let i = from; i < tokens.length && i - from < MAX_SPEAKER; i++) {
    const t = tokens[i]!;
    if (isSpeechVerb(t)) return i > from ? i + 1 : -1;
    if (!isNominalPart(t) && !isDeterminer(t)) return -1;
  }
  return -1;
}
