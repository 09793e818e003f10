/**
 * Random damage to a file, for the property tests: characters deleted, doubled or inserted (quotes,
 * brackets, backslashes, line breaks…) at arbitrary places.
 */
import fc from 'fast-check';

export const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'double', 'insert'),
  char: fc.constantFrom('"', '\\', '<', '>', '&', '{', '}', '\n', '\r\n', '#', '*', '`', '[', ']', '-->', ':', ',', ' ', 'é'),
});

/** `content` with the edits applied in turn, each at its place modulo the length so far. */
export function damage(content: string, edits: ReadonlyArray<{ at: number; kind: string; char: string }>): string {
  let out = content;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + 1);
    else if (e.kind === 'double') out = out.slice(0, at) + out.slice(at, at + 1) + out.slice(at);
    else out = out.slice(0, at) + e.char + out.slice(at);
  }
  return out;
}
