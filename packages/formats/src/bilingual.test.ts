import { describe, expect, it } from 'vitest';
import { BILINGUAL_CATEGORY, checkConsistency, checkPair, type BilingualPair } from './bilingual.js';

/** [check, target text at the finding] for one pair. */
const check = (source: string, target: string, extra: Partial<BilingualPair> = {}) =>
  checkPair({ source, target, ...extra }).map((f) => [f.ruleId, target.slice(f.start, f.end)]);

describe('bilingual checks', () => {
  it('report in their own category, at MQM severities', () => {
    const [f] = checkPair({ source: 'Version 4.3', target: 'Version 4.2' });
    expect(f).toMatchObject({ category: BILINGUAL_CATEGORY, ruleId: 'number-mismatch', mqmSeverity: 'major', severity: 'error' });
  });

  it('number-mismatch: a changed, missing or added number; not separators, spelled-out small numbers or placeholders', () => {
    expect(check('in Version 4.3 behoben.', 'fixed in version 4.2.')).toEqual([['number-mismatch', '4.2']]);
    expect(check('Noch 25 Tage.', 'A few days left.')).toEqual([['number-mismatch', 'A few days left.']]);
    expect(check('Bis morgen.', 'Until 10 tomorrow.')).toEqual([['number-mismatch', '10']]);
    expect(check('Es kostet 1.000,50 €.', 'It costs €1,000.50.')).toEqual([]);
    expect(check('2 Dateien gelöscht.', 'Two files deleted.')).toEqual([]);
    expect(check('Datei {0} von %1$s.', 'File {0} of %1$s.')).toEqual([]);
  });

  it('number-mismatch fix: the source number copied over a one-to-one change written the same way, else none', () => {
    const fixes = (source: string, target: string) => checkPair({ source, target }).map((f) => f.suggestions);
    expect(fixes('in Version 4.3 behoben.', 'fixed in version 4.2.')).toEqual([[{ start: 17, end: 20, replacement: '4.3' }]]);
    expect(fixes('Preis: 20 Euro', 'Price: 25.50 euros')).toEqual([[{ start: 7, end: 12, replacement: '20' }]]);
    // A German decimal comma would be wrong in English; two changes cannot be paired for certain; a missing number has no place.
    expect(fixes('Noch 4,5 Stunden', 'Still 4.6 hours')).toEqual([[]]);
    expect(fixes('Von 3 bis 7 Uhr', 'From 4 to 8')).toEqual([[], []]);
    expect(fixes('Noch 25 Tage.', 'A few days left.')).toEqual([[]]);
    expect(fixes('Bis morgen.', 'Until 10 tomorrow.')).toEqual([[]]);
  });

  it('placeholder-mismatch: missing, added or duplicated placeholders and inline tags', () => {
    expect(check('Die Datei %s fehlt.', 'The file is missing.')).toEqual([['placeholder-mismatch', 'The file is missing.']]);
    expect(check('Hallo {name}!', 'Hello {user}!')).toEqual([
      ['placeholder-mismatch', 'Hello {user}!'],
      ['placeholder-mismatch', '{user}'],
    ]);
    expect(check('Klicke <b>hier</b>.', 'Click <b>here</b> <b>now</b>.')).toEqual([
      ['placeholder-mismatch', '<b>'],
      ['placeholder-mismatch', '</b>'],
    ]);
    expect(check('Seite {{page}}', 'Page {{page}}')).toEqual([]);
    // Where a missing placeholder goes, or whether an extra one should go, is not known: no fix.
    expect(checkPair({ source: 'Hallo {name}!', target: 'Hello {user}!' }).flatMap((f) => f.suggestions)).toEqual([]);
    const codes = { inlineCodes: { source: ['<g id="1">', '<x id="2">'], target: ['<g id="1">'] } };
    expect(check('Siehe AGB', 'See the terms', codes)).toEqual([['placeholder-mismatch', 'See the terms']]);
  });

  it('url-mismatch: a changed or missing URL or e-mail address, not trailing punctuation', () => {
    expect(check('Hilfe: https://example.org/hilfe.', 'Help: https://example.org/help.')).toEqual([['url-mismatch', 'https://example.org/help']]);
    expect(check('Schreiben Sie an info@example.de', 'Write to us')).toEqual([['url-mismatch', 'Write to us']]);
    expect(check('Siehe www.example.org.', 'See www.example.org.')).toEqual([]);
    const [changed] = checkPair({ source: 'Hilfe: https://example.org/hilfe.', target: 'Help: https://example.org/help.' });
    expect(changed!.suggestions).toEqual([{ start: 6, end: 30, replacement: 'https://example.org/hilfe' }]);
    expect(checkPair({ source: 'Schreiben Sie an info@example.de', target: 'Write to us' })[0]!.suggestions).toEqual([]);
  });

  it('untranslated: the source left as it is, but not names, single words or English', () => {
    expect(check('Keine Treffer gefunden', 'Keine Treffer gefunden')).toEqual([['untranslated', 'Keine Treffer gefunden']]);
    expect(check('Status', 'Status')).toEqual([]);
    expect(check('Microsoft Teams', 'Microsoft Teams')).toEqual([]);
    expect(check('Open in browser', 'Open in browser')).toEqual([]);
  });

  it('source-language-left: the source script, or several non-English words of the source', () => {
    expect(check('Открыть файл', 'Open файл')).toEqual([['source-language-left', 'файл']]);
    expect(check('Die Datei wurde gelöscht.', 'The file wurde gelöscht.')).toEqual([
      ['source-language-left', 'wurde'],
      ['source-language-left', 'gelöscht'],
    ]);
    expect(check('Die Datei wurde gespeichert.', 'The file wurde saved.')).toEqual([]); // one word, ASCII: may be a term
    expect(check('Mit Kaffee zum Meeting.', 'With coffee to the meeting.')).toEqual([]);
    // The words of a URL or placeholder are code, not text left in the source language.
    expect(check('Öffne https://example.org/datei/neu bei %(datei)s', 'Open https://example.org/datei/neu at %(datei)s')).toEqual([]);
  });

  it('whitespace-mismatch: leading or trailing whitespace that differs, with the fix', () => {
    const [lead] = checkPair({ source: '  Name:', target: 'Name:' });
    expect(lead).toMatchObject({ ruleId: 'whitespace-mismatch', suggestions: [{ start: 0, end: 0, replacement: '  ' }] });
    const [trail] = checkPair({ source: 'Zeile\n', target: 'Line' });
    expect(trail).toMatchObject({ ruleId: 'whitespace-mismatch', suggestions: [{ start: 4, end: 4, replacement: '\n' }] });
    expect(check(' Ja ', ' Yes ')).toEqual([]);
  });

  it('final-punctuation-mismatch: a different sentence-final mark, full-width and quotes folded', () => {
    expect(check('Gespeichert.', 'Saved')).toEqual([['final-punctuation-mismatch', 'd']]);
    expect(checkPair({ source: 'Gespeichert.', target: 'Saved' })[0]!.suggestions).toEqual([{ start: 5, end: 5, replacement: '.' }]);
    expect(check('Speichern?', 'Save.')).toEqual([['final-punctuation-mismatch', '.']]);
    // A mark missing after the last word is fixed with the source's (an ellipsis as the source writes it);
    // a different mark, or one missing after a quote, is the translator's to decide.
    const fix = (source: string, target: string) => checkPair({ source, target }).flatMap((f) => f.suggestions.map((s) => target.slice(0, s.start) + s.replacement + target.slice(s.end)));
    expect(fix('Suche läuft …', 'Searching')).toEqual(['Searching…']);
    expect(fix('Wird geladen...', 'Loading')).toEqual(['Loading...']);
    expect(fix('Gespeichert。', 'Saved')).toEqual(['Saved.']);
    expect(fix('Speichern?', 'Save.')).toEqual([]);
    expect(fix('Klicken Sie auf „Speichern“.', 'Click "Save"')).toEqual([]);
    expect(check('Suche läuft …', 'Searching...')).toEqual([]);
    expect(check('保存しました。', 'Saved.')).toEqual([]);
    expect(check('Er sagte: „Ja.“', 'He said: "Yes."')).toEqual([]);
  });

  it('inconsistent-translation: one source translated two ways, the minority reported; contexts kept apart', () => {
    const pairs: BilingualPair[] = [
      { source: 'Gutschein einlösen', target: 'Redeem voucher' },
      { source: 'Gutschein  einlösen', target: 'Redeem coupon' },
      { source: 'Gutschein einlösen', target: 'Redeem voucher' },
      { source: 'Öffnen', target: 'Open', context: 'verb' },
      { source: 'Öffnen', target: 'Opening', context: 'noun' },
    ];
    const found = checkConsistency(pairs);
    expect(found.map((f) => [f.pair, f.ruleId, f.message])).toEqual([
      [1, 'inconsistent-translation', '"Gutschein einlösen" is translated "Redeem voucher" elsewhere in this file.'],
    ]);
  });
});
