const FINAL_NEWLINE = /(\r\n|\n|\r)$/;

/**
 * The corrected text with the original's final line break, or lack of one: an edit at the very end (a
 * deleted closing line, say) must neither join the file's last line to whatever follows it in a `cat`
 * nor add a line break the author did not write.
 */
export function keepFinalNewline(before: string, after: string): string {
  const had = FINAL_NEWLINE.exec(before)?.[1];
  const has = FINAL_NEWLINE.exec(after)?.[1];
  if (had && !has) return after + had;
  if (!had && has) return after.slice(0, -has.length);
  return after;
}
