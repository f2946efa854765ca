/**
 * `npm run bench`: engine, CLI and language-server timings beside yaml-language-server, printed
 * as a table and written to bench/results.json. `--quick` runs N = 1,000 with few repetitions
 * (what `bench:check` compares against bench/baseline.json). `--only memory,cold` runs just those
 * parts (bench/parts.ts) and updates just their figures in the results file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EngineMeasure } from './engineChild';
import { generateDraft } from './generate';
import { timeEdits, type LspTarget } from './lspTiming';
import { selectedParts, timed, type PartName } from './parts';
import { printResults } from './print';
import { ratiosOf, type Results } from './results';
import { median, p95 } from './stats';

const quick = process.argv.includes('--quick');
const ROOT = resolve(__dirname, '..');
const SIZES = quick ? [1000] : [100, 1000, 5000];
const REPS = quick ? 3 : 7;
const EDITS = quick ? 9 : 15;
/** Issue #16: the language server at 5,000 projects after 15 quick edits, peak RSS. */
const MEMORY = { projects: 5000, edits: 15, runs: 3, targetMB: 300 };

const ENGINE_BUNDLE = join(ROOT, 'bench', 'out', 'engine.js');

/** The engine bundled as dist/ is (esbuild, no tsx in the way), measured in a fresh process per N. */
async function bundleEngine(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'bench', 'engineChild.ts')],
    outfile: ENGINE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    logLevel: 'warning',
  });
}

function engine(n: number) {
  // Smaller drafts get more repetitions: a garbage collection landing in one run moves their median most.
  const reps = quick ? REPS : n <= 1000 ? 15 : REPS;
  const out = execFileSync(process.execPath, ['--expose-gc', ENGINE_BUNDLE, String(n), String(reps)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out) as EngineMeasure;
  return {
    medianMs: median(r.times),
    p95Ms: p95(r.times),
    cpuMedianMs: median(r.cpuTimes),
    cpuP95Ms: p95(r.cpuTimes),
    mb: r.mb,
    heapMB: r.heapMB,
    rssMB: r.rssMB,
    firstCheckRssMB: r.firstCheckRssMB,
    sessionMB: r.sessionMB,
  };
}

function cliWall(args: string[]): number {
  const t = performance.now();
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...args], {
    stdio: 'ignore',
  });
  return performance.now() - t;
}

/**
 * How much more than starting the CLI at all a check of the example costs: paired runs, so that
 * load on the machine hits both sides alike; the median of the per-pair ratios.
 */
function startRatio(pairs: number): { checkMs: number; helpMs: number; ratio: number } {
  const cli = join(ROOT, 'dist', 'cli.js');
  const wall = (args: string[]) => {
    const t = performance.now();
    spawnSync(process.execPath, [cli, ...args], { stdio: 'ignore', cwd: ROOT });
    return performance.now() - t;
  };
  const checks: number[] = [];
  const helps: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const c = wall(['check', 'examples/']);
    const h = wall(['--help']);
    checks.push(c);
    helps.push(h);
    ratios.push(c / h);
  }
  return { checkMs: median(checks), helpMs: median(helps), ratio: median(ratios) };
}

/** The language server's first diagnostics for the example after `didOpen`, median of fresh servers. */
async function firstDiagnostics(runs: number): Promise<number> {
  const file = join(ROOT, 'examples', 'lixia-yibao-2026.budget.yaml');
  const text = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeEdits(
      {
        name: 'jixiao',
        command: [process.execPath, join(ROOT, 'dist', 'server.js'), '--stdio'],
        languageId: 'budget-yaml',
        settings: { jixiao: {} },
      },
      pathToFileURL(file).toString(),
      text,
      [],
    );
    times.push(r.openMs);
  }
  return median(times);
}

function edits(text: string, n: number, count = EDITS): string[] {
  const marker = `项目${Math.floor(n / 2)}\n`;
  const at = text.indexOf(marker);
  return Array.from({ length: count }, (_, k) =>
    k % 2 === 0 ? text.slice(0, at) + `项目${Math.floor(n / 2)}x\n` + text.slice(at + marker.length) : text,
  );
}

/** Our server with no wait before checking: what the engine and the server cost, nothing else. */
const OURS_NOW: LspTarget = {
  name: 'jixiao',
  command: [process.execPath, join(ROOT, 'dist', 'server.js'), '--stdio'],
  languageId: 'budget-yaml',
  settings: { jixiao: { debounceMs: 0 } },
  initializationOptions: { settings: { debounceMs: 0 } },
};

/** Cold checks of 100, 1,000, 5,000 projects in a fresh bundled process each. */
async function coldPart(results: Results): Promise<void> {
  await bundleEngine();
  for (const n of SIZES) results.engine[n] = engine(n);
}

function cliPart(results: Results, dir: string): void {
  for (const n of SIZES) {
    const file = join(dir, `d${n}.budget.yaml`);
    writeFileSync(file, generateDraft(n));
    results.cli[`one draft, N=${n}`] = cliWall([file]);
  }
  if (quick) return;
  const many = join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 200; i++) writeFileSync(join(many, `d${i}.budget.yaml`), generateDraft(50, i + 1));
  results.cli['200 drafts × 50 projects'] = cliWall([many]);
}

