/**
 * Whether to colour output when neither --color nor --no-color is given, from the environment as Node and chalk
 * read it: FORCE_COLOR decides when set ("0" or "false" turn colour off; "1"–"3", "true" or empty turn it on, even
 * into a pipe), over NO_COLOR (any non-empty value turns it off); then a terminal that is not TERM=dumb gets colour.
 */
export function colorByDefault(env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTerminal && env.TERM !== 'dumb';
}
