/**
 * `bench:check`: a quick run compared with bench/baseline.json; fails on a > 2× regression of any
 * ratio (ours/peer). Ratios, not milliseconds, because these machines are noisy.
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
const base = JSON.parse(readFileSync(join(ROOT, 'bench', 'baseline.json'), 'utf8')).ratios as Record<
  string,
  number
>;
let failed = 0;
for (const [k, b] of Object.entries(base)) {
  if (!(k in now)) continue;
  const ok = now[k] <= b * 2;
  console.log(`${ok ? 'ok' : 'REGRESSION'}: ${k} = ${now[k].toFixed(3)} (baseline ${b.toFixed(3)})`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
