import { readFileSync } from 'node:fs';
const { readPo, readMarkdown } = await import('./dist/index.js');
const f = process.argv[2];
const c = readFileSync(f,'utf8');
const read = f.endsWith('.po') ? readPo : readMarkdown;
for (let k=0;k<5;k++){ const t=performance.now(); read(c); console.log((performance.now()-t).toFixed(0)); }
