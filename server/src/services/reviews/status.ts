import type { Draft } from '../../engine/model/types';
import type { OffsetEdit } from '../../engine/rules/rule';
import { getPair, isMap, isSeq, type YMap } from '../../engine/yaml/ast';
import { isEmptyScalar, type Holder } from './holders';
import { dashBefore, eolOf, leadOf, lineEndAt } from './yamlText';
import { REVIEW_STATUSES, type ReviewStatus } from './types';

/**
 * Sets 状态 of one entry, or of every entry of the thread that has not reached it yet (已确认
 * for all; 已修改 only for those still 待修改, so a confirmed entry is never sent back).
 * Only the value changes; an entry without 状态 gets the key after its last line.
 */
export function setStatus(
  draft: Draft,
  holder: Holder,
  index: number | undefined,
  status: ReviewStatus,
): OffsetEdit[] | string {
  const list = holder.map ? getPair(holder.map, '审核意见')?.value : undefined;
  if (!isSeq(list)) return '找不到这条审核意见，文件可能已被修改';
  const rank = (s: string | undefined) => Math.max(0, REVIEW_STATUSES.indexOf((s ?? '') as ReviewStatus));
  const targets =
    index === undefined
      ? list.items.filter((it) => isMap(it) && rank(statusOf(it)) < rank(status))
      : [list.items[index]];
  const edits: OffsetEdit[] = [];
  for (const item of targets) {
    if (!isMap(item)) return '找不到这条审核意见，文件可能已被修改';
    if (statusOf(item) === status) continue;
    edits.push(statusEdit(draft, item, status));
  }
  return edits;
}

function statusOf(item: YMap): string | undefined {
  const v = getPair(item, '状态')?.value;
  return v?.type === 'scalar' && v.value !== null ? String(v.value).trim() : undefined;
}

function statusEdit(draft: Draft, item: YMap, status: ReviewStatus): OffsetEdit {
  const pair = getPair(item, '状态');
  if (pair) {
    const v = pair.value;
    if (isEmptyScalar(v)) {
      const colon = draft.text.indexOf(':', pair.key.end);
      return { start: colon + 1, end: colon + 1, newText: ' ' + status };
    }
    return { start: v.start, end: v.end, newText: status };
  }
  const last = item.pairs[item.pairs.length - 1];
  if (item.flow || !last) {
    if (last) return { start: last.end, end: last.end, newText: `, 状态: ${status}` };
    return { start: item.start, end: item.end, newText: `{ 状态: ${status} }` };
  }
  const own = item.pairs.find((p) => dashBefore(draft, p.key) === undefined);
  const pad = own ? leadOf(draft, own.key.start) : ' '.repeat(draft.lines.indentColumn(item.start));
  const at = lineEndAt(draft, item.end);
  return { start: at, end: at, newText: eolOf(draft.text) + pad + `状态: ${status}` };
}
