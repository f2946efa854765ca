import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../engine/engine';
import { ruleDocUri } from '../node/docs';
import { renderReport } from '../report/render';
import { readSingleDraft } from './singleDraft';

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
  const { draft, findings } = checkText(text, { config });
  const html = renderReport(draft, findings, { ruleDocs: readRuleDoc });
  if (output) {
    try {
      writeFileSync(output, html);
    } catch (e) {
      err.write(`jixiao: 无法写入 ${output}：${(e as Error).message}\n`);
      return 2;
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    err.write(`已写入 ${output}（${findings.length} 个问题，其中错误 ${errors} 个）\n`);
  } else out.write(html);
  return 0;
}
