/**
 * `npm run bench`: engine, CLI and language-server timings beside yaml-language-server, printed
 * as a table and written to bench/results.json. `--quick` runs N = 1,000 with few repetitions
 * (what `bench:check` compares against bench/baseline.json).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EngineMeasure } from './engineChild';
import { generateDraft } from './generate';
import { timeEdits } from './lspTiming';
import { median, ms, p95 } from './stats';

const quick = process.argv.includes('--quick');
const ROOT = resolve(__dirname, '..');
const SIZES = quick ? [1000] : [100, 1000, 5000];
const REPS = quick ? 3 : 7;
const EDITS = quick ? 9 : 15;

interface Results {
  machine: string;
  date: string;
  quick: boolean;
  engine: Record<string, Omit<EngineMeasure, 'times'> & { medianMs: number; p95Ms: number }>;
  cli: Record<string, number>;
  lsp: Record<
    string,
    {
      oursMs: number;
      peerMs?: number;
      peerRawMs?: number;
      ratio?: number;
      /** Felt: default settings, whatever wait the server chooses included. */
      oursFeltMs?: number;
      /** Felt for the peer: its own 200 ms validation delay included. */
      peerFeltMs?: number;
      feltRatio?: number;
      oursPeakRssMB?: number;
    }
  >;
  /** Start: `jixiao check examples/` against `jixiao --help`, medians of paired runs. */
  start?: { checkMs: number; helpMs: number; ratio: number; firstDiagnosticsMs: number };
  ratios: Record<string, number>;
  /** Import and check of a 33-page published PDF (bench/importPdf.ts); target ≤ 1 s warm. */
  importPdf?: { pages: number; warmMedianMs: number; cliColdMs: number };
}

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

