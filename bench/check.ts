/**
 * `bench:check`: a quick run compared with bench/baseline.json; fails when a ratio (ours/peer,
 * felt ours/peer, check/help at start) exceeds its baseline by more than its tolerance (2× unless
 * the baseline says otherwise). Ratios, not milliseconds, because these machines are noisy.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'run.ts'), '--quick'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const now = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.quick.json'), 'utf8')).ratios as Record<
  string,
  number
>;
const baseline = JSON.parse(readFileSync(join(ROOT, 'bench', 'baseline.json'), 'utf8')) as {
  ratios: Record<string, number>;
  tolerance?: Record<string, number>;
};
let failed = 0;
for (const [k, b] of Object.entries(baseline.ratios)) {
  if (!(k in now)) continue;
  const limit = b * (baseline.tolerance?.[k] ?? 2);
  const ok = now[k] <= limit;
  console.log(
    `${ok ? 'ok' : 'REGRESSION'}: ${k} = ${now[k].toFixed(3)} (baseline ${b.toFixed(3)}, limit ${limit.toFixed(3)})`,
  );
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
