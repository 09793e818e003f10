import { formatScore, type FormatName, type Styler } from '@mtlint/report';
import type { ScoreSummary } from './lint-job.js';

/** One file's score with its breakdown, as `mtlint score` reports it. */
export interface FileScore extends ScoreSummary {
  filePath: string;
}

/**
 * `mtlint score`: per file the score, the words and the penalty by MQM category, worst first;
 * `json` prints the same as an array.
 */
export function formatScores(scores: readonly FileScore[], format: FormatName, style: Styler): string {
  if (format === 'json') {
    return JSON.stringify(scores, null, 2) + '\n';
  }
  let out = '';
  for (const s of scores) {
    const categories = Object.entries(s.byCategory)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([c, p]) => `${c} ${p}`)
      .join(', ');
    const breakdown = s.penalty > 0 ? ` (${categories})` : '';
    out += `${style.bold(`${formatScore(s.score)}`.padStart(5))}  ${s.filePath}  ${style.dim(`${s.words} words, penalty ${s.penalty}${breakdown}`)}\n`;
  }
  return out;
}
