/**
 * `@mtlint/core/formats`: translation files — Markdown, gettext PO, XLIFF 1.2 and 2.x, SubRip, WebVTT and
 * JSON message catalogues — read as segments and linted, with findings and fixes at offsets in the file.
 * A subpath of its own so that the main entry stays small: the readers bring @lezer/markdown, saxes,
 * jsonc-parser and @messageformat/parser, which text alone never needs.
 *
 * @packageDocumentation
 */
export {
  lintFile, lintFileInSteps, scoreFile, validateFileOptions as validateOptions,
  type FileLintResult, type FileLintStep, type FileScore, type LintFileOptions, type SteppedFileLint, type UnitScore,
} from './lint-file.js';
export {
  formatFor, FORMATS, FORMAT_NAMES, FormatError, readJson, readMarkdown, readPo, readSrt, readVtt, readXliff, toFileSpan,
  checkBilingual, BILINGUAL_CATEGORY, BILINGUAL_CHECKS,
  type BilingualCheckMeta, type BilingualFinding, type BilingualPair, type DecodedFragment, type FileSpan, type Format, type FormatName, type ReadOptions, type Segment,
} from '@mtlint/formats';
