/**
 * What the CLI needs to know about @mtlint/core/formats before loading it: the formats' names and file
 * endings, and the ids of the bilingual checks (which configs may set like rules). Loading the
 * package costs about as much as the linter itself (Markdown, XML and PO parsers), so a run over
 * plain-text files never loads it. A test keeps these lists equal to the package's own.
 */
export const FORMAT_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  markdown: ['.md', '.markdown'],
  po: ['.po', '.pot'],
  xliff: ['.xlf', '.xliff'],
  srt: ['.srt'],
  vtt: ['.vtt'],
  json: ['.json'],
  text: ['.txt'],
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMAT_ENDINGS);

export const BILINGUAL_CHECK_IDS: readonly string[] = [
  'final-punctuation-mismatch',
  'inconsistent-translation',
  'number-mismatch',
  'placeholder-mismatch',
  'source-language-left',
  'untranslated',
  'url-mismatch',
  'whitespace-mismatch',
];

/**
 * The bilingual checks whose suggestions `--fix` applies: they suggest a fix only where it is certain
 * (whitespace, a final mark, a number or URL copied from the source), so it needs no review.
 */
export const FIXABLE_BILINGUAL_CHECK_IDS: readonly string[] = ['final-punctuation-mismatch', 'number-mismatch', 'url-mismatch', 'whitespace-mismatch'];

/**
 * Endings a directory expands to: every format's except `.json`, since most JSON files in a tree are
 * no message catalogues (package.json, configs); a config's `formats` can add it. Without the dot.
 */
export const DIRECTORY_EXTENSIONS: readonly string[] = Object.values(FORMAT_ENDINGS)
  .flat()
  .filter((e) => e !== '.json')
  .map((e) => e.slice(1));

/**
 * The format a file is read as: the config's `formats` entry for its ending, else the format that
 * owns its ending, else plain text (endings compare case-insensitively, as @mtlint/formats does).
 */
export function formatOf(path: string, overrides: Readonly<Record<string, string>>): string {
  const lower = path.toLowerCase();
  const override = Object.keys(overrides).find((e) => lower.endsWith(e.toLowerCase()));
  if (override !== undefined) return overrides[override]!;
  return FORMAT_NAMES.find((name) => FORMAT_ENDINGS[name]!.some((e) => lower.endsWith(e))) ?? 'text';
}
