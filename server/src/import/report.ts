import type { ImportResult } from './recognise/recognise';
import { whereText } from './types';

const PUBLISHED = new Set([
  'table-repeat-mismatch',
  'text-clipped',
  'table-missing',
  'toc-missing',
  'blank-page',
  'empty-table-note',
]);

/**
 * The import report in Chinese: one line per thing not understood, the count of lost numbers last.
 * `quote` shows the document's own text (its name, words quoted in messages): the CLI escapes it
 * for the terminal, so a control character or a line break in a PDF drives nothing.
 */
export function reportText(name: string, result: ImportResult, quote = (s: string) => s): string {
  const lines = result.issues.map((i) => {
    const where = whereText(i.where);
    const tag = PUBLISHED.has(i.code) ? `[${i.code}] ` : '';
    return `${quote(name)}${where ? `:${where}` : ''} ${tag}${quote(i.message)}`;
  });
  const lost = result.printed - result.landed;
  lines.push(`表格中印有数字 ${result.printed} 个，导入草稿 ${result.landed} 个，未导入 ${lost} 个。`);
  return lines.join('\n') + '\n';
}

export function reportJson(name: string, result: ImportResult): string {
  return (
    JSON.stringify(
      {
        file: name,
        issues: result.issues.map((i) => ({
          code: i.code,
          ...i.where,
          message: i.message,
          lostNumbers: i.lostNumbers ?? 0,
        })),
        printed: result.printed,
        landed: result.landed,
        notLanded: result.printed - result.landed,
      },
      null,
      2,
    ) + '\n'
  );
}
