import type { TextEdit } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/engine';
import type { OffsetEdit } from '../../engine/rules/rule';
import { addEntry } from './add';
import { holderAtLine, holderById, holdersOf } from './holders';
import { deleteEntry } from './remove';
import { setStatus } from './status';
import { isReviewStatus, type ReviewEditResult } from './types';
import { validateReviewAction } from './validate';
import { today } from './yamlText';

/**
 * The text edits for one action on the reviews of `text` (the text `result` was checked from).
 * Only the lines of the entry concerned change; everything else stays byte for byte. A file
 * with YAML syntax errors is not edited: where a node ends is then a guess.
 */
export function reviewEdit(text: string, result: CheckResult, raw: unknown): ReviewEditResult {
  const request = validateReviewAction(raw);
  if ('error' in request) return request;
  const { draft } = result;
  if (draft.text !== text) return { error: '文件已变化，请重试' };
  if (draft.parsed.problems.length || !draft.root)
    return { error: '文件有 YAML 语法错误，修正后才能编辑审核意见' };
  const holders = holdersOf(draft);
  let edits: OffsetEdit[] | string;
  switch (request.action) {
    case 'add':
    case 'reply': {
      const holder =
        request.action === 'add'
          ? holderAtLine(holders, request.line)
          : holderById(holders, request.threadId);
      if (!holder) return { error: '找不到审核意见所属的位置，文件可能已被修改' };
      const opinion = String(request.text ?? '')
        .replace(/\r\n?/g, '\n')
        .trim();
      if (!opinion) return { error: '审核意见不能为空' };
      const date = request.date && /^\d{4}-\d{2}-\d{2}$/.test(request.date) ? request.date : today();
      const reviewer = request.reviewer?.replace(/\s+/g, ' ').trim() || undefined;
      edits = addEntry(draft, holder, { opinion, reviewer, date, status: '待修改' });
      break;
    }
    case 'status': {
      const holder = holderById(holders, request.threadId);
      if (!holder) return { error: '找不到这条审核意见，文件可能已被修改' };
      if (!isReviewStatus(request.status)) return { error: `未知的状态“${String(request.status)}”` };
      edits = setStatus(draft, holder, request.index, request.status);
      break;
    }
    case 'delete': {
      const holder = holderById(holders, request.threadId);
      if (!holder) return { error: '找不到这条审核意见，文件可能已被修改' };
      edits = deleteEntry(draft, holder, request.index);
      break;
    }
    default:
      return { error: '未知的审核意见操作' };
  }
  if (typeof edits === 'string') return { error: edits };
  return { edits: edits.map((e) => toTextEdit(result, e)) };
}

function toTextEdit(result: CheckResult, e: OffsetEdit): TextEdit {
  return { range: result.draft.lines.range(e.start, e.end), newText: e.newText };
}
