/**
 * Bilingual checks: what can be seen by comparing a translation with its source, the core checks of
 * Xbench and Okapi CheckMate. Pure functions over (source, target) pairs; offsets are into the target.
 * A translation into English is assumed, so "still in the source language" means words that are not
 * English and stand unchanged in the source.
 */
import { defaultLevel, type Category, type Finding, type MqmSeverity } from '@mtlint/engine';
import { isKnownWord } from '@mtlint/text';
import { findPlaceholders } from './placeholders.js';

/** The category of every bilingual finding. */
export const BILINGUAL_CATEGORY: Category = 'accuracy/bilingual';

/** What a bilingual check is: its id (a rule id in settings), MQM severity, confidence and description. */
export interface BilingualCheckMeta {
  /** The check's id, set in the same `rules` object as the fluency rules (`{ untranslated: 'off' }`). */
  id: string;
  /** The MQM severity of its findings. */
  mqmSeverity: MqmSeverity;
  /** How often a finding is a real error, 0–1: these compare strings, so most are certain. */
  confidence: number;
  /** One sentence: what the check reports. */
  description: string;
  /**
   * Whether `--fix` may apply its suggestion without review. A fixable check suggests only the one
   * certain correction (whitespace, a final mark or a number or URL copied from the source when the
   * change is one-to-one) and no suggestion where it cannot know the fix; the others suggest nothing.
   */
  fixable: boolean;
  /** What `--fix` does for its findings, and where it suggests nothing and why. */
  fix: string;
  /**
   * Whether the check holds whatever the target language: numbers, placeholders and tags, URLs, whitespace
   * and consistency do; `untranslated`, `source-language-left` (which look for words that are not English)
   * and `final-punctuation-mismatch` (whose marks differ by language) assume an English target, and do not
   * run on a unit whose declared target language is another.
   */
  languageIndependent: boolean;
}

/** Every bilingual check, by id. */
export const BILINGUAL_CHECKS: readonly Readonly<BilingualCheckMeta>[] = Object.freeze(([
  { id: 'final-punctuation-mismatch', mqmSeverity: 'minor', confidence: 0.6, languageIndependent: false, fixable: true, description: 'The source ends with a full stop, question mark, colon or ellipsis and the translation does not, or the reverse.', fix: "Inserts the source's mark when the translation has none after its last word (`。` as `.`, an ellipsis as the source writes it); nothing after a closing quote, bracket or inline tag, or for a different or extra mark, which may be the translator's choice." },
  { id: 'inconsistent-translation', mqmSeverity: 'minor', confidence: 0.7, languageIndependent: true, fixable: false, description: 'The same source text is translated differently within one file.', fix: "None: which translation is right is a reviewer's call." },
  { id: 'number-mismatch', mqmSeverity: 'major', confidence: 0.8, languageIndependent: true, fixable: true, description: 'A number of the source is missing from the translation, or the translation has a number the source lacks.', fix: "Copies the source's number over the translation's when it is the pair's one change and the source writes it with no marks, or with the marks in the same places (`4.3` over `4.2`); nothing for two changes, a missing number (where would it go?) or an added one." },
  { id: 'placeholder-mismatch', mqmSeverity: 'critical', confidence: 0.9, languageIndependent: true, fixable: false, description: 'A placeholder or inline tag ({0}, %s, {name}, <b>) is missing from the translation or added or duplicated in it.', fix: 'None: where a missing placeholder goes, or whether an extra one should go, is not known.' },
  { id: 'source-language-left', mqmSeverity: 'major', confidence: 0.7, languageIndependent: false, fixable: false, description: 'The translation still holds words of the source: its script, or source words that are not English.', fix: 'None: the words need a translation.' },
  { id: 'untranslated', mqmSeverity: 'major', confidence: 0.8, languageIndependent: false, fixable: false, description: 'The translation is the source text, unchanged.', fix: 'None: the unit needs a translation.' },
  { id: 'url-mismatch', mqmSeverity: 'major', confidence: 0.9, languageIndependent: true, fixable: true, description: 'A URL or e-mail address of the source is missing or changed in the translation.', fix: "Copies the source's address over the translation's when it is the pair's one change; nothing for a missing or added one." },
  { id: 'whitespace-mismatch', mqmSeverity: 'minor', confidence: 0.8, languageIndependent: true, fixable: true, description: 'Leading or trailing whitespace of the translation differs from the source.', fix: "Writes the source's leading and trailing whitespace." },
] satisfies BilingualCheckMeta[]).map((check): Readonly<BilingualCheckMeta> => Object.freeze(check)));

