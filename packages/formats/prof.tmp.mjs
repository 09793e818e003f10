import { readFileSync } from 'node:fs';
import { po as poParser } from 'gettext-parser';
const { readPo, readMarkdown } = await import('./dist/index.js');
const { locateEntries } = await import('./dist/formats/po.js');
const c = readFileSync('/tmp/varied1mb.po','utf8');
for (let k=0;k<3;k++){
let t=performance.now(); locateEntries(c); const a=performance.now()-t;
t=performance.now(); poParser.parse(c,{validation:true}); const b=performance.now()-t;
t=performance.now(); readPo(c); const d=performance.now()-t;
console.log('locate',a.toFixed(0),'gettext',b.toFixed(0),'readPo',d.toFixed(0));
}
