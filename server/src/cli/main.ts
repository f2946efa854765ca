import type { FileResult } from './check';
import { expandInputs } from './files';
import { formatJson, formatSarif, formatText, type FileFinding } from './format';
import { runTables } from './tables';
import { runReport } from './report';
import { checkFiles } from './parallel';
import { escapeForTerminal } from './escape';
import { IMPORTABLE, runImport, runImportCheck } from './import';

declare const JIXIAO_VERSION: string;
const VERSION = typeof JIXIAO_VERSION === 'string' ? JIXIAO_VERSION : '0.0.0-dev';

const HELP = `用法：jixiao <命令> [选项]

命令：
  check [文件|目录|通配符…]   检查部门预算草稿（目录表示其下所有 *.budget.yaml 及首个键为“格式: 部门预算/1”的 YAML 文件），默认当前目录
  tables <草稿> [--format json|md]   输出草稿生成的公开表格
  report <草稿> -o report.html       生成可打印的独立 HTML 报告（公开表格、绩效目标表、检查结果）
  import <文件.pdf|.xlsx|.txt|-> [-o 草稿.budget.yaml] [--report json]
                              把公开的预算（PDF、Excel 工作簿、制表符分隔的文本）导入为草稿
  check <文件.pdf|.xlsx|.txt>  在内存中导入后检查，问题注明所在页（行）

选项：
  --format text|json|sarif   输出格式（默认 text）
  --config <路径>            使用指定的配置文件（默认：从草稿所在目录向上查找 .jixiao.yaml）
  --no-color                 不使用颜色
  -h, --help                 显示帮助
  -v, --version              显示版本

退出码：0 没有错误；1 存在错误级别的问题；2 用法或输入错误（文件无法读取、没有找到草稿）。
`;

interface Args {
  command?: string;
  inputs: string[];
  format: string;
  config?: string;
  color: boolean;
  output?: string;
  report?: string;
}

class UsageError extends Error {}

function nonEmpty(option: string, v: string): string {
  if (v.trim() === '') throw new UsageError(`选项 ${option} 的值不能为空`);
  return v;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { inputs: [], format: 'text', color: !!process.stdout.isTTY && !process.env.NO_COLOR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`选项 ${a} 需要一个值`);
      // `-o ''` (an unset shell variable) must not quietly mean stdout.
      if (v.trim() === '') throw new UsageError(`选项 ${a} 的值不能为空`);
      return v;
    };
    if (a === '--format' || a === '-f') args.format = value();
    else if (a.startsWith('--format=')) args.format = a.slice(9);
    else if (a === '--config' || a === '-c') args.config = value();
    else if (a.startsWith('--config=')) args.config = nonEmpty('--config', a.slice(9));
    else if (a === '-o' || a === '--output') args.output = value();
    else if (a.startsWith('--output=')) args.output = nonEmpty('--output', a.slice(9));
    else if (a === '--report') args.report = value();
    else if (a.startsWith('--report=')) args.report = nonEmpty('--report', a.slice(9));
    else if (a === '-' && args.command) args.inputs.push(a);
    else if (a === '--no-color') args.color = false;
    else if (a === '-h' || a === '--help') args.command = 'help';
    else if (a === '-v' || a === '--version') args.command = 'version';
    else if (a.startsWith('-')) throw new UsageError(`未知的选项：${escapeForTerminal(a)}`);
    else if (!args.command) args.command = a;
    else args.inputs.push(a);
  }
  return args;
}

/** Returns a promise only for the commands that import (PDF.js and exceljs read asynchronously). */
export function main(argv: string[], out = process.stdout, err = process.stderr): number | Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err.write(`jixiao: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  switch (args.command) {
    case undefined:
    case 'help':
      out.write(HELP);
      return args.command ? 0 : 2;
    case 'version':
      out.write(`${VERSION}\n`);
      return 0;
    case 'check':
      if (args.inputs.length === 1 && (IMPORTABLE.test(args.inputs[0]) || args.inputs[0] === '-'))
        return runImportCheck(args.inputs[0], args.format, args.color, args.config, VERSION, out, err);
      return runCheck(args, out, err);
    case 'import':
      return runImport(args.inputs, args.output, args.report, out, err);
    case 'tables':
      return runTables(args.inputs, args.format, out, err);
    case 'report':
      return runReport(args.inputs, args.output, out, err);
    default:
      err.write(`jixiao: 未知的命令：${escapeForTerminal(args.command)}\n\n${HELP}`);
      return 2;
  }
}

function runCheck(args: Args, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  if (!['text', 'json', 'sarif'].includes(args.format)) {
    err.write(`jixiao: 不支持的输出格式：${escapeForTerminal(args.format)}（可选 text、json、sarif）\n`);
    return 2;
  }
  const { files, missing, skipped } = expandInputs(args.inputs.length ? args.inputs : ['.']);
  for (const m of missing) err.write(`jixiao: 找不到：${escapeForTerminal(m)}\n`);
  for (const s of skipped) err.write(`jixiao: ${escapeForTerminal(s.path)}：${s.reason}\n`);
  if (!files.length) {
    err.write('jixiao: 没有找到要检查的预算草稿（*.budget.yaml）\n');
    return 2;
  }
  const results: FileResult[] = [];
  // Anything asked for and not checked is an input error (exit 2), whatever the other files hold.
  let inputError = missing.length > 0 || skipped.length > 0;
  let internalError = false;
  // Files that could not be read and paths skipped (FIFOs, unreadable directories) alike.
  let failed = skipped.length;
  const outcomes = checkFiles(files, args.config);
  for (let i = 0; i < files.length; i++) {
    const o = outcomes[i];
    if ('ok' in o) results.push(o.ok);
    else if ('configError' in o) {
      err.write(`jixiao: ${escapeForTerminal(o.configError).replace(/⏎/g, '\n')}\n`);
      return 2;
    } else if ('readError' in o) {
      err.write(`jixiao: 无法读取 ${escapeForTerminal(files[i])}：${o.readError}\n`);
      inputError = true;
      failed++;
    } else {
      err.write(`jixiao: 内部错误（${escapeForTerminal(files[i])}）：${o.internalError}\n`);
      internalError = true;
      failed++;
    }
  }
  const findings: FileFinding[] = results.flatMap((r) => r.findings);
  for (const r of results)
    for (const ie of r.internalErrors) {
      err.write(`jixiao: 内部错误（${escapeForTerminal(r.file)}）：${ie}\n`);
      internalError = true;
    }
  if (args.format === 'json') out.write(formatJson(findings));
  else if (args.format === 'sarif') out.write(formatSarif(findings, VERSION));
  else out.write(formatText(findings, results.length, args.color, failed));
  // A rule that crashed checked nothing: its silence must not pass for a clean draft.
  if (inputError || internalError) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