const META = new Map(BILINGUAL_CHECKS.map((c) => [c.id, c]));

/** A translation unit as the checks see it. */
export interface BilingualPair {
  source: string;
  target: string;
  /** Units with different contexts (PO msgctxt) may translate the same source differently. */
  context?: string;
  /** Inline tags that are not part of the text (XLIFF), by side. */
  inlineCodes?: { source: readonly string[]; target: readonly string[] };
}

/** A finding of one check, offsets into the pair's target. */
export type BilingualFinding = Finding & { pair: number };

function finding(id: string, pair: number, start: number, end: number, message: string, suggestion?: { start: number; end: number; replacement: string }): BilingualFinding {
  const meta = META.get(id)!;
  return {
    ruleId: id,
    category: BILINGUAL_CATEGORY,
    severity: defaultLevel(meta.mqmSeverity, meta.confidence),
    mqmSeverity: meta.mqmSeverity,
    confidence: meta.confidence,
    start,
    end,
    message,
    suggestions: suggestion ? [suggestion] : [],
    pair,
  };
}

/** `[start, end)` of the target without its leading and trailing whitespace (the whole target when blank). */
function trimmedSpan(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [start, end] : [0, text.length];
}

const URL = /\bhttps?:\/\/[^\s<>"'{}]+|\bwww\.[^\s<>"'{}]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

interface Found {
  text: string;
  start: number;
  end: number;
}

/** URLs and e-mail addresses; most strings have none, and a quick look saves the regular expression. */
const urls = (text: string): Found[] =>
  !text.includes('@') && !text.includes('://') && !text.includes('www.') ? [] : [...text.matchAll(URL)].map((m) => {
    const value = m[0].replace(/[.,;:!?)\]]+$/, '');
    return { text: value, start: m.index, end: m.index + value.length };
  });

/** The text with URLs and placeholders blanked out (same length), so their digits are not numbers. */
function withoutCode(text: string): string {
  let out = text;
  for (const f of [...urls(text), ...findPlaceholders(text)]) out = out.slice(0, f.start) + ' '.repeat(f.end - f.start) + out.slice(f.end);
  return out;
}

/** Numbers compared by their digits, so 1.000,5 (German) equals 1,000.5 (English). */
const numbers = (text: string): Found[] =>
  [...withoutCode(text).matchAll(NUMBER)].map((m) => ({ text: m[0].replace(/[.,]/g, ''), start: m.index, end: m.index + m[0].length }));

/** Items of `a` not matched one-to-one by items of `b` (multiset difference), in order. */
function unmatched<T extends { text: string }>(a: readonly T[], b: readonly { text: string }[]): T[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x.text, (left.get(x.text) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x.text) ?? 0;
    if (n > 0) left.set(x.text, n - 1);
    return n === 0;
  });
}

function checkNumbers(pair: BilingualPair, index: number): BilingualFinding[] {
  const source = numbers(pair.source);
  const target = numbers(pair.target);
  const words = pair.target.toLowerCase();
  // "2 Dateien" → "two files": a small number spelled out in the translation is not missing.
  const missing = unmatched(source, target).filter((n) => {
    const value = Number(n.text);
    return !(value <= 12 && new RegExp(`\\b${NUMBER_WORDS[value]}\\b`).test(words));
  });
  return reportChanges(pair, index, 'number-mismatch', 'the number', missing, unmatched(target, source), sameNotation);
}

