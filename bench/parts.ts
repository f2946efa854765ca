/**
 * The parts of `npm run bench`, each runnable alone (`npm run bench -- --only memory,cold`), each
 * recording the machine's load average while it ran: the figures of a loaded machine (CI, parallel
 * sessions) are not those of an idle one, and results.json must say which it holds.
 */
import { loadavg } from 'node:os';

export const PARTS = ['cold', 'cli', 'import', 'lsp', 'memory', 'start'] as const;
export type PartName = (typeof PARTS)[number];

/** Load averages (1, 5, 15 minutes) when a part started and ended, and how long it ran. */
export interface PartRun {
  loadStart: number[];
  loadEnd: number[];
  seconds: number;
  date: string;
}

/** The parts `--only a,b` names (all when absent); an unknown name is an error, not a silent no-op. */
export function selectedParts(argv: string[]): PartName[] {
  const i = argv.indexOf('--only');
  if (i < 0) return [...PARTS];
  const names = (argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (!names.length || unknown.length)
    throw new Error(`--only takes a comma-separated list of: ${PARTS.join(', ')} (got ${argv[i + 1] ?? ''})`);
  return names as PartName[];
}

/** Runs one part and records its load and duration in `runs`. */
export async function timed(runs: Record<string, PartRun>, name: PartName, body: () => Promise<void> | void) {
  const loadStart = loadavg().map((x) => +x.toFixed(2));
  const t = performance.now();
  const date = new Date().toISOString();
  await body();
  runs[name] = {
    loadStart,
    loadEnd: loadavg().map((x) => +x.toFixed(2)),
    seconds: +((performance.now() - t) / 1000).toFixed(1),
    date,
  };
}
