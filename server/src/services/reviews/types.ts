import type { TextEdit } from 'vscode-languageserver';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../../shared/protocol';

export {
  REVIEW_STATUSES,
  type HolderKind,
  type ReviewAction,
  type ReviewEntry,
  type ReviewStatus,
  type ReviewThread,
} from '../../../../shared/protocol';

export function isReviewStatus(s: unknown): s is ReviewStatus {
  return typeof s === 'string' && (REVIEW_STATUSES as readonly string[]).includes(s);
}

export type ReviewEditResult = { edits: TextEdit[] } | { error: string };

/** The id of the file-level thread (its path is the empty string). */
export const FILE_THREAD_ID = '文件';