/** Grouping and decimal marks in the same places ("4.3" and "4.2", "1,250" and "1,500"), or none in the source. */
const notation = (literal: string) => literal.replace(/\d+/g, '0');
const sameNotation = (source: string, target: string) => /^\d+$/.test(source) || notation(source) === notation(target);

/**
 * Reports what the source has and the target lacks (`missing`) and the reverse (`extra`). Taken in
 * order, a missing item and an extra one are one change ("4.3" became "4.2"), reported where the
 * target has it; what is left is reported as missing (over the whole target) or as added.
 * The fix, the source's item copied over the target's, is offered only when the change is the pair's
 * only difference (one missing, one extra: with two of each, which became which is a guess) and
 * `copyable(source literal, target literal)` says the source's form suits the translation. A missing
 * or an added item gets no fix: where it belongs, or whether it should go, is not known.
 */
function reportChanges(
  pair: BilingualPair, index: number, id: string, what: string, missing: readonly Found[], extra: readonly Found[],
  copyable: (source: string, target: string) => boolean = () => true,
): BilingualFinding[] {
  const out: BilingualFinding[] = [];
  const [start, end] = trimmedSpan(pair.target);
  const quoteSource = (f: Found) => pair.source.slice(f.start, f.end);
  const quoteTarget = (f: Found) => pair.target.slice(f.start, f.end);
  const oneChange = missing.length === 1 && extra.length === 1;
  for (let i = 0; i < Math.max(missing.length, extra.length); i++) {
    const m = missing[i];
    const x = extra[i];
    if (m && x) {
      const fix = oneChange && copyable(quoteSource(m), quoteTarget(x)) ? { start: x.start, end: x.end, replacement: quoteSource(m) } : undefined;
      out.push(finding(id, index, x.start, x.end, `The source has ${what} ${quoteSource(m)} where the translation has ${quoteTarget(x)}.`, fix));
    }
    else if (m) out.push(finding(id, index, start, end, `The source has ${what} ${quoteSource(m)}, the translation does not.`));
    else if (x) out.push(finding(id, index, x.start, x.end, `The translation has ${what} ${quoteTarget(x)}, which is not in the source.`));
  }
  return out;
}

function checkPlaceholders(pair: BilingualPair, index: number): BilingualFinding[] {
  const source = findPlaceholders(pair.source);
  const target = findPlaceholders(pair.target);
  const out: BilingualFinding[] = [];
  const [start, end] = trimmedSpan(pair.target);
  for (const p of unmatched(source, target)) out.push(finding('placeholder-mismatch', index, start, end, `The placeholder ${p.text} of the source is missing from the translation.`));
  for (const p of unmatched(target, source)) {
    const inSource = source.some((s) => s.text === p.text);
    out.push(finding('placeholder-mismatch', index, p.start, p.end, inSource ? `The placeholder ${p.text} occurs more often than in the source.` : `The placeholder ${p.text} is not in the source.`));
  }
  if (pair.inlineCodes) {
    const s = pair.inlineCodes.source.map((text) => ({ text }));
    const t = pair.inlineCodes.target.map((text) => ({ text }));
    for (const c of unmatched(s, t)) out.push(finding('placeholder-mismatch', index, start, end, `The inline tag ${c.text} of the source is missing from the translation.`));
    for (const c of unmatched(t, s)) out.push(finding('placeholder-mismatch', index, start, end, `The inline tag ${c.text} is not in the source, or occurs more often.`));
  }
  return out;
}

