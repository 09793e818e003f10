export interface Page {
  /** The value of a JavaScript expression evaluated in the page (promises awaited). */
  evaluate(expression: string): Promise<unknown>;
  /** Evaluates `expression` every `interval` ms until its value is truthy, and returns that value. */
  waitFor(expression: string, options?: { timeout?: number; interval?: number }): Promise<unknown>;
}
export interface Chromium {
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}
export function findChromium(): string | undefined;
export function launchChromium(command?: string): Promise<Chromium>;
