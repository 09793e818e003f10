import type { FileResult, LocatedFinding } from './results.js';

/**
 * JUnit XML, as CI servers (Jenkins, GitLab, Azure) display test results: one test suite per file,
 * one test case per finding. Errors and warnings are failures; info findings are hints and are
 * reported as skipped, so they show without failing the build. A file with no findings is one
 * passing test case.
 */
export function formatJunit(results: readonly FileResult[]): string {
  let suites = '';
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const r of results) {
    const cases = r.findings.length > 0 ? r.findings.map((f) => testCase(r.filePath, f)).join('') : `    <testcase classname=${attr(r.filePath)} name="mtlint"/>\n`;
    const fileFailures = r.errorCount + r.warningCount;
    const fileTests = Math.max(1, r.findings.length);
    tests += fileTests;
    failures += fileFailures;
    skipped += r.infoCount;
    suites +=
      `  <testsuite name=${attr(r.filePath)} tests="${fileTests}" failures="${fileFailures}" errors="0" skipped="${r.infoCount}">\n` +
      cases +
      '  </testsuite>\n';
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="mtlint" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
    suites +
    '</testsuites>\n'
  );
}

function testCase(file: string, f: LocatedFinding): string {
  const name = attr(`${f.ruleId} at ${f.line}:${f.column}`);
  const detail = text(`${file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`);
  const body =
    f.severity === 'info'
      ? `      <skipped message=${attr(f.message)}/>\n`
      : `      <failure type="${f.severity}" message=${attr(f.message)}>${detail}</failure>\n`;
  return `    <testcase classname=${attr(file)} name=${name}>\n${body}    </testcase>\n`;
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const text = (s: string) => s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A quoted attribute value; line breaks as character references so that XML parsers keep them. */
const attr = (s: string) =>
  `"${text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')}"`;
