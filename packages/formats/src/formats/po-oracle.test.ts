/**
 * gettext-parser is the reading our PO reader is held to. It keeps no positions, so it cannot be the
 * reader; here it is the oracle. On generated files (contexts, plurals, escapes, strings split over
 * lines, comments, fuzzy and obsolete entries, CRLF) and on the fixture damaged at random, a file that
 * both accept must read the same, entry by entry; and a file gettext-parser rejects, ours rejects too,
 * except where its check is wrong for templates (see below).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { po as gettext, type GetTextTranslations } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { damage, edit } from '../damage.testing.js';
import { FormatError } from '../errors.js';
import { escapePo, readPo } from './po.js';

const FIXTURE = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..'), 'fixtures/formats-po/messages.po');

type Unit = [id: string, text: string, source: string, context: string | undefined];

/**
 * What gettext-parser reads, as the units `readPo` gives with fuzzy and obsolete entries included: all
 * but the header.
 */
function unitsOf(table: GetTextTranslations): Unit[] {
  const units: Unit[] = [];
  for (const group of [table.translations, table.obsolete ?? {}]) {
    for (const [context, entries] of Object.entries(group)) {
      for (const [msgid, entry] of Object.entries(entries)) {
        if (msgid === '' && context === '') continue; // the header
        const key = entry.msgctxt === undefined ? msgid : `${entry.msgctxt}\u0004${msgid}`;
        entry.msgstr.forEach((text, i) => {
          if (text.trim() === '') return;
          const plural = entry.msgid_plural;
          units.push([plural === undefined ? key : `${key}[${i}]`, text, i > 0 && plural !== undefined ? plural : msgid, entry.msgctxt]);
        });
      }
    }
  }
  return units.sort(byId);
}

const byId = (a: Unit, b: Unit) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

const ours = (content: string): Unit[] =>
  readPo(content, { includeFuzzy: true, includeObsolete: true })
    .map((s): Unit => [s.id!, s.text, s.source!, s.context])
    .sort(byId);

/** Strings with what PO must escape, characters beyond the BMP and placeholders. */
const poString = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', ' ', 'é', '😀', '"', '\\', '\n', '\t', '%d', '{0}', '.'),
  maxLength: 12,
});

/** A field's value as quoted literals, split at random places over one to three lines. */
const literals = (value: string, cuts: readonly number[]) => {
  const at = [...new Set(cuts.map((c) => c % (value.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...at].map((from, i) => value.slice(from, at[i] ?? value.length));
  return pieces.map((piece) => `"${escapePo(piece)}"`);
};

const entry = fc.record({
  // gettext-parser reads `msgctxt ""` as no context; GNU gettext, and ours, as an empty one.
  context: fc.option(poString.filter((s) => s !== ''), { nil: undefined }),
  msgid: poString.filter((s) => s !== ''),
  // gettext-parser reads an empty msgid_plural as none.
  plural: fc.option(poString.filter((s) => s !== ''), { nil: undefined }),
  msgstrs: fc.array(poString, { minLength: 3, maxLength: 3 }),
  cuts: fc.array(fc.nat(), { maxLength: 2 }),
  fuzzy: fc.boolean(),
  obsolete: fc.boolean(),
  comment: fc.constantFrom('', '# translator note', '#: src/a.c:12', '#. extracted'),
});

const poFile = fc.record({
  nplurals: fc.constantFrom(1, 2, 3),
  entries: fc.uniqueArray(entry, { selector: (e) => `${e.context ?? ''}\u0004${e.msgid}`, maxLength: 6 }),
  crlf: fc.boolean(),
});

type PoFile = typeof poFile extends fc.Arbitrary<infer T> ? T : never;

function write({ nplurals, entries, crlf }: PoFile): string {
  const lines = ['msgid ""', 'msgstr ""', `"Plural-Forms: nplurals=${nplurals}; plural=(n != 1);\\n"`, ''];
  for (const e of entries) {
    const body: string[] = [];
    const field = (name: string, value: string) => {
      const [first, ...rest] = literals(value, e.cuts);
      body.push(`${name} ${first}`, ...rest);
    };
    if (e.context !== undefined) field('msgctxt', e.context);
    field('msgid', e.msgid);
    if (e.plural === undefined) field('msgstr', e.msgstrs[0]!);
    else {
      field('msgid_plural', e.plural);
      for (let i = 0; i < nplurals; i++) field(`msgstr[${i}]`, e.msgstrs[i]!);
    }
    if (e.comment) lines.push(e.comment);
    if (e.fuzzy) lines.push('#, fuzzy');
    lines.push(...body.map((line) => (e.obsolete ? `#~ ${line}` : line)), '');
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

describe('PO read against gettext-parser', () => {
  it('reads generated files as gettext-parser does', () => {
    fc.assert(
      fc.property(poFile, (file) => {
        const content = write(file);
        expect(ours(content)).toEqual(unitsOf(gettext.parse(content, { validation: true })));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('reads the damaged fixture as gettext-parser does, and accepts nothing it rejects', () => {
    const content = readFileSync(FIXTURE, 'utf8');
    let bothRead = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const damaged = damage(content, edits);
        let reference: GetTextTranslations | Error;
        try {
          reference = gettext.parse(damaged, { validation: true });
        } catch (error) {
          reference = error as Error;
        }
        let read: Unit[];
        try {
          read = ours(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
          return;
        }
        if (reference instanceof Error) {
          // Without a header that declares nplurals, gettext-parser expects one form: wrong for a POT
          // template (`nplurals=INTEGER`), so ours does not count the forms then.
          expect(reference.message).toMatch(/^Plural forms range error/);
          expect(gettext.parse(damaged).headers?.['Plural-Forms'] ?? '').not.toMatch(/nplurals\s*=\s*\d/);
          return;
        }
        bothRead++;
        expect(read).toEqual(unitsOf(reference));
      }),
      { numRuns: 300, seed: 5 },
    );
    // Most damage leaves the file readable: the comparison is not vacuous.
    expect(bothRead).toBeGreaterThan(100);
  });
});
