// `npm start`: after the build, what a newcomer should see first — findings. Checks a faithful
// transcription of a published budget with its real defects (济南市历下区医疗保障局 2026: 总成本
// ≤270万元 against 116万元, 满意度 without ≥ …), then the corrected example, which is clean.
// Exits 0 either way: this is a demonstration, not a gate (`jixiao check` itself exits 1 on errors).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const run = (title, args) => {
  console.log(`\n== ${title}\n$ jixiao ${args.join(' ')}`);
  spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
};
run('公开预算原文（含真实错误）', ['check', 'test/fixtures/jinan-lixia-2026.budget.yaml']);
run('更正后的示例', ['check', 'examples/']);
console.log(
  '\n下一步：在 VS Code 中打开 test/fixtures/jinan-lixia-2026.budget.yaml 看悬停和快速修复；' +
    '`node dist/cli.js report test/fixtures/jinan-lixia-2026.budget.yaml -o report.html` 生成审核报告。',
);
