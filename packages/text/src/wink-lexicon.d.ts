// wink-lexicon ships no types; these are the three WordNet tables senses.ts reads.
declare module 'wink-lexicon/src/wn-words.js' {
  /** Lemma → index into the word-senses table. */
  const wnWords: Readonly<Record<string, number>>;
  export default wnWords;
}
declare module 'wink-lexicon/src/wn-word-senses.js' {
  /** Per lemma index, the indices of its lexicographer classes. */
  const wnWordSenses: readonly (readonly number[])[];
  export default wnWordSenses;
}
declare module 'wink-lexicon/src/wn-senses.js' {
  /** Lexicographer class names: noun.time, verb.communication… */
  const wnSenses: readonly string[];
  export default wnSenses;
}
