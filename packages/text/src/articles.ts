// Words spelled with a vowel that start with a consonant sound ("a union", "a European", "a one-off"), and words
// spelled with "h" that start with a vowel sound ("an hour", "an honest", "an heir").
const CONSONANT_SOUND = /^(?:uni|use|usu|usa|uti|ure|uri|uro|ura|uku|ubiq|eu|ewe|one\b|once)/;
const VOWEL_SOUND_H = /^(?:hour|honest|honou?r|heir)/;

/** "a" or "an" before a word, by how it is spoken for the usual exceptions of its spelling. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const lower = word.toLowerCase();
  if (VOWEL_SOUND_H.test(lower)) return 'an';
  if (CONSONANT_SOUND.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}
