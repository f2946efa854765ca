/**
 * `npm run stress`: the inputs that once hung or crashed the checker (issue 15), each timed.
 * Every case is at most 2 MB and must take at most 2 s of CPU; wall time is shown beside it
 * (on a shared machine it includes waiting for a core). Exits 1 when a case is over its limit,
 * a rule crashed, or the check threw.
 */
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../server/src/cli/files';
import { formatText } from '../server/src/cli/format';
import { checkText } from '../server/src/engine/engine';
import { fixAllUntilStable } from '../server/src/engine/fixAll';
import { renderReport } from '../server/src/report/render';
import { draftWith, GOOD_PROJECT } from '../test/helpers';

const LIMIT_MS = 2000;
const MAX_BYTES = 2 * 1024 * 1024;

interface Case {
  name: string;
  text?: string;
  run: () => unknown;
}

const withDetail = (formula: string) =>
  draftWith(
    GOOD_PROJECT.replace(
      '    绩效目标:',
      `    明细:\n      - 内容: 办公\n        金额: 1\n        测算依据: "${formula}"\n    绩效目标:`,
    ),
  );

function projects(n: number, edit: (p: string, i: number) => string = (p) => p): string {
  return Array.from({ length: n }, (_, i) =>
    edit(GOOD_PROJECT.replace('医疗保障工作经费', `项目${i}`), i),
  ).join('');
}

/** As many projects as fit in `bytes` (each edited), for the size-bound cases. */
function fill(limit: number, edit?: (p: string, i: number) => string, header = ''): string {
  const one = Buffer.byteLength(projects(1, edit));
  // Room for the header and for CRLF breaks.
  const bytes = limit * 0.9;
  return draftWith(projects(Math.floor((bytes - Buffer.byteLength(header) - 200) / one), edit), header);
}

const check = (text: string) => () => {
  const r = checkText(text);
  if (r.internalErrors.length) throw new Error(`rule crashed: ${r.internalErrors[0].slice(0, 200)}`);
  return r;
};

const cases: Case[] = [];
const add = (name: string, text: string, run = check(text)) => cases.push({ name, text, run });

add('测算依据: 100 KB of nested parentheses', withDetail('('.repeat(50_000) + '1+1' + ')'.repeat(50_000)));
add('测算依据: 100 KB of unary signs', withDetail('1+' + '-'.repeat(100_000) + '1'));
add('测算依据: two 300,000-digit factors', withDetail(`${'9'.repeat(300_000)}*${'9'.repeat(300_000)}`));
add(
  '测算依据: two 450,000-digit factors (0.9 MB)',
  withDetail(`${'7'.repeat(450_000)}*${'3'.repeat(450_000)}`),
);
add(
  '采购 数量 × 单价 of 200,000 digits each',
  draftWith(
    GOOD_PROJECT.replace(
      '    绩效目标:',
      `    采购:\n      - { 品目: A05040101 复印纸, 数量: ${'7'.repeat(200_000)}, 计量单位: 箱, 单价: ${'3'.repeat(200_000)}, 金额: 4.00 }\n    绩效目标:`,
    ),
  ),
);
for (const n of [10_000, 20_000])
  add(
    `${n.toLocaleString('en')} unknown top-level keys`,
    draftWith(GOOD_PROJECT) + Array.from({ length: n }, (_, i) => `未知键${i}: 1`).join('\n') + '\n',
  );
