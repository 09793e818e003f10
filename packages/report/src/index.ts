export { locate, type FileResult, type LocatedFinding } from './results.js';
export { lineIndex, type Position } from './positions.js';
export { formatJson } from './json.js';
