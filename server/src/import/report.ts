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

/** The import report in Chinese: one line per thing not understood, the count of lost numbers last. */
export function reportText(name: string, result: ImportResult): string {
  const lines = result.issues.map((i) => {
    const where = whereText(i.where);
    const tag = PUBLISHED.has(i.code) ? `[${i.code}] ` : '';
    return `${name}${where ? `:${where}` : ''} ${tag}${i.message}`;
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
