// `mtlint fix` on bilingual files through the BUILT binary: the bilingual checks' certain fixes (a number or
// URL copied from the source, a missing final mark, whitespace) land at the right place in the file, the
// fixed file still reads as its format, those findings are gone, and a finding without a certain fix (a
// missing placeholder) stays as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BILINGUAL_CHECKS, formatFor, lintFile } from '@mtlint/core/formats';
import type { FileResult } from '@mtlint/report';
import { afterAll, describe, expect, it } from 'vitest';
import { BILINGUAL_CHECK_IDS, FIXABLE_BILINGUAL_CHECK_IDS } from '../src/format-catalogue.js';
import { repoRoot } from './helpers.js';

const bin = join(repoRoot, 'apps/cli/dist/bin.js');
const work = mkdtempSync(join(tmpdir(), 'mtlint-fix-bilingual-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function mtlint(...args: string[]) {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before the end-to-end tests`);
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n';
const po = (entries: ReadonlyArray<readonly [string, string]>) =>
  PO_HEADER + entries.map(([id, str]) => `msgid "${id}"\nmsgstr "${str}"\n`).join('\n');

const xliff12 = (units: ReadonlyArray<readonly [string, string]>) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
  '  <file source-language="de" target-language="en" datatype="plaintext" original="app">\n    <body>\n' +
  units.map(([source, target], i) => `      <trans-unit id="u${i}">\n        <source>${source}</source>\n        <target>${target}</target>\n      </trans-unit>\n`).join('') +
  '    </body>\n  </file>\n</xliff>\n';

const xliff2 = (units: ReadonlyArray<readonly [string, string]>) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">\n  <file id="f1">\n' +
  units.map(([source, target], i) => `    <unit id="u${i}">\n      <segment>\n        <source>${source}</source>\n        <target>${target}</target>\n      </segment>\n    </unit>\n`).join('') +
  '  </file>\n</xliff>\n';

/**
 * [file name, content, content after `mtlint fix`, the bilingual findings before]: each unit has one
 * bilingual finding; the last, a missing placeholder or tag, has no certain fix.
 */
const CASES = [
  [
    'messages.po',
    po([
      ['Version 4.3 ist verfügbar.', 'Version 4.2 is available.'],
      ['Hilfe unter https://example.org/hilfe', 'Help at https://example.org/help'],
      ['Suche läuft …', 'Searching'],
      ['Name: ', 'Name:'],
      ['Die Datei %s fehlt.', 'The file is missing.'],
    ]),
    po([
      ['Version 4.3 ist verfügbar.', 'Version 4.3 is available.'],
      ['Hilfe unter https://example.org/hilfe', 'Help at https://example.org/hilfe'],
      ['Suche läuft …', 'Searching…'],
      ['Name: ', 'Name: '],
      ['Die Datei %s fehlt.', 'The file is missing.'],
    ]),
    ['number-mismatch', 'url-mismatch', 'final-punctuation-mismatch', 'whitespace-mismatch', 'placeholder-mismatch'],
  ],
  [
    'app.xlf',
    xliff12([
      ['Gespeichert.', 'Saved'],
      ['Sie haben <g id="1">3</g> neue Nachrichten.', 'You have <g id="1">4</g> new messages.'],
      ['Fragen &amp; Antworten: info@example.de', 'Questions &amp; answers: info@example.com'],
      ['Klicken Sie <g id="2">hier</g>.', 'Click here.'],
    ]),
    xliff12([
      ['Gespeichert.', 'Saved.'],
      ['Sie haben <g id="1">3</g> neue Nachrichten.', 'You have <g id="1">3</g> new messages.'],
      ['Fragen &amp; Antworten: info@example.de', 'Questions &amp; answers: info@example.de'],
      ['Klicken Sie <g id="2">hier</g>.', 'Click here.'],
    ]),
    ['final-punctuation-mismatch', 'number-mismatch', 'url-mismatch', 'placeholder-mismatch'],
  ],
  [
    'app-2.xlf',
    xliff2([
      ['  Einstellungen', 'Settings'],
      ['Noch 12 Tage', 'Still 14 days'],
      ['Datei <ph id="1"/> gelöscht.', 'File deleted.'],
    ]),
    xliff2([
      ['  Einstellungen', '  Settings'],
      ['Noch 12 Tage', 'Still 12 days'],
      ['Datei <ph id="1"/> gelöscht.', 'File deleted.'],
    ]),
    ['whitespace-mismatch', 'number-mismatch', 'placeholder-mismatch'],
  ],
] as const;

const bilingualIds = (name: string, content: string) =>
  lintFile(name, content).findings.filter((f) => BILINGUAL_CHECK_IDS.includes(f.ruleId)).map((f) => f.ruleId);

describe('mtlint fix applies the bilingual checks’ certain fixes', () => {
  it('marks fixable exactly the checks that @mtlint/formats marks fixable', () => {
    expect(FIXABLE_BILINGUAL_CHECK_IDS).toEqual(BILINGUAL_CHECKS.filter((c) => c.fixable).map((c) => c.id));
  });

  it.each(CASES)('%s: fixed in place, still read as its format, only the uncertain finding left', (name, content, expected, found) => {
    expect(bilingualIds(name, content).sort()).toEqual([...found].sort());
    const file = join(work, name);
    writeFileSync(file, content);
    const r = mtlint('fix', file);
    expect(r.status, r.stderr).toBeLessThanOrEqual(1);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(expected);
    // The format's reader (our PO scanner, saxes for XLIFF) reads it back, and the bilingual findings
    // left are the missing placeholder or tag, which has no certain fix.
    expect(() => formatFor(name).read(fixed)).not.toThrow();
    expect(bilingualIds(name, fixed)).toEqual(['placeholder-mismatch']);
  });

  it('--fix-dry-run reports the same fixed text and writes nothing', () => {
    const [name, content, expected] = CASES[0];
    const file = join(work, `dry-${name}`);
    writeFileSync(file, content);
    const r = mtlint('lint', '--fix-dry-run', '--format', 'json', file);
    expect(r.status, r.stderr).toBeLessThanOrEqual(1);
    const [result] = JSON.parse(r.stdout) as Array<FileResult & { output: string }>;
    expect(result!.output).toBe(expected);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
