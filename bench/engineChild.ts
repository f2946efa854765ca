/**
 * One engine measurement in a process of its own (bundled by bench/run.ts like dist/, so what is
 * timed is what ships): `node bench/out/engine.js N REPS` prints the times and the peak memory of
 * checking a generated draft of N projects REPS times, each check cold (no edit cache). Two
 * unmeasured checks first: the language server is long-running, so a check meets compiled code;
 * a fresh process (JIT warm-up, catalog and schema compilation) is what the CLI row measures.
 */
import { checkText } from '../server/src/engine/engine';
import { generateDraft } from './generate';

const n = Number(process.argv[2] ?? 1000);
const reps = Number(process.argv[3] ?? 7);
const text = generateDraft(n);
checkText(text);
// One check of this draft in a fresh process: the memory a file open costs (later checks only add
// garbage that V8 collects when it chooses).
const firstCheckRssMB = process.resourceUsage().maxRSS / 1024;
checkText(text);
const times: number[] = [];
for (let k = 0; k < reps; k++) {
  const t = performance.now();
  checkText(text);
  times.push(performance.now() - t);
}
/** What this prints (bench/run.ts reads it). */
export interface EngineMeasure {
  times: number[];
  mb: number;
  heapMB: number;
  rssMB: number;
  firstCheckRssMB: number;
}

const mem = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    times,
    mb: Buffer.byteLength(text) / 1e6,
    heapMB: mem.heapUsed / 1e6,
    // Peak resident memory of the whole process (resourceUsage reports kilobytes).
    rssMB: process.resourceUsage().maxRSS / 1024,
    firstCheckRssMB,
  } satisfies EngineMeasure),
);
