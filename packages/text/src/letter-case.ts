// Rules ask these of nearly every word; ASCII letters are decided by their codes and only other letters pay
// for a Unicode pattern.

/** A capital then a lower-case letter: "Amini", "Éva" (not "EU", "x", "3D"). */
export function isTitleCase(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/** Starts with a capital letter: "Canal", "SAIBOU", "Øresund". */
export function startsWithCapital(text: string): boolean {
  const a = text.charCodeAt(0);
  if (a < 128) return a >= 65 && a <= 90;
  return /^\p{Lu}/u.test(text);
}

/** `text` with its first letter a capital when `model` starts with one: a replacement keeps the case of what it replaces. */
export function withCaseOf(model: string, text: string): string {
  return startsWithCapital(model) && text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}
