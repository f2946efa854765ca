import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../engine/engine';
import { configFor } from '../node/configFile';
import { ruleDocUri } from '../node/docs';
import { renderReport } from '../report/render';

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
  if (inputs.length !== 1) {
    err.write('jixiao: report 需要且只需要一个草稿文件\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(inputs[0], 'utf8');
  } catch (e) {
    err.write(`jixiao: 无法读取 ${inputs[0]}：${(e as Error).message}\n`);
    return 2;
  }
  let config;
  try {
    config = configFor(inputs[0]).config;
  } catch (e) {
    err.write(`jixiao: ${(e as Error).message}\n`);
    return 2;
  }
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
