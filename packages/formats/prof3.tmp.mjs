import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse, postprocess, preprocess } from '/work/main/node_modules/.pnpm/micromark@4.0.3/node_modules/micromark/index.js';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
const c = readFileSync('/tmp/varied1mb.md','utf8');
const sets = { none: [], table: [gfmTable()], foot: [gfmFootnote()], strike: [gfmStrikethrough()], task:[gfmTaskListItem()], fm:[frontmatter(['yaml','toml'])], all: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter(['yaml','toml'])] };
const { readMarkdown } = await import('./dist/index.js');
for (let k=0;k<3;k++){
 const out=[];
 for (const [n,ext] of Object.entries(sets)) { const t=performance.now(); postprocess(parse({extensions:ext}).document().write(preprocess()(c,'utf8',true))); out.push(n+' '+(performance.now()-t).toFixed(0)); }
 let t=performance.now(); fromMarkdown(c,{extensions:sets.all}); out.push('fromMd '+(performance.now()-t).toFixed(0));
 t=performance.now(); readMarkdown(c); out.push('read '+(performance.now()-t).toFixed(0));
 console.log(out.join(' | '));
}
