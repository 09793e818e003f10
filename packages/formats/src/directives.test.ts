import { describe, expect, it } from 'vitest';
import { applyDirectives } from './directives.js';
import { fileComments } from './formats/catalogue.js';

const ruleIds = new Set(['a', 'b']);

/** The rule ids (of a and b) that directives leave at each `@` of a file read as `format`. */
function active(format: string, text: string): string[][] {
  const at: number[] = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) at.push(i);
  const findings = at.flatMap((start) => ['a', 'b'].map((ruleId) => ({ ruleId, start })));
  const kept = applyDirectives(findings, fileComments(format, text), { ruleIds, reportUnused: false }).findings;
  return at.map((start) => kept.filter((f) => f.start === start).map((f) => f.ruleId));
}

/** The comments' text, to show which are comments at all. */
const texts = (format: string, content: string) => fileComments(format, content).map((c) => c.text);

describe('comments, by format', () => {
  it('Markdown: comment blocks, inline comments, comments in HTML; never code or front matter', () => {
    const md = '---\nx: <!-- front -->\n---\n\n<!-- block -->\n\nText <!-- inline --> `<!-- code -->`.\n\n```\n<!-- fenced -->\n```\n\n    <!-- indented -->\n\n<div>\n<!-- in html -->\n</div>\n';
    expect(texts('markdown', md)).toEqual(['block', 'inline', 'in html']);
  });

  it('plain text: an HTML comment that ends its line', () => {
    expect(texts('text', 'A <!-- ends -->\n<!-- alone -->\r\nB <!-- inside --> C\n')).toEqual(['ends', 'alone']);
  });

  it('PO: translator comments, not the tools\' comments nor strings', () => {
    const po = '# translator\n#. extracted\n#: ref.c:1\n#, fuzzy\nmsgid "# not"\nmsgstr "<!-- not -->"\n';
    expect(texts('po', po)).toEqual(['translator']);
  });

  it('XLIFF: notes and XML comments, not text that looks like one', () => {
    const xlf = '<xliff version="1.2"><file><body><!-- c --><trans-unit id="1"><source>&lt;!-- s --&gt;</source><target>t</target><note>n</note></trans-unit></body></file></xliff>';
    expect(texts('xliff', xlf)).toEqual(['c', 'n']);
  });

  it('WebVTT: NOTE blocks; SubRip and JSON have none', () => {
    expect(texts('vtt', 'WEBVTT\n\nNOTE first\nsecond\n\n00:01.000 --> 00:02.000\nNOTE in a cue\n')).toEqual(['first\nsecond']);
    expect(texts('srt', '1\n00:00:01,000 --> 00:00:02,000\n<!-- x -->\n')).toEqual([]);
    expect(texts('json', '{"a": "<!-- x -->"}')).toEqual([]);
  });
});

describe('applyDirectives', () => {
  it('disable … enable, for every rule or the rules named', () => {
    expect(active('markdown', '@ <!-- mtlint-disable --> @ <!-- mtlint-enable --> @')).toEqual([['a', 'b'], [], ['a', 'b']]);
    expect(active('markdown', '<!-- mtlint-disable a --> @ <!-- mtlint-enable a --> @')).toEqual([['b'], ['a', 'b']]);
    expect(active('markdown', '<!-- mtlint-disable a, b --> @ <!-- mtlint-enable b --> @')).toEqual([[], ['b']]);
    expect(active('markdown', '<!-- mtlint-disable --> <!-- mtlint-enable a --> @ <!-- mtlint-disable a --> @')).toEqual([['a'], []]);
  });

  it('disable-line covers the comment\'s line, disable-next-line the next one (LF or CRLF); a reason after -- is no rule id', () => {
    for (const nl of ['\n', '\r\n']) {
      expect(active('markdown', `@ <!-- mtlint-disable-next-line a -- quoted -->${nl}@ and @${nl}@`)).toEqual([['a', 'b'], ['b'], ['b'], ['a', 'b']]);
      expect(active('markdown', `@${nl}@ <!-- mtlint-disable-line b -->${nl}@`)).toEqual([['a', 'b'], ['a'], ['a', 'b']]);
    }
  });

  it('a PO comment covers its entry; a WebVTT note the next cue; an XLIFF note its unit, a comment the next unit', () => {
    expect(active('po', '# mtlint-disable-next-line a\nmsgid "x"\nmsgstr "@"\n\nmsgid "y"\nmsgstr "@"\n')).toEqual([['b'], ['a', 'b']]);
    expect(active('vtt', 'WEBVTT\n\nNOTE mtlint-disable-next-line\n\n00:01.000 --> 00:02.000\n@\n\n00:03.000 --> 00:04.000\n@\n')).toEqual([[], ['a', 'b']]);
    const unit = (id: number, note = '') => `<trans-unit id="${id}"><source>s</source><target>@</target>${note}</trans-unit>`;
    const xlf = `<xliff version="1.2"><file><body><!-- mtlint-disable-next-line b -->${unit(1)}${unit(2, '<note>mtlint-disable-line</note>')}${unit(3)}</body></file></xliff>`;
    expect(active('xliff', xlf)).toEqual([['a'], [], ['a', 'b']]);
  });

  it('Markdown code is text: a directive in a fence or in inline code silences nothing', () => {
    expect(active('markdown', '```\n<!-- mtlint-disable -->\n```\n\n@ `<!-- mtlint-disable -->` @')).toEqual([['a', 'b'], ['a', 'b']]);
  });

  it('reports unknown rule ids, and unused disables when asked', () => {
    const text = '<!-- mtlint-disable-next-line zz -->\n@\n<!-- mtlint-disable-next-line b -->\nnothing\n<!-- mtlint-disable a -->\n@';
    const findings = [{ ruleId: 'a', start: text.indexOf('@') }, { ruleId: 'a', start: text.lastIndexOf('@') }];
    const comments = fileComments('markdown', text);
    expect(applyDirectives(findings, comments, { ruleIds, reportUnused: false }).problems.map((p) => p.message)).toEqual([
      "unknown rule 'zz' in an mtlint-disable-next-line comment; 'mtlint rules' lists the ids",
    ]);
    const { problems, findings: kept } = applyDirectives(findings, comments, { ruleIds, reportUnused: true });
    expect(kept).toEqual([findings[0]]);
    expect(problems.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ['unknown-rule', '<!-- mtlint-disable-next-line zz -->'],
      ['unused', '<!-- mtlint-disable-next-line b -->'],
    ]);
  });
});
