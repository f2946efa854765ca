/**
 * Import and check of a published PDF (33 pages, putuo-wanli-2024.pdf), warm: PDF.js loaded and
 * one import done, as in an editor session or a CLI run over several files. Target (IMPORT.md):
 * ≤ 1 s for a 30-page PDF. Prints JSON { pages, warmMs: number[] } for bench/run.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importInput } from '../server/src/import/index';
import { checkText } from '../server/src/engine/engine';

async function main(): Promise<void> {
  const file = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'published', 'putuo-wanli-2024.pdf');
  const reps = Number(process.argv[3] ?? 5);
  if (!existsSync(file)) {
    console.log(JSON.stringify({ skipped: `${file} not present` }));
    return;
  }
  const data = readFileSync(file);
  const once = async () => {
    const imported = await importInput('bench.pdf', new Uint8Array(data));
    checkText(imported.draftText);
    return imported.doc.pageCount ?? 0;
  };
  const pages = await once();
  const warmMs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await once();
    warmMs.push(performance.now() - t);
  }
  console.log(JSON.stringify({ pages, warmMs }));
}

void main();
