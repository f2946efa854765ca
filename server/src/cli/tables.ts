import { checkText } from '../engine/engine';
import { deriveTables, tablesToMarkdown } from '../engine/tables/derive';
import { readSingleDraft } from './singleDraft';
import { escapeForTerminal } from './escape';
import { escapeMarkdown } from '../engine/util/markdown';

/** `jixiao tables <draft> [--format json|md]`: the published tables a draft computes. */
export function runTables(
  inputs: string[],
  format: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): number {
  const fmt = format === 'text' ? 'md' : format;
  if (fmt !== 'json' && fmt !== 'md') {
    err.write(`jixiao: tables 不支持的输出格式：${escapeForTerminal(format)}（可选 json、md）\n`);
    return 2;
  }
  const input = readSingleDraft('tables', inputs, err);
  if (input === 2) return 2;
  const { draft, internalErrors } = checkText(input.text, { config: input.config });
  const tables = deriveTables(draft);
  if (fmt === 'json')
    out.write(JSON.stringify({ file: input.file, unit: draft.header.moneyUnit, tables }, null, 2) + '\n');
  else
    out.write(
      `# ${escapeMarkdown(`${draft.header.department?.text ?? ''} ${draft.header.year?.value ?? ''}`)}年部门预算\n\n` +
        tablesToMarkdown(tables, draft.header.moneyUnit),
    );
  for (const ie of internalErrors) err.write(`jixiao: 内部错误：${ie}\n`);
  return internalErrors.length ? 2 : 0;
}
