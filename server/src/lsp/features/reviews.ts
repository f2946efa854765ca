import {
  REVIEW_EDIT,
  REVIEW_THREADS,
  type ReviewEditResponse,
  type ReviewThreadsParams,
  type ReviewThreadsResponse,
} from '../../../../shared/protocol';
import { reviewEdit, reviewThreads } from '../../services/reviews';
import type { Feature } from '../context';

/** Refused: the client acted on threads read from an older text; it refreshes them and says so. */
export const STALE_REVIEWS = '文件已变化，审核意见列表已过期，请刷新后重试';

/**
 * The review comments protocol (shared/protocol.ts), answered from the latest check of the
 * document. Custom requests because LSP has no comment threads; the client's CommentController
 * is their only user.
 */
export const reviewFeature: Feature = {
  capabilities: {},
  register({ connection, resultFor }) {
    connection.onRequest(REVIEW_THREADS, (p: ReviewThreadsParams): ReviewThreadsResponse | null => {
      const r = typeof p?.uri === 'string' ? resultFor(p.uri) : undefined;
      return r ? { version: r.doc.version, threads: reviewThreads(r.result) } : null;
    });
    connection.onRequest(REVIEW_EDIT, (p: unknown): ReviewEditResponse => {
      const params = (p ?? {}) as { uri?: unknown; version?: unknown };
      if (typeof params.uri !== 'string') return { error: '审核意见请求无效：uri' };
      // The version of the thread list the client shows is required: without it a thread id
      // read from one text could be applied to another.
      if (typeof params.version !== 'number' || !Number.isInteger(params.version))
        return { error: '审核意见请求无效：version' };
      const r = resultFor(params.uri);
      if (!r) return { error: '文件未在编辑器中打开' };
      const version = r.doc.version;
      if (params.version !== version) return { error: STALE_REVIEWS, stale: true };
      const out = reviewEdit(r.doc.getText(), r.result, p);
      if ('error' in out) return out;
      return {
        version,
        edit: { documentChanges: [{ textDocument: { uri: params.uri, version }, edits: out.edits }] },
      };
    });
  },
};
