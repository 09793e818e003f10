import type { RuleMeta } from '@mtlint/engine';

/**
 * The colours a formatter may use. Formatters stay pure and free of terminal detection: the caller
 * passes a styler (for example picocolors' `createColors(enabled)`, which has this shape) or none.
 */
export interface Styler {
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
}

const same = (text: string) => text;

/** No colours: every style returns its text unchanged. */
export const plain: Styler = { bold: same, dim: same, underline: same, red: same, yellow: same, blue: same, green: same };

export interface FormatOptions {
  /** Colours to use; plain text when omitted. */
  style?: Styler;
  /** The rule catalogue, for formats that describe the rules (SARIF). */
  rules?: readonly RuleMeta[];
  /** mtlint's version, for formats that name the tool (SARIF). */
  toolVersion?: string;
}
