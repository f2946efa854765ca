import { readFileSync, writeFileSync } from 'node:fs';
import { checkText } from '../engine/engine';
import { configFor } from '../node/configFile';
import { renderReport } from '../report/render';

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
  const { draft, findings } = checkText(text, { config: configFor(inputs[0]).config });
  const html = renderReport(draft, findings);
  if (output) {
    writeFileSync(output, html);
    err.write(`已写入 ${output}\n`);
  } else out.write(html);
  return 0;
}
