/** `en`, or `en` with region, script or variant subtags (BCP 47 `en-GB`, `en-Latn-US`; POSIX `en_US`, `en_US.UTF-8`, `en@boldquot`). */
const ENGLISH = /^en(?:[-_][A-Za-z0-9]{1,8})*(?:\.[A-Za-z0-9-]+)?(?:@[A-Za-z0-9]+)?$/i;

/**
 * Whether a language tag (BCP 47 as XLIFF writes it, or POSIX as PO's `Language` header does) names English,
 * the one language mtlint's fluency rules check.
 */
export const isEnglish = (tag: string): boolean => ENGLISH.test(tag.trim());
