export { locate, type FileResult, type LocatedFinding } from './results.js';
export { lineIndex, type Position } from './positions.js';
export { formatJson } from './json.js';
export { formatStylish, summaryLine } from './stylish.js';
export { formatCompact } from './compact.js';
export { formatters, FORMAT_NAMES, isFormatName, type Formatter, type FormatName } from './formatters.js';
export { totals, plural, type Totals } from './counts.js';
export { plain, type Styler, type FormatOptions } from './style.js';
