import type { Draft } from '../../engine/model/types';
import type { OffsetEdit } from '../../engine/rules/rule';
import { getPair, isMap, isScalar, isSeq, type YMap, type YNode, type YSeq } from '../../engine/yaml/ast';
import { isEmptyScalar, type Holder } from './holders';
import { blockValue, dashBefore, eolOf, indentStep, leadOf, lineEndAt, scalar } from './yamlText';

export interface NewEntry {
  opinion: string;
  reviewer?: string;
  date: string;
  status: string;
}

type Fields = [string, string][];

function fieldsOf(e: NewEntry): Fields {
  const f: Fields = [['意见', e.opinion]];
  if (e.reviewer) f.push(['审核人', e.reviewer]);
  f.push(['日期', e.date], ['状态', e.status]);
  return f;
}

/** A date as FORMAT.md writes it stays plain (`2025-10-12` is a string under YAML's core schema). */
function valueText(key: string, v: string, flow: boolean): string {
  return key === '日期' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : scalar(v, flow);
}

export function flowEntry(e: NewEntry): string {
  return `{ ${fieldsOf(e)
    .map(([k, v]) => `${k}: ${valueText(k, v, true)}`)
    .join(', ')} }`;
}

/** The entry's lines: the first after `first` (`- ` and its indentation), the rest after `pad`. */
export function blockEntry(e: NewEntry, first: string, pad: string, eol: string, step: string): string {
  return fieldsOf(e)
    .map(([k, v], i) => {
      const value = k === '意见' ? blockValue(v, pad + step, eol) : ' ' + valueText(k, v, false);
      return (i === 0 ? first : pad) + k + ':' + value;
    })
    .join(eol);
}

/**
 * Edits that add one 审核意见 entry to a holder, in the style the holder is written in: a new
 * item of an existing list, else a new `审核意见` key after the holder's last key; a flow
 * mapping gets a flow entry. A scalar indicator becomes a mapping (`指标值` keeps the value and
 * the rest of its line, comment included). Returns a Chinese reason when it cannot.
 */
export function addEntry(draft: Draft, holder: Holder, entry: NewEntry): OffsetEdit[] | string {
  const eol = eolOf(draft.text);
  const map = holder.map;
  if (map) {
    const pair = getPair(map, '审核意见');
    if (pair) return addToList(draft, map, pair.key, pair.value, entry, eol);
    return addKey(draft, map, entry, eol);
  }
  if (holder.key && holder.value && holder.parent) return scalarToMap(draft, holder, entry, eol);
  return '这里不能添加审核意见';
}

function addToList(
  draft: Draft,
  map: YMap,
  key: YNode,
  list: YNode,
  entry: NewEntry,
  eol: string,
): OffsetEdit[] | string {
  if (isSeq(list) && list.flow) {
    const last = list.items[list.items.length - 1];
    if (last) return [{ start: last.end, end: last.end, newText: `, ${flowEntry(entry)}` }];
    return [{ start: list.start, end: list.end, newText: `[${flowEntry(entry)}]` }];
  }
  if (isSeq(list) && list.items.length) return [appendItem(draft, list, entry, eol)];
  if (isEmptyScalar(list)) {
    if (map.flow) {
      const colon = draft.text.indexOf(':', key.end);
      return [{ start: colon + 1, end: colon + 1, newText: ` [${flowEntry(entry)}]` }];
    }
    const step = indentStep(draft, map);
    const pad = leadOf(draft, key.start) + step;
    const at = lineEndAt(draft, key.start);
    return [{ start: at, end: at, newText: eol + blockEntry(entry, pad + '- ', pad + '  ', eol, step) }];
  }
  return '已有的“审核意见”不是列表，请先改正它的格式';
}

/** A new block item after the last one, with the same `- ` lead; flow-style items get a flow item. */
function appendItem(draft: Draft, list: YSeq, entry: NewEntry, eol: string): OffsetEdit {
  const last = list.items[list.items.length - 1];
  const at = lineEndAt(draft, list.end);
  const dash = dashBefore(draft, last);
  const first =
    dash === undefined
      ? undefined
      : draft.text.slice(draft.lines.lineStart(draft.lines.position(dash).line), last.start);
  const lead = first ?? leadOf(draft, last.start) + '- ';
  if (isMap(last) && last.flow) return { start: at, end: at, newText: eol + lead + flowEntry(entry) };
  const pad = lead.replace(/-/g, ' ');
  return {
    start: at,
    end: at,
    newText: eol + blockEntry(entry, lead, pad, eol, indentStep(draft, list.items.find(isMap))),
  };
}

function addKey(draft: Draft, map: YMap, entry: NewEntry, eol: string): OffsetEdit[] | string {
  if (map.flow) {
    const last = map.pairs[map.pairs.length - 1];
    const newText = `审核意见: [${flowEntry(entry)}]`;
    if (last) return [{ start: last.end, end: last.end, newText: `, ${newText}` }];
    return [{ start: map.start, end: map.end, newText: `{ ${newText} }` }];
  }
  const first = map.pairs[0];
  if (!first) return '这里不能添加审核意见';
  // The key's indentation from a pair that starts its own line (a project's first pair follows `- `).
  const own = map.pairs.find((p) => dashBefore(draft, p.key) === undefined) ?? first;
  const pad = leadOf(draft, own.key.start);
  const step = indentStep(draft, map);
  const items = pad + step;
  const at = lineEndAt(draft, map.end);
  const newText = eol + pad + '审核意见:' + eol + blockEntry(entry, items + '- ', items + '  ', eol, step);
  return [{ start: at, end: at, newText }];
}

/** `总成本: ≤44.36万元  # …` → `总成本:` / `指标值: ≤44.36万元  # …` / `审核意见: …`. */
function scalarToMap(draft: Draft, holder: Holder, entry: NewEntry, eol: string): OffsetEdit[] | string {
  const key = holder.key!;
  const value = holder.value!;
  const parent = holder.parent!;
  if (!isScalar(value)) return '这里不能添加审核意见';
  const empty = isEmptyScalar(value);
  if (parent.flow) {
    const list = `审核意见: [${flowEntry(entry)}]`;
    if (empty) {
      const colon = draft.text.indexOf(':', key.end);
      return [{ start: colon + 1, end: colon + 1, newText: ` { ${list} }` }];
    }
    return [{ start: value.start, end: value.end, newText: `{ 指标值: ${value.source}, ${list} }` }];
  }
  const step = indentStep(draft, parent);
  const pad = leadOf(draft, key.start) + step;
  const colon = draft.text.indexOf(':', key.end);
  const end = lineEndAt(draft, empty ? key.end : value.end);
  // The value keeps its text and trailing comment; lines it continues on move in by one step.
  const moved = empty
    ? ''
    : eol +
      pad +
      '指标值: ' +
      draft.text
        .slice(value.start, end)
        .split(/\r\n|\r|\n/)
        .map((l, i) => (i === 0 || l.trim() === '' ? l : step + l))
        .join(eol);
  const items = pad + step;
  const newText =
    moved + eol + pad + '审核意见:' + eol + blockEntry(entry, items + '- ', items + '  ', eol, step);
  return [{ start: colon + 1, end, newText }];
}