function checkUrls(pair: BilingualPair, index: number): BilingualFinding[] {
  const source = urls(pair.source);
  const target = urls(pair.target);
  return reportChanges(pair, index, 'url-mismatch', 'the address', unmatched(source, target), unmatched(target, source));
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const words = (text: string): Found[] => [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const isEnglish = (word: string) => isKnownWord(word) || isKnownWord(word.toLowerCase());

function checkUntranslated(pair: BilingualPair, index: number): BilingualFinding[] {
  if (pair.target.trim() !== pair.source.trim()) return [];
  const ws = words(pair.target);
  // Names, product terms and single words ("OK", "Status") are legitimately the same in both languages.
  if (ws.length < 2 || !ws.some((w) => w.text !== w.text.toUpperCase() && w.text[0] === w.text[0]!.toLowerCase())) return [];
  // The lexicon misses newer words ("browser"): English is assumed unless most words are unknown to it.
  if (ws.filter((w) => !isEnglish(w.text)).length * 2 < ws.length) return [];
  const [start, end] = trimmedSpan(pair.target);
  return [finding('untranslated', index, start, end, 'The translation is identical to the source: it was not translated.')];
}

const SCRIPTS = ['Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Thai', 'Devanagari', 'Armenian', 'Georgian'];
const SCRIPT_RUN = new Map(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}+(?:[\\s·・]*\\p{Script=${s}}+)*`, 'gu')]));
const HAS_DIACRITIC = /[^\x00-\x7f]/;

function checkSourceLanguage(pair: BilingualPair, index: number): BilingualFinding[] {
  if (pair.target.trim() === pair.source.trim()) return []; // reported as untranslated
  const out: BilingualFinding[] = [];
  for (const [script, run] of SCRIPT_RUN) {
    run.lastIndex = 0;
    if (!run.test(pair.source)) continue;
    run.lastIndex = 0; // matchAll starts where test() stopped
    for (const m of pair.target.matchAll(run)) {
      out.push(finding('source-language-left', index, m.index, m.index + m[0].length, `"${m[0]}" is still in the source's ${script} script.`));
    }
  }
  // Lower-case words (not names) that stand unchanged in the source and are not English. One such
  // word may be a loanword or a term; two, or one with a non-ASCII letter, are left-over source.
  const sourceWords = new Set(words(withoutCode(pair.source)).map((w) => w.text));
  const left = words(withoutCode(pair.target)).filter(
    (w) => w.text.length >= 3 && w.text === w.text.toLowerCase() && /^\p{Script=Latin}+$/u.test(w.text) && sourceWords.has(w.text) && !isEnglish(w.text),
  );
  for (const w of left) {
    if (left.length >= 2 || HAS_DIACRITIC.test(w.text)) {
      out.push(finding('source-language-left', index, w.start, w.end, `"${w.text}" is not English and stands unchanged in the source: a word left untranslated.`));
    }
  }
  return out;
}

function checkWhitespace(pair: BilingualPair, index: number): BilingualFinding[] {
  const out: BilingualFinding[] = [];
  const lead = (s: string) => /^\s*/.exec(s)![0];
  const trail = (s: string) => /\s*$/.exec(s)![0];
  const [sl, tl] = [lead(pair.source), lead(pair.target)];
  if (sl !== tl && pair.target.trim() !== '') {
    out.push(finding('whitespace-mismatch', index, 0, Math.max(tl.length, 1), `The translation starts with ${JSON.stringify(tl)}, the source with ${JSON.stringify(sl)}.`, { start: 0, end: tl.length, replacement: sl }));
  }
  const [st, tt] = [trail(pair.source), trail(pair.target)];
  if (st !== tt && pair.target.trim() !== '') {
    const start = pair.target.length - tt.length;
    out.push(finding('whitespace-mismatch', index, Math.min(start, pair.target.length - 1), pair.target.length, `The translation ends with ${JSON.stringify(tt)}, the source with ${JSON.stringify(st)}.`, { start, end: pair.target.length, replacement: st }));
  }
  return out;
}

