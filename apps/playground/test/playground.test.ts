/**
 * The built page (dist/, `npm test` builds it) opened in headless Chromium with a garbled sentence in the
 * link: the lint worker must load, lint it and the page show the finding, its fix as a word diff and the
 * score. Served over http, as a Web Worker cannot start from a file: page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../../scripts/headless-chromium.mjs';
import { hashForText } from '../src/view.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
/** Our own garbled sentence: the verb left at the end, German order. */
const GARBLED = 'The mayor, the new bridge on Monday opened.';

const chromium = findChromium();
if (!chromium) console.log('playground.test: chromium is not installed, so the page is not opened');

describe.skipIf(!chromium)('the playground in headless Chromium', () => {
  it('lints the text of #text= in its worker and shows the rule id, the fix as a word diff and the score', async () => {
    expect(existsSync(join(DIST, 'worker.js')), 'apps/playground is not built: run npx turbo run build').toBe(true);
    const server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(DIST, path === '/' ? 'index.html' : path);
      if (!file.startsWith(DIST) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const browser = await launchChromium(chromium);
    try {
      const { port } = server.address() as { port: number };
      const page = await browser.open(`http://127.0.0.1:${port}/index.html${hashForText(GARBLED)}`);
      const rendered = await page.waitFor(`(() => {
        const items = [...document.querySelectorAll('#findings li[data-rule-id]')];
        if (items.length === 0) return undefined;
        return JSON.stringify({
          text: document.getElementById('text').value,
          rules: items.map((li) => li.dataset.ruleId),
          marked: [...document.querySelectorAll('#annotated mark')].map((m) => m.dataset.ruleId),
          inserted: [...items[0].querySelectorAll('.diff ins')].map((e) => e.textContent).join('|'),
          score: document.querySelector('#score strong')?.textContent,
        });
      })()`);
      const shown = JSON.parse(rendered as string) as { text: string; rules: string[]; marked: string[]; inserted: string; score: string };
      expect(shown.text).toBe(GARBLED);
      expect(shown.rules).toEqual(['verb-final-clause']);
      expect(shown.marked).toEqual(['verb-final-clause']);
      expect(shown.inserted).toContain('opened');
      expect(Number(shown.score)).toBeLessThan(100);
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
