/**
 * Code inside translatable strings that a translation must carry over unchanged and a fix must never
 * edit: printf conversions (`%s`, `%1$d`, `%(name)s`), brace placeholders (`{0}`, `{name}`,
 * `{count, number}`, `{{name}}`, `${name}`) and HTML/XML tags (`<b>`, `</b>`, `<br/>`).
 */
const PLACEHOLDER =
  /%(?:\d+\$)?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGcp@]|%\([A-Za-z_]\w*\)[sdifr]|\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\}|\{\w+(?:\s*,\s*\w+)?\}|<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g;

/** Each placeholder in `text` with its `[start, end)`. Linear: no alternative repeats over the same characters. */
export function findPlaceholders(text: string): Array<{ text: string; start: number; end: number }> {
  const found: Array<{ text: string; start: number; end: number }> = [];
  for (const m of text.matchAll(PLACEHOLDER)) found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return found;
}
