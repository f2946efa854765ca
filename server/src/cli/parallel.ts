import { statSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import { ConfigError } from '../node/configFile';
import type { Config } from '../engine/config';
import { checkFile, type FileResult } from './check';
import { ReadError } from './readText';

/** One file's outcome, in the shape the sequential loop produces it. */
export type Outcome =
  { ok: FileResult } | { configError: string } | { readError: string } | { internalError: string };

interface Job {
  jixiaoCheckWorker: true;
  files: string[];
  indices: number[];
  config?: string;
  port: MessagePort;
  done: Int32Array;
}

/** Below this, starting workers (about 50 ms each) costs more than it saves. */
const MIN_FILES = 8;
const MIN_BYTES = 4e6;
/** Without progress for this long, the workers are given up and the rest is checked here. */
const STALL_MS = 60_000;

function checkOne(file: string, config: string | undefined, cache: Map<string, Config>): Outcome {
  try {
    return { ok: checkFile(file, config, cache) };
  } catch (e) {
    if (e instanceof ConfigError) return { configError: e.message };
    if (e instanceof ReadError) return { readError: e.message };
    return { internalError: String((e as Error)?.stack ?? e) };
  }
}

/** JIXIAO_THREADS=1 forces one thread (tests compare the two ways; users may cap CI load). */
function cores(): number {
  const set = Number(process.env.JIXIAO_THREADS);
  if (Number.isInteger(set) && set >= 1) return set;
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
}

function worthWorkers(files: string[], threads: number): boolean {
  if (threads < 2 || files.length < 2) return false;
  if (files.length >= MIN_FILES) return true;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // unreadable: reported by the check itself
    }
  }
  return bytes >= MIN_BYTES;
}

/**
 * Checks files on all cores when there are many (worker threads), else here. Results come back
 * in input order, so the output is the same either way. Synchronous, like the rest of the CLI:
 * the main thread sleeps on a shared counter and reads the workers' ports without an event loop.
 * The worker runs this very module (__filename is dist/cli.js once bundled), which starts the
 * worker's side below instead of the CLI.
 */
export function checkFiles(files: string[], config: string | undefined): Outcome[] {
  const threads = Math.min(cores(), files.length);
  const cache = new Map<string, Config>();
  if (!worthWorkers(files, threads)) return files.map((f) => checkOne(f, config, cache));
  const out: (Outcome | undefined)[] = new Array(files.length);
  const done = new Int32Array(new SharedArrayBuffer(4));
  const workers: { worker: Worker; port: MessagePort }[] = [];
  for (let w = 0; w < threads; w++) {
    const indices = files.map((_, i) => i).filter((i) => i % threads === w);
    const { port1, port2 } = new MessageChannel();
    const job: Job = {
      jixiaoCheckWorker: true,
      files: indices.map((i) => files[i]),
      indices,
      config,
      port: port2,
      done,
    };
    const worker = new Worker(__filename, { workerData: job, transferList: [port2] });
    workers.push({ worker, port: port1 });
  }
  let seen = 0;
  let last = Date.now();
  while (seen < files.length && Date.now() - last < STALL_MS) {
    Atomics.wait(done, 0, seen, 200);
    const now = Atomics.load(done, 0);
    if (now !== seen) last = Date.now();
    seen = now;
    for (const { port } of workers) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const { index, outcome } = m.message as { index: number; outcome: Outcome };
        out[index] = outcome;
      }
    }
  }
  for (const { worker, port } of workers) {
    port.close();
    void worker.terminate();
  }
  return out.map((o, i) => o ?? checkOne(files[i], config, cache));
}

/** The worker's side: check the files handed over, post each outcome, count it as done. */
export function isCheckWorker(): boolean {
  return !!(workerData as Partial<Job> | null)?.jixiaoCheckWorker;
}

export function runCheckWorker(): void {
  const job = workerData as Job;
  const cache = new Map<string, Config>();
  job.files.forEach((file, k) => {
    job.port.postMessage({ index: job.indices[k], outcome: checkOne(file, job.config, cache) });
    Atomics.add(job.done, 0, 1);
    Atomics.notify(job.done, 0);
  });
  job.port.close();
}

if (isCheckWorker()) runCheckWorker();
