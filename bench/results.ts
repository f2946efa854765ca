import type { EngineMeasure } from './engineChild';
import type { PartRun } from './parts';

/** What bench/results.json holds (bench/run.ts writes it, bench/check.ts and the README read it). */
export interface Results {
  machine: string;
  /** When the last part ran; each part's own date and load average are in `parts`. */
  date: string;
  quick: boolean;
  /** Per part: load averages at its start and end, its duration. Figures under load are marked so. */
  parts?: Record<string, PartRun>;
  /** Cold checks (no edit cache) in a warmed process: wall and CPU milliseconds. */
  engine: Record<
    string,
    Omit<EngineMeasure, 'times' | 'cpuTimes'> & {
      medianMs: number;
      p95Ms: number;
      cpuMedianMs?: number;
      cpuP95Ms?: number;
    }
  >;
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
  /** The language server's peak RSS after opening N projects and 15 quick edits, fresh server per run. */
  memory?: { projects: number; edits: number; peakRssMB: number[]; medianMB: number; targetMB: number };
  /** Start: `jixiao check examples/` against `jixiao --help`, medians of paired runs. */
  start?: { checkMs: number; helpMs: number; ratio: number; firstDiagnosticsMs: number };
  ratios: Record<string, number>;
  /** Import and check of a 33-page published PDF (bench/importPdf.ts); target ≤ 1 s warm. */
  importPdf?: { pages: number; warmMedianMs: number; cliColdMs: number };
}

/** The ratios bench:check guards, recomputed from whatever parts the results hold. */
export function ratiosOf(r: Results): Record<string, number> {
  const ratios: Record<string, number> = {};
  if (r.start) ratios['start check/help'] = r.start.ratio;
  if (r.engine[5000] && r.engine[1000]) {
    ratios['engine 5000/1000'] = r.engine[5000].medianMs / r.engine[1000].medianMs;
    const [a, b] = [r.engine[5000].cpuMedianMs, r.engine[1000].cpuMedianMs];
    if (a !== undefined && b !== undefined) ratios['engine cpu 5000/1000'] = a / b;
  }
  for (const [n, l] of Object.entries(r.lsp))
    if (l.ratio !== undefined) ratios[`lsp ours/peer N=${n}`] = l.ratio;
  for (const [n, l] of Object.entries(r.lsp))
    if (l.feltRatio !== undefined) ratios[`lsp felt ours/peer N=${n}`] = l.feltRatio;
  return ratios;
}
