import type { Range, TextEdit } from 'vscode-languageserver';

/** The values of 状态 that FORMAT.md names, in the order a review moves through them. */
export const REVIEW_STATUSES = ['待修改', '已修改', '已确认'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export function isReviewStatus(s: unknown): s is ReviewStatus {
  return typeof s === 'string' && (REVIEW_STATUSES as readonly string[]).includes(s);
}

/** Where a thread lives: the file itself, a project, 整体绩效目标, or one indicator. */
export type HolderKind = 'file' | 'project' | 'overall' | 'indicator';

export interface ReviewEntry {
  /** Position in the 审核意见 list, which is how edits name it. */
  index: number;
  path: string;
  opinion: string;
  reviewer?: string;
  date?: string;
  /** As written; undefined when the entry has no 状态. */
  status?: string;
  range: Range;
}

/**
 * One 审核意见 list as one thread: FORMAT.md has no reply chain, so a reply is a further entry
 * of the same list. `open` while an entry is 待修改 (or has no 状态), `modified` when the rest
 * await confirmation, `resolved` when every entry is 已确认.
 */
export interface ReviewThread {
  /** The holder's model path (stable while the file's structure is); `文件` for the file. */
  id: string;
  path: string;
  kind: HolderKind;
  /** Chinese name of the holder: `项目：医保窗口服务经费`, `指标：总成本（…）`. */
  label: string;
  range: Range;
  entries: ReviewEntry[];
  state: 'open' | 'modified' | 'resolved';
}

export type ReviewAction =
  | { action: 'add'; line: number; text: string; reviewer?: string; date?: string }
  | { action: 'reply'; threadId: string; text: string; reviewer?: string; date?: string }
  | { action: 'status'; threadId: string; index?: number; status: ReviewStatus }
  | { action: 'delete'; threadId: string; index: number };

export type ReviewEditResult = { edits: TextEdit[] } | { error: string };

/** The id of the file-level thread (its path is the empty string). */
export const FILE_THREAD_ID = '文件';
