import type { CheckResult } from '../../engine/engine';
import type { Review } from '../../engine/model/types';
import { holdersOf } from './holders';
import type { ReviewEntry, ReviewThread } from './types';

/** Every non-empty 审核意见 list of the draft as a thread at the node it belongs to. */
export function reviewThreads(result: CheckResult): ReviewThread[] {
  const { draft } = result;
  const lines = draft.lines;
  const threads: ReviewThread[] = [];
  for (const h of holdersOf(draft)) {
    if (!h.reviews.length) continue;
    const entries = h.reviews.map((r) => toEntry(r, lines.range(r.node.start, r.node.end)));
    // The thread sits on its anchor's first line, so the editor shows it right under that line.
    const anchorLine = lines.position(h.anchor.start).line;
    const lineEnd = lines.lineText(anchorLine).length;
    threads.push({
      id: h.id,
      path: h.path,
      kind: h.kind,
      label: h.label,
      range: { start: { line: anchorLine, character: 0 }, end: { line: anchorLine, character: lineEnd } },
      entries,
      state: threadState(entries),
    });
  }
  return threads;
}

function toEntry(r: Review, range: ReviewEntry['range']): ReviewEntry {
  const index = Number(/\[(\d+)\]$/.exec(r.path)?.[1] ?? 0);
  return {
    index,
    path: r.path,
    opinion: r.opinion?.text ?? '',
    reviewer: r.reviewer?.text,
    date: r.date?.text,
    status: r.status?.text.trim(),
    range,
  };
}

export function threadState(entries: ReviewEntry[]): ReviewThread['state'] {
  const statuses = entries.map((e) => e.status ?? '');
  if (statuses.every((s) => s === '已确认')) return 'resolved';
  if (statuses.every((s) => s === '已确认' || s === '已修改')) return 'modified';
  return 'open';
}
