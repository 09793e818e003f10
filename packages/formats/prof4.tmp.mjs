import { readFileSync } from 'node:fs';
import { po as poParser } from 'gettext-parser';
const c = readFileSync('/tmp/varied1mb.po','utf8');
const mode = process.argv[2];
const { readPo } = await import('./dist/index.js');
const orig = poParser.parse;
if (mode === 'nogettext') poParser.parse = () => new Proxy({}, {get:()=>new Proxy({}, {get:()=>undefined})});
const t0=performance.now();
for (let k=0;k<5;k++){ const t=performance.now(); try { mode==='gettext' ? orig(c,{validation:true}) : readPo(c); } catch(e){} console.log((performance.now()-t).toFixed(0)); }