function edits(text: string, n: number): string[] {
  const marker = `项目${Math.floor(n / 2)}\n`;
  const at = text.indexOf(marker);
  return Array.from({ length: EDITS }, (_, k) =>
    k % 2 === 0 ? text.slice(0, at) + `项目${Math.floor(n / 2)}x\n` + text.slice(at + marker.length) : text,
  );
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  await bundleEngine();
  const results: Results = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    date: new Date().toISOString(),
    quick,
    engine: {},
    cli: {},
    lsp: {},
    ratios: {},
  };
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  for (const n of SIZES) {
    results.engine[n] = engine(n);
    const file = join(dir, `d${n}.budget.yaml`);
    writeFileSync(file, generateDraft(n));
    results.cli[`one draft, N=${n}`] = cliWall([file]);
  }
  if (!quick) {
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
    if (measured.warmMs) {
      const t = performance.now();
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', pdf], { stdio: 'ignore' });
      results.importPdf = {
        pages: measured.pages ?? 0,
        warmMedianMs: median(measured.warmMs),
        cliColdMs: performance.now() - t,
      };
    }
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 200; i++) writeFileSync(join(many, `d${i}.budget.yaml`), generateDraft(50, i + 1));
    results.cli['200 drafts × 50 projects'] = cliWall([many]);
  }
  const schema = pathToFileURL(join(ROOT, 'schemas', 'budget.schema.json')).toString();
  for (const n of SIZES.filter((x) => x >= 1000)) {
    const text = generateDraft(n);
    const uri = pathToFileURL(join(dir, `lsp${n}.budget.yaml`)).toString();
    const ours = await timeEdits(
      {
        name: 'jixiao',
        command: [process.execPath, join(ROOT, 'dist', 'server.js'), '--stdio'],
        languageId: 'budget-yaml',
        settings: { jixiao: { debounceMs: 0 } },
        initializationOptions: { settings: { debounceMs: 0 } },
      },
      uri,
      text,
      edits(text, n),
    );
    const entry: Results['lsp'][string] = { oursMs: median(ours.times), oursPeakRssMB: ours.peakRssMB };
    // The same edits with the editor's default settings: what a user feels, any wait included.
    const felt = await timeEdits(
      {
        name: 'jixiao (default settings)',
        command: [process.execPath, join(ROOT, 'dist', 'server.js'), '--stdio'],
        languageId: 'budget-yaml',
        settings: { jixiao: {} },
      },
      uri,
      text,
      edits(text, n),
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
  rmSync(dir, { recursive: true, force: true });
  results.start = {
    ...startRatio(quick ? 7 : 15),
    firstDiagnosticsMs: await firstDiagnostics(quick ? 3 : 7),
  };
  results.ratios['start check/help'] = results.start.ratio;
  if (results.engine[5000] && results.engine[1000])
    results.ratios['engine 5000/1000'] = results.engine[5000].medianMs / results.engine[1000].medianMs;
  for (const [n, l] of Object.entries(results.lsp))
    if (l.ratio !== undefined) results.ratios[`lsp ours/peer N=${n}`] = l.ratio;
  for (const [n, l] of Object.entries(results.lsp))
    if (l.feltRatio !== undefined) results.ratios[`lsp felt ours/peer N=${n}`] = l.feltRatio;

  console.log(`\n机器：${results.machine}\n`);
  console.log(
    '| 引擎 N | 大小 MB | 中位数 ms | p95 ms | 堆 MB | 首次检查后峰值 RSS MB | 全部检查后峰值 RSS MB | 在15个项目中各改一字后存活堆 MB |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [n, e] of Object.entries(results.engine))
    console.log(
      `| ${n} | ${e.mb.toFixed(2)} | ${ms(e.medianMs)} | ${ms(e.p95Ms)} | ${e.heapMB.toFixed(0)} | ${e.firstCheckRssMB.toFixed(0)} | ${e.rssMB.toFixed(0)} | ${e.sessionMB?.toFixed(0) ?? '—'} |`,
    );
  console.log('\n| 命令行 | 墙钟 ms |\n| --- | --- |');
  for (const [k, v] of Object.entries(results.cli)) console.log(`| ${k} | ${ms(v)} |`);
  if (results.importPdf)
    console.log(
      `\n导入并检查 ${results.importPdf.pages} 页的 PDF：预热后中位数 ${ms(results.importPdf.warmMedianMs)} ms（目标 ≤ 1000 ms），` +
        `命令行冷启动 jixiao check 文件.pdf ${ms(results.importPdf.cliColdMs)} ms`,
    );
  console.log(
    '\n| 语言服务器 N | 本项目 ms（不含防抖） | yaml-language-server ms（不含其200ms延迟） | 比值 | 本项目峰值 RSS MB |\n| --- | --- | --- | --- | --- |',
  );
  for (const [n, l] of Object.entries(results.lsp))
    console.log(
      `| ${n} | ${ms(l.oursMs)} | ${ms(l.peerMs ?? NaN)} | ${l.ratio?.toFixed(3) ?? '—'} | ${l.oursPeakRssMB?.toFixed(0) ?? '—'} |`,
    );
  console.log(
    '\n| 语言服务器 N | 体感：本项目 ms（默认设置，含等待） | 体感：yaml-language-server ms（含其200ms延迟） | 体感比值 |\n| --- | --- | --- | --- |',
  );
  for (const [n, l] of Object.entries(results.lsp))
    console.log(
      `| ${n} | ${ms(l.oursFeltMs ?? NaN)} | ${ms(l.peerFeltMs ?? NaN)} | ${l.feltRatio?.toFixed(3) ?? '—'} |`,
    );
  const st = results.start;
  console.log(
    `\n启动：jixiao check examples/ ${ms(st.checkMs)} ms，jixiao --help ${ms(st.helpMs)} ms，` +
      `成对比值中位数 ${st.ratio.toFixed(2)}；语言服务器 didOpen 后首次诊断 ${ms(st.firstDiagnosticsMs)} ms`,
  );
  writeFileSync(
    join(ROOT, 'bench', quick ? 'results.quick.json' : 'results.json'),
    JSON.stringify(results, null, 2) + '\n',
  );
}

void main();
