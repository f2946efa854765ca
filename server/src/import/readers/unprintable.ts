import { whereOf, type ImportIssue, type SourceDoc } from '../types';

/** Characters YAML cannot hold (C0 but tab and breaks, DEL, C1 but NEL, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;

/**
 * Control characters are no printed ink, and a draft cannot hold them (nor should a terminal
 * showing the draft receive an ESC sequence): they are dropped, each line that had them reported.
 */
export function dropUnprintable(doc: SourceDoc): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const line of doc.lines) {
    let count = 0;
    for (const cell of line.cells)
      cell.text = cell.text.replace(UNPRINTABLE, () => {
        count++;
        return '';
      });
    if (count)
      issues.push({
        code: 'text-garbled',
        where: whereOf(line, doc.sheetNames),
        message: `删除了 ${count} 个不可打印的控制字符`,
      });
  }
  return issues;
}
