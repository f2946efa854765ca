import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkText } from '../engine/engine';
import { SEVERITY_ORDER } from '../engine/findings';
import { configFor } from '../node/configFile';
import type { FileFinding } from './format';
import { formatJson, formatSarif, summarise } from './format';
import { escapeForTerminal } from './escape';
import { fsReason } from '../node/fsReason';

/** Inputs that `check` imports in memory instead of reading as YAML. */
export const IMPORTABLE = /\.(pdf|xlsx|txt)$/i;

type Stream = NodeJS.WritableStream;

async function load(input: string): Promise<{ name: string; data: Uint8Array }> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: 'stdin', data: new Uint8Array(Buffer.concat(chunks)) };
  }
  return { name: basename(input), data: new Uint8Array(readFileSync(input)) };
}

/** `jixiao import <file|-> [-o out] [--report json]`: the draft on stdout or to -o, the report on stderr. */
export async function runImport(
  inputs: string[],
  output: string | undefined,
  report: string | undefined,
  out: Stream,
  err: Stream,
): Promise<number> {
  if (inputs.length !== 1) {
    err.write(
      'jixiao: 用法：jixiao import <文件.pdf|文件.xlsx|文件.txt|-> [-o 输出.budget.yaml] [--report json]\n',
    );
    return 2;
  }
  if (report !== undefined && report !== 'json' && report !== 'text') {
    err.write(`jixiao: 不支持的报告格式：${report}（可选 text、json）\n`);
    return 2;
  }
  const { importInput, isRefusal } = await import('../import/index');
  const { reportJson, reportText } = await import('../import/report');
  let input;
  try {
    input = await load(inputs[0]);
  } catch (e) {
    err.write(`jixiao: 无法读取 ${escapeForTerminal(inputs[0])}：${fsReason(e)}\n`);
    return 2;
  }
  try {
    const result = await importInput(input.name, input.data);
    if (output) {
      try {
        writeFileSync(output, result.draftText);
      } catch (e) {
        err.write(`jixiao: 无法写入 ${escapeForTerminal(output)}：${fsReason(e)}\n`);
        return 2;
      }
    } else out.write(result.draftText);
    err.write(
      report === 'json' ? reportJson(input.name, result) : reportText(input.name, result, escapeForTerminal),
    );
    return 0;
  } catch (e) {
    if (isRefusal(e)) {
      err.write(`jixiao: 拒绝导入 ${escapeForTerminal(input.name)}：${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** The source place each draft line comes from: the nearest `# 第N页` / `# 第N行` above it. */
export function provenance(draft: string): ({ page?: number; line?: number } | undefined)[] {
  let current: { page?: number; line?: number } | undefined;
  return draft.split('\n').map((text) => {
    const m = /^\s*(?:-.*)?#[^第]*?第(\d+)(页|行)/.exec(text);
    if (m) current = m[2] === '页' ? { page: Number(m[1]) } : { line: Number(m[1]) };
    return current;
  });
}

interface ImportedFinding extends FileFinding {
  page?: number;
  sourceLine?: number;
}

/** `jixiao check file.pdf|.xlsx|.txt`: imports in memory, checks the draft, adds the published-document rules. */
export async function runImportCheck(
  file: string,
  format: string,
  color: boolean,
  configPath: string | undefined,
  version: string,
  out: Stream,
  err: Stream,
): Promise<number> {
  const { importInput, isRefusal } = await import('../import/index');
  let input;
  try {
    input = await load(file);
  } catch (e) {
    err.write(`jixiao: 无法读取 ${escapeForTerminal(file)}：${fsReason(e)}\n`);
    return 2;
  }
  let result;
  try {
    result = await importInput(input.name, input.data);
  } catch (e) {
    if (isRefusal(e)) {
      err.write(`jixiao: 拒绝导入 ${escapeForTerminal(input.name)}：${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let config;
  try {
    config = configFor(file, configPath).config;
  } catch (e) {
    err.write(`jixiao: ${(e as Error).message}\n`);
    return 2;
  }
  const checked = checkText(result.draftText, { config });
  const places = provenance(result.draftText);
  // Published-document findings come from the import's `# 导入 … 第N页：` comments; the page is
  // given apart, so their messages drop that prefix.
  const findings: ImportedFinding[] = checked.findings.map((f) => {
    const place = places[f.range.start.line];
    const message = f.message.replace(/^第\d+[页行]：/, '');
    return { file, ...f, message, page: place?.page, sourceLine: place?.line };
  });
  findings.sort(
    (a, b) =>
      (a.page ?? a.sourceLine ?? 0) - (b.page ?? b.sourceLine ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  if (format === 'json') {
    out.write(formatJson(findings));
  } else if (format === 'sarif') out.write(formatSarif(findings, version));
  else {
    // Names and messages quote the published text: escaped, so none of it drives the terminal.
    const name = escapeForTerminal(basename(file));
    const lines = findings.map((f) => {
      const where =
        f.page !== undefined ? `第${f.page}页` : f.sourceLine !== undefined ? `第${f.sourceLine}行` : '';
      const sev = color ? `\x1b[${f.severity === 'error' ? 31 : 33}m${f.severity}\x1b[0m` : f.severity;
      return `${name}${where ? `:${where}` : ''} ${sev} ${f.rule} ${escapeForTerminal(f.message)}`;
    });
    lines.push(summarise(findings, 1));
    out.write(lines.join('\n') + '\n');
  }
  // A rule that crashed checked nothing: its silence must not pass for a clean import.
  for (const ie of checked.internalErrors)
    err.write(`jixiao: 内部错误（${escapeForTerminal(file)}）：${ie}\n`);
  if (checked.internalErrors.length) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
