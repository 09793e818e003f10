import { describe, expect, it } from 'vitest';
import { parseDocument } from './document.js';
import { isTimeSpan, isYearNumber, nounPhraseEnd } from './phrases.js';

describe('isYearNumber', () => {
  it('reads 1800–2099 as a year, and no other number', () => {
    expect(['1800', '1961', '2015', '2099'].map(isYearNumber)).toEqual([true, true, true, true]);
    expect(['1799', '2100', '201', '20150', '12', '1,961'].map(isYearNumber)).toEqual([false, false, false, false, false, false]);
  });
});

describe('nounPhraseEnd', () => {
  const words = (text: string) => parseDocument(text).sentences[0]!.tokens;
  it('ends a phrase before a plural of a round number with "of", which opens the next one', () => {
    const tokens = words('the strike hundreds of flights cancelled');
    expect(nounPhraseEnd(tokens, 0)).toBe(2);
    expect(nounPhraseEnd(tokens, 2)).toBe(3);
  });

  it('keeps a determiner after a head as the next phrase, and a compound whole', () => {
    expect(nounPhraseEnd(words('the committee the proposal'), 0)).toBe(2);
    expect(nounPhraseEnd(words('the old parking lots of the city'), 0)).toBe(4);
  });
});

describe('isTimeSpan', () => {
  const span = (text: string) => {
    const tokens = parseDocument(text).sentences[0]!.tokens;
    return isTimeSpan(tokens, 0, tokens.length);
  };
  it('reads a number in digits or words, or a quantity word, before a time unit as a time', () => {
    expect(['two weeks', 'three days', 'forty years', '40 years', 'many years', 'several decades', 'ten seconds'].map(span)).toEqual(
      [true, true, true, true, true, true, true],
    );
  });
  it('reads "time" as a time only in a fixed adverbial', () => {
    expect(['record time', 'no time', 'due time', 'the time', 'spare time', 'free time'].map(span)).toEqual([true, true, true, false, false, false]);
  });
  it('leaves amounts of things alone', () => {
    expect(['three cars', 'forty players', 'many goals'].map(span)).toEqual([false, false, false]);
  });
});
