import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../engine/engine';
import { ruleDocUri } from '../node/docs';
import { renderReport } from '../report/render';
import { readSingleDraft } from './singleDraft';
import { escapeForTerminal } from './escape';
import { fsReason } from '../node/fsReason';

/** The text of docs/rules/<id>.md shipped with the package, or undefined when it is missing. */
export function readRuleDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return readFileSync(fileURLToPath(ruleDocUri(id)), 'utf8');
  } catch {
    return undefined;
  }
}

/** `jixiao report <draft> -o report.html`: one self-contained page a reviewer can attach or print. */
export function runReport(
  inputs: string[],
  output: string | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): number {
  const input = readSingleDraft('report', inputs, err);
  if (input === 2) return 2;
  const { text, config } = input;
  const { draft, findings, internalErrors } = checkText(text, { config });
  const html = renderReport(draft, findings, { ruleDocs: readRuleDoc });
  if (output) {
    try {
      writeFileSync(output, html);
    } catch (e) {
      err.write(`jixiao: 无法写入 ${escapeForTerminal(output)}：${fsReason(e)}\n`);
      return 2;
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    err.write(`已写入 ${escapeForTerminal(output)}（${findings.length} 个问题，其中错误 ${errors} 个）\n`);
  } else out.write(html);
  // A rule that crashed left the report incomplete: said, and never exit 0.
  for (const ie of internalErrors) err.write(`jixiao: 内部错误：${ie}\n`);
  return internalErrors.length ? 2 : 0;
}
