/**
 * One engine measurement in a process of its own (bundled by bench/run.ts like dist/, so what is
 * timed is what ships): `node bench/out/engine.js N REPS` prints the times and the peak memory of
 * checking a generated draft of N projects REPS times, each check cold (no edit cache). Two
 * unmeasured checks first: the language server is long-running, so a check meets compiled code;
 * a fresh process (JIT warm-up, catalog and schema compilation) is what the CLI row measures.
 */
import { checkText } from '../server/src/engine/engine';
import { ParseCache } from '../server/src/engine/yaml/chunks';
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
// CPU time beside wall time: on a machine shared with other work, wall time mostly measures the
// others. Process-wide (user + system, all threads): V8's helper threads' share of the work counts.
const cpuTimes: number[] = [];
for (let k = 0; k < reps; k++) {
  const t = performance.now();
  const c = process.cpuUsage();
  checkText(text);
  const used = process.cpuUsage(c);
  times.push(performance.now() - t);
  cpuTimes.push((used.user + used.system) / 1000);
}
/**
 * The memory an editor session keeps: the draft opened, then one character typed into 15
 * different projects, each version checked through the edit cache as the language server does;
 * the live heap after a full collection (needs --expose-gc, which bench/run.ts passes).
 */
function sessionLiveMB(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  const cache = new ParseCache();
  let current = text;
  let result = checkText(current, { cache });
  for (let k = 1; k <= 15; k++) {
    const marker = `项目${Math.floor((k * n) / 16)}\n`;
    const at = current.indexOf(marker);
    if (at < 0) continue;
    current = current.slice(0, at) + marker.slice(0, -1) + 'x\n' + current.slice(at + marker.length);
    result = checkText(current, { cache });
  }
  // Both stay alive through the measurement, as the open document and its last check do.
  held.push(current, result);
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}
const held: unknown[] = [];
/** What this prints (bench/run.ts reads it). */
export interface EngineMeasure {
  times: number[];
  /** CPU milliseconds of each timed check. */
  cpuTimes: number[];
  mb: number;
  heapMB: number;
  rssMB: number;
  firstCheckRssMB: number;
  /** Live heap after opening and typing in 15 projects (see sessionLiveMB). */
  sessionMB?: number;
}

const mem = process.memoryUsage();
const rssMB = process.resourceUsage().maxRSS / 1024;
// Measured last: it collects garbage, and its checks would add to the peak figures above.
const sessionMB = sessionLiveMB();
process.stdout.write(
  JSON.stringify({
    times,
    cpuTimes,
    mb: Buffer.byteLength(text) / 1e6,
    heapMB: mem.heapUsed / 1e6,
    // Peak resident memory of the whole process (resourceUsage reports kilobytes).
    rssMB,
    firstCheckRssMB,
    sessionMB,
  } satisfies EngineMeasure),
);