function importPart(results: Results): void {
  const pdf =
    [join(ROOT, '..', 'shared'), '/work/shared']
      .map((d) => join(d, 'published', 'putuo-wanli-2024.pdf'))
      .find((f) => existsSync(f)) ?? '';
  const measured = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'importPdf.ts'), pdf, '7'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { pages?: number; warmMs?: number[] };
  if (!measured.warmMs) return;
  const t = performance.now();
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', pdf], { stdio: 'ignore' });
  results.importPdf = {
    pages: measured.pages ?? 0,
    warmMedianMs: median(measured.warmMs),
    cliColdMs: performance.now() - t,
  };
}

/** Unfelt (no wait), felt (default settings, edits 100 ms apart) and the peer, at 1,000 and 5,000. */
async function lspPart(results: Results, dir: string): Promise<void> {
  const schema = pathToFileURL(join(ROOT, 'schemas', 'budget.schema.json')).toString();
  for (const n of SIZES.filter((x) => x >= 1000)) {
    const text = generateDraft(n);
    const uri = pathToFileURL(join(dir, `lsp${n}.budget.yaml`)).toString();
    const ours = await timeEdits(OURS_NOW, uri, text, edits(text, n));
    const entry: Results['lsp'][string] = { oursMs: median(ours.times), oursPeakRssMB: ours.peakRssMB };
    // The same edits with the editor's default settings, 100 ms apart as keystrokes come: what a
    // user feels, any wait the server chooses included.
    const felt = await timeEdits(
      {
        ...OURS_NOW,
        name: 'jixiao (default settings)',
        settings: { jixiao: {} },
        initializationOptions: undefined,
      },
      uri,
      text,
      edits(text, n),
      100,
    );
    entry.oursFeltMs = median(felt.times);
    try {
      const peer = await timeEdits(
        {
          name: 'yaml-language-server',
          command: [
            process.execPath,
            join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
            '--stdio',
          ],
          languageId: 'yaml',
          settings: { yaml: { validate: true, schemas: { [schema]: ['*.budget.yaml'] } } },
        },
        uri,
        text,
        edits(text, n),
      );
      // yaml-language-server waits a fixed 200 ms (validationDelayMs) before validating; excluded like ours.
      entry.peerRawMs = median(peer.times);
      entry.peerMs = entry.peerRawMs - 200;
      entry.ratio = entry.oursMs / entry.peerMs;
      entry.peerFeltMs = entry.peerRawMs;
      entry.feltRatio = entry.oursFeltMs / entry.peerFeltMs;
    } catch (e) {
      console.error(`peer not measured: ${(e as Error).message}`);
    }
    results.lsp[n] = entry;
  }
}

/** Peak RSS of a fresh server per run: open 5,000 projects, 15 edits each answered before the next. */
async function memoryPart(results: Results, dir: string): Promise<void> {
  const { projects, edits: count, runs, targetMB } = MEMORY;
  const text = generateDraft(projects);
  const uri = pathToFileURL(join(dir, `mem${projects}.budget.yaml`)).toString();
  const peaks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await timeEdits(OURS_NOW, uri, text, edits(text, projects, count));
    if (r.peakRssMB !== undefined) peaks.push(r.peakRssMB);
  }
  if (peaks.length)
    results.memory = { projects, edits: count, peakRssMB: peaks, medianMB: median(peaks), targetMB };
}

async function startPart(results: Results): Promise<void> {
  results.start = {
    ...startRatio(quick ? 7 : 15),
    firstDiagnosticsMs: await firstDiagnostics(quick ? 3 : 7),
  };
}

/** The results file this run updates: a partial run keeps the other parts' figures (and their load). */
function previous(file: string, parts: PartName[]): Results | undefined {
  if (quick || parts.length === 6 || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Results;
}

async function main(): Promise<void> {
  const parts = selectedParts(process.argv);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const file = join(ROOT, 'bench', quick ? 'results.quick.json' : 'results.json');
  const results: Results = previous(file, parts) ?? {
    machine: '',
    date: '',
    quick,
    engine: {},
    cli: {},
    lsp: {},
    ratios: {},
  };
  results.machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  results.date = new Date().toISOString();
  results.parts ??= {};
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  const run = (name: PartName, body: () => Promise<void> | void) =>
    parts.includes(name) ? timed(results.parts!, name, body) : undefined;
  await run('cold', () => coldPart(results));
  await run('cli', () => cliPart(results, dir));
  if (!quick) await run('import', () => importPart(results));
  await run('lsp', () => lspPart(results, dir));
  if (!quick) await run('memory', () => memoryPart(results, dir));
  await run('start', () => startPart(results));
  rmSync(dir, { recursive: true, force: true });
  results.ratios = ratiosOf(results);
  printResults(results);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}

void main();
