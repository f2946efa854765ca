import { readFileSync } from 'node:fs';
import { checkText } from '../engine/engine';
import { deriveTables, tablesToMarkdown } from '../engine/tables/derive';
import { configFor } from '../node/configFile';

/** `jixiao tables <draft> [--format json|md]`: the published tables a draft computes. */
export function runTables(
  inputs: string[],
  format: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): number {
  if (inputs.length !== 1) {
    err.write('jixiao: tables 需要且只需要一个草稿文件\n');
    return 2;
  }
  const fmt = format === 'text' ? 'md' : format;
  if (fmt !== 'json' && fmt !== 'md') {
    err.write(`jixiao: tables 不支持的输出格式：${format}（可选 json、md）\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(inputs[0], 'utf8');
  } catch (e) {
    err.write(`jixiao: 无法读取 ${inputs[0]}：${(e as Error).message}\n`);
    return 2;
  }
  const { draft } = checkText(text, { config: configFor(inputs[0]).config });
  const tables = deriveTables(draft);
  if (fmt === 'json')
    out.write(JSON.stringify({ file: inputs[0], unit: draft.header.moneyUnit, tables }, null, 2) + '\n');
  else
    out.write(
      `# ${draft.header.department?.text ?? ''} ${draft.header.year?.value ?? ''}年部门预算\n\n` +
        tablesToMarkdown(tables, draft.header.moneyUnit),
    );
  return 0;
}
