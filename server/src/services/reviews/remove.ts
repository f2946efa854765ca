import type { Draft } from '../../engine/model/types';
import type { OffsetEdit } from '../../engine/rules/rule';
import { getPair, isScalar, isSeq, type YMap, type YNode, type YPair } from '../../engine/yaml/ast';
import type { Holder } from './holders';
import { dashBefore, lineEndAt, nextLineStart } from './yamlText';

/**
 * Removes entry `index` of a holder's 审核意见 list: its lines (or its part of a flow list). The
 * last entry takes the key with it, and an indicator left with only `指标值` (as adding a review
 * to a scalar indicator made it) becomes the scalar it was, so add-then-delete restores the file.
 */
export function deleteEntry(draft: Draft, holder: Holder, index: number): OffsetEdit[] | string {
  const map = holder.map;
  const pair = map ? getPair(map, '审核意见') : undefined;
  const list = pair?.value;
  if (!map || !pair || !isSeq(list) || !list.items[index]) return '找不到这条审核意见，文件可能已被修改';
  const item = list.items[index];
  if (list.items.length > 1) {
    if (list.flow) {
      const prev = list.items[index - 1];
      const next = list.items[index + 1];
      return [
        prev
          ? { start: prev.end, end: item.end, newText: '' }
          : { start: item.start, end: next.start, newText: '' },
      ];
    }
    return [deleteLines(draft, dashBefore(draft, item) ?? item.start, item.end)];
  }
  if (holder.kind === 'indicator') {
    const back = backToScalar(draft, holder, map);
    if (back) return [back];
  }
  return [deletePair(draft, map, pair, list)];
}

/** Whole lines from the one holding `start` to the one holding `end`, with one line break. */
function deleteLines(draft: Draft, start: number, end: number): OffsetEdit {
  const from = draft.lines.lineStart(draft.lines.position(start).line);
  const to = nextLineStart(draft, end);
  if (to === draft.text.length && !/[\r\n]$/.test(draft.text) && from > 0) {
    // The last line has no line break of its own: take the one before it instead.
    const crlf = draft.text[from - 1] === '\n' && draft.text[from - 2] === '\r';
    return { start: Math.max(0, from - (crlf ? 2 : 1)), end: to, newText: '' };
  }
  return { start: from, end: to, newText: '' };
}

function deletePair(draft: Draft, map: YMap, pair: YPair, list: YNode): OffsetEdit {
  const i = map.pairs.indexOf(pair);
  const prev = map.pairs[i - 1];
  const next = map.pairs[i + 1];
  if (map.flow) {
    if (prev) return { start: prev.end, end: list.end, newText: '' };
    if (next) return { start: pair.key.start, end: next.key.start, newText: '' };
    return { start: map.start, end: map.end, newText: '{}' };
  }
  if (dashBefore(draft, pair.key) !== undefined) {
    // First key of a list item (`- 审核意见:`): the next key moves up behind the `- `.
    if (next) return { start: pair.key.start, end: next.key.start, newText: '' };
    return { start: pair.key.start, end: lineEndAt(draft, list.end), newText: '' };
  }
  return deleteLines(draft, pair.key.start, list.end);
}

/** `总成本:` / `指标值: v  # c` / `审核意见: …` → `总成本: v  # c`; `{ 指标值: v, 审核意见: […] }` → `v`. */
function backToScalar(draft: Draft, holder: Holder, map: YMap): OffsetEdit | undefined {
  if (map.pairs.length !== 2) return undefined;
  const [valuePair, reviewPair] = map.pairs;
  const v = valuePair.value;
  if (valuePair.key.type !== 'scalar' || valuePair.key.value !== '指标值' || !isScalar(v)) return undefined;
  if (v.value === null || reviewPair.key.type !== 'scalar' || reviewPair.key.value !== '审核意见')
    return undefined;
  if (map.flow) return { start: map.start, end: map.end, newText: v.source };
  const line = (o: number) => draft.lines.position(o).line;
  // Only when nothing but the two keys is there: a comment line in between would be lost.
  if (line(v.start) !== line(v.end) || line(reviewPair.key.start) !== line(v.end) + 1) return undefined;
  const key = holder.key!;
  if (line(key.end) + 1 !== line(valuePair.key.start)) return undefined;
  const colon = draft.text.indexOf(':', key.end);
  return {
    start: colon + 1,
    end: lineEndAt(draft, map.end),
    newText: ' ' + draft.text.slice(v.start, lineEndAt(draft, v.end)),
  };
}