add(
  '20,000 unknown keys in one project',
  draftWith(GOOD_PROJECT + Array.from({ length: 20_000 }, (_, i) => `    字段${i}: 1`).join('\n') + '\n'),
);
{
  const units =
    '预算单位:\n' +
    Array.from({ length: 4000 }, (_, i) => `  - { 编码: "${100000 + i}", 名称: 单位${i} }\n`).join('');
  add(
    'project-unit-unknown: 4,000 units, every project unknown (~2 MB)',
    fill(MAX_BYTES, (p, i) => p.replace('    类别:', `    预算单位: 无此单位${i}\n    类别:`), units),
  );
}
{
  const text = fill(MAX_BYTES, (p) => p.replace('≤44.36万元', '≤270万元'));
  const r = checkText(text);
  cases.push({
    name: 'report: ~2 MB, a finding in every project',
    text,
    run: () => renderReport(r.draft, r.findings),
  });
  cases.push({
    name: 'text output of those findings, escaped',
    text,
    run: () =>
      formatText(
        r.findings.map((f) => ({ file: 'x.budget.yaml', ...f })),
        1,
        false,
      ),
  });
}
{
  // A safe fix in every project (a quoted 金额): fix-all applies them all, then checks again.
  const text = fill(MAX_BYTES, (p) => p.replace('金额: 44.36', '金额: "44.36"'));
  const r = checkText(text);
  cases.push({
    name: 'fix-all until stable: a safe fix in every project',
    text,
    run: () => {
      const all = fixAllUntilStable(r);
      if (!all.settled || all.passes < 1 || all.text.includes('"44.36"'))
        throw new Error('fix-all did not settle');
      return all;
    },
  });
}
{
  const lf = fill(MAX_BYTES);
  add('~2 MB with lone CR line breaks', lf.replace(/\n/g, '\r'));
  add('~2 MB with CRLF line breaks', lf.replace(/\n/g, '\r\n'));
  add(
    '~2 MB with an alias across projects (parsed whole)',
    draftWith(
      GOOD_PROJECT.replace('类别: 其他运转类', '类别: &cat 其他运转类') +
        projects(Math.floor(MAX_BYTES / Buffer.byteLength(GOOD_PROJECT)) - 2, (p) =>
          p.replace('类别: 其他运转类', '类别: *cat'),
        ),
    ),
  );
}
add(
  '50,000 suppression comments in a row',
  draftWith(GOOD_PROJECT) +
    Array.from({ length: 50_000 }, () => '# 绩效检查-忽略 schema: 示例').join('\n') +
    '\n',
);
add(
  'a 1 MB placeholder value (message clipped)',
  draftWith(GOOD_PROJECT.replace('组织实施医疗保障工作', 'x'.repeat(1_000_000))),
);
{
  let t = draftWith('  - 名称: a\n    x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n');
  for (let i = 0; i < 8; i++)
    t += `    ${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
      .fill('*' + String.fromCharCode(97 + i))
      .join(', ')}]\n`;
  add('billion laughs (aliases of aliases, 9 levels)', t);
}
{
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-stress-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.budget.yaml'), draftWith(GOOD_PROJECT));
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('.', join(dir, 'again'));
  symlinkSync('..', join(dir, 'sub', 'up'));
  cases.push({
    name: 'walk: a directory with two `self -> .` links and one `up -> ..`',
    run: () => {
      const r = expandInputs(['.'], dir);
      if (r.files.length !== 1) throw new Error(`expected 1 file, got ${r.files.length}`);
      return expandInputs(['*.nomatch'], dir);
    },
  });
}

let failed = 0;
console.log(`${'case'.padEnd(66)} ${'MB'.padStart(5)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(8)}`);
for (const c of cases) {
  const bytes = c.text === undefined ? 0 : Buffer.byteLength(c.text);
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  let error = '';
  try {
    c.run();
  } catch (e) {
    error = (e as Error).message;
  }
  const wall = Number(process.hrtime.bigint() - wall0) / 1e6;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1000;
  const over = bytes > MAX_BYTES ? ' (input over 2 MB!)' : '';
  const ok = !error && cpu <= LIMIT_MS && !over;
  if (!ok) failed++;
  console.log(
    `${c.name.padEnd(66)} ${(bytes / 1024 / 1024).toFixed(2).padStart(5)} ${cpu.toFixed(0).padStart(8)} ${wall.toFixed(0).padStart(8)}` +
      `${ok ? '' : `  FAIL${error ? `: ${error}` : ''}${over}`}`,
  );
}
console.log(
  failed
    ? `${failed} case(s) over ${LIMIT_MS} ms or failed`
    : `all ${cases.length} cases within ${LIMIT_MS} ms of CPU`,
);
process.exit(failed ? 1 : 0);