/** The sentence-final mark of a text, with full-width and typographic variants folded; '' when none. */
function finalMark(text: string): { mark: string; at: number } {
  const stripped = text.replace(/["'“”‘’«»‹›」』)\]\s]+$/u, '');
  const at = stripped.length;
  if (/(?:\.\.\.|…)$/.test(stripped)) return { mark: '…', at };
  const last = stripped[at - 1] ?? '';
  const mark = ({ '。': '.', '．': '.', '！': '!', '？': '?', '：': ':', '；': ';' } as Record<string, string>)[last] ?? last;
  return { mark: '.!?:;'.includes(mark) && mark !== '' ? mark : '', at };
}

function checkFinalPunctuation(pair: BilingualPair, index: number): BilingualFinding[] {
  const source = finalMark(pair.source);
  const target = finalMark(pair.target);
  if (source.mark === target.mark || target.at === 0) return [];
  const describe = (m: string) => (m === '' ? 'no final punctuation' : `"${m}"`);
  const message = `The translation ends with ${describe(target.mark)}, the source with ${describe(source.mark)}.`;
  const end = target.at;
  const start = target.mark === '' ? end - 1 : pair.target.slice(0, end).search(/(?:\.\.\.|.)$/u);
  // Certain only when a mark is missing right after the last word: then the source's goes there (an
  // ellipsis as the source writes it, "..." or "…"). After a closing quote or bracket the mark may
  // belong inside or outside it, and a different or extra mark may be the translator's choice
  // ("Achtung!" → "Caution.", "Inc."): those are reported without a fix.
  const insert = target.mark === '' && /\p{L}|\d/u.test(pair.target[end - 1]!) && pair.target.slice(end).trim() === '';
  const mark = source.mark === '…' && pair.source.slice(0, source.at).endsWith('...') ? '...' : source.mark;
  return [finding('final-punctuation-mismatch', index, start, end, message, insert ? { start: end, end, replacement: mark } : undefined)];
}

/** The checks that compare one target with its source. */
export function checkPair(pair: BilingualPair, index = 0): BilingualFinding[] {
  if (pair.source.trim() === '' || pair.target.trim() === '') return [];
  return [
    ...checkUntranslated(pair, index),
    ...checkSourceLanguage(pair, index),
    ...checkNumbers(pair, index),
    ...checkPlaceholders(pair, index),
    ...checkUrls(pair, index),
    ...checkWhitespace(pair, index),
    ...checkFinalPunctuation(pair, index),
  ];
}

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ');

/**
 * The same source (in the same context) translated differently within one file: every translation
 * but the most frequent one (the first on a tie) is reported, naming the one used elsewhere.
 */
export function checkConsistency(pairs: readonly BilingualPair[]): BilingualFinding[] {
  const groups = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    if (!/\p{L}/u.test(p.source) || p.target.trim() === '') return;
    const key = `${p.context ?? ''}\u0004${normalise(p.source)}`;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const out: BilingualFinding[] = [];
  for (const members of groups.values()) {
    // Most sources occur once: their translations are only read when there is another to compare.
    if (members.length < 2) continue;
    const targets = members.map((i) => normalise(pairs[i]!.target));
    const counts = new Map<string, number>();
    for (const target of targets) counts.set(target, (counts.get(target) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [preferred] = [...counts.entries()].reduce((best, e) => (e[1] > best[1] ? e : best));
    for (const [k, i] of members.entries()) {
      const pair = pairs[i]!;
      if (targets[k] === preferred) continue;
      const [start, end] = trimmedSpan(pair.target);
      out.push(finding('inconsistent-translation', i, start, end, `"${normalise(pair.source)}" is translated "${preferred}" elsewhere in this file.`));
    }
  }
  return out;
}

/** All bilingual checks over a file's pairs; each finding names its pair by index. */
export function checkBilingual(pairs: readonly BilingualPair[]): BilingualFinding[] {
  return [...pairs.flatMap((p, i) => checkPair(p, i)), ...checkConsistency(pairs)];
}
