import { defaultLevel, type RuleMeta } from '@mtlint/engine';
import type * as Sarif from 'sarif';
import type { FileResult, LocatedFinding, Span } from './results.js';
import { indentedJson } from './json.js';
import type { FormatOptions } from './style.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Where mtlint is described, and where each rule's documentation is (its folder's rule.md). */
export const INFORMATION_URI = 'https://github.com/mtlint/mtlint';
const RULE_DOCS = `${INFORMATION_URI}/blob/main/packages/rules/src/rules`;
/** The bilingual checks of translation files, which have no rule folder, and the directive problems. */
const OTHER_DOCS: Record<string, string> = {
  directive: `${INFORMATION_URI}/blob/main/apps/cli/README.md#inline-comments`,
};
const BILINGUAL_DOCS = `${INFORMATION_URI}/blob/main/packages/formats/README.md#bilingual-checks`;

/** The documentation of a rule id: its rule.md, the bilingual checks' section (category `accuracy/bilingual`), or the inline comments' section. */
export function helpUri(id: string, meta: RuleMeta | undefined): string {
  if (OTHER_DOCS[id]) return OTHER_DOCS[id];
  if (meta?.category === 'accuracy/bilingual') return BILINGUAL_DOCS;
  return `${RULE_DOCS}/${id}/rule.md`;
}

/**
 * SARIF 2.1.0, as GitHub code scanning and other SARIF viewers take it: one run whose driver lists
 * the rules (descriptions, help, default level, precision), and one result per finding with its
 * region (1-based lines and UTF-16 columns, end exclusive, as SARIF counts by default) and its
 * suggestions as fixes. Pass `options.rules` (the catalogue) so that every rule is described.
 */
export function formatSarif(results: readonly FileResult[], options: FormatOptions = {}): string {
  return [...sarifChunks(results, options)].join('');
}

/**
 * `formatSarif`'s log a result at a time, for a caller that writes the chunks as they come: the results are
 * written before the tool (JSON objects are unordered), so that a rule first met in a result (one the catalogue
 * does not describe) can be listed after them, at the index the result named.
 */
export function* sarifChunks(results: readonly FileResult[], options: FormatOptions = {}): Generator<string, void, undefined> {
  const metas = new Map((options.rules ?? []).map((m) => [m.id, m]));
  const index = new Map([...metas.keys()].map((id, i) => [id, i]));
  const indexOf = (id: string) => index.get(id) ?? index.set(id, index.size).get(id)!;
  yield `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`;
  let n = 0;
  for (const r of results) for (const f of r.findings) yield `${n++ ? ',' : ''}\n        ${indentedJson(result(r.filePath, f, indexOf(f.ruleId)), 4)}`;
  const tool: Sarif.Tool = {
    driver: {
      name: 'mtlint',
      informationUri: INFORMATION_URI,
      ...(options.toolVersion ? { version: options.toolVersion } : {}),
      rules: [...index.keys()].map((id) => ruleDescriptor(id, metas.get(id))),
    },
  };
  yield `${n ? '\n      ' : ''}],\n      "columnKind": "utf16CodeUnits",\n      "tool": ${indentedJson(tool, 3)}\n    }\n  ]\n}\n`;
}

/** What a finding without a catalogued rule is: a problem with an inline comment, or a rule the caller did not describe. */
const UNCATALOGUED: Record<string, string> = {
  directive: 'A problem with an mtlint inline comment: an unknown rule id, or a disable that silenced nothing.',
};

function ruleDescriptor(id: string, meta: RuleMeta | undefined): Sarif.ReportingDescriptor {
  if (!meta) {
    const text = UNCATALOGUED[id] ?? `Findings of ${id}.`;
    return { id, shortDescription: { text }, fullDescription: { text }, helpUri: helpUri(id, meta) };
  }
  const help = `${meta.description}\n\nWhy machine translation produces it: ${meta.sourceHint}\n\nRun \`mtlint rules ${id}\` for examples.`;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} Likely source: ${meta.sourceHint}` },
    help: { text: help, markdown: help },
    helpUri: helpUri(id, meta),
    defaultConfiguration: { level: LEVEL[defaultLevel(meta.severity, meta.confidence)] },
    properties: {
      tags: ['machine-translation', meta.category],
      // GitHub sorts and filters alerts by precision; ours is the rule's measured confidence.
      precision: meta.confidence >= 0.8 ? 'high' : meta.confidence >= 0.6 ? 'medium' : 'low',
      'problem.severity': meta.severity === 'minor' ? 'warning' : 'error',
      mqmCategory: meta.category,
      mqmSeverity: meta.severity,
    },
  };
}

function result(file: string, f: LocatedFinding, ruleIndex: number): Sarif.Result {
  const artifactLocation: Sarif.ArtifactLocation = { uri: fileUri(file) };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    // Code scanning matches alerts across commits by these; `/v1` names how the hash is made.
    partialFingerprints: { 'mtlintSentenceHash/v1': f.fingerprint },
    locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
    ...(f.suggestions.length > 0
      ? {
          fixes: f.suggestions.map((s) => ({
            description: { text: s.replacement === '' ? 'Delete the text' : `Replace with "${s.replacement}"` },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(s), insertedContent: { text: s.replacement } }] }],
          })),
        }
      : {}),
    properties: { mqmCategory: f.category, mqmSeverity: f.mqmSeverity, confidence: f.confidence },
  };
}

const region = (s: Span): Sarif.Region => ({ startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn });

const pascalCase = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * A path as a SARIF URI reference: relative paths stay relative (GitHub resolves them against the
 * repository root), with `/` separators and percent-encoding; absolute paths become file: URIs.
 */
export function fileUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string) => encodeURI(p).replace(/[?#]/g, (c) => encodeURIComponent(c));
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encode(slashed)}`;
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`;
  return encode(slashed);
}
