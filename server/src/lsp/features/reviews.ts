import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { reviewEdit, reviewThreads, type ReviewAction, type ReviewThread } from '../../services/reviews';
import type { Feature } from '../context';

/**
 * The review comments protocol, answered from the latest check of the document. Custom requests
 * because LSP has no comment threads; the client's CommentController is their only user.
 */
export const REVIEW_THREADS = 'jixiao/reviewThreads';
export const REVIEW_EDIT = 'jixiao/reviewEdit';

export interface ReviewThreadsParams {
  uri: string;
}
export interface ReviewThreadsResponse {
  /** The document version the threads were read from. */
  version: number;
  threads: ReviewThread[];
}

export type ReviewEditParams = ReviewAction & {
  uri: string;
  /** The version the client saw; a request about an older text is refused, not guessed at. */
  version?: number;
};
export type ReviewEditResponse = { version: number; edit: WorkspaceEdit } | { error: string };

export const reviewFeature: Feature = {
  capabilities: {},
  register({ connection, resultFor }) {
    connection.onRequest(REVIEW_THREADS, (p: ReviewThreadsParams): ReviewThreadsResponse | null => {
      const r = resultFor(p?.uri);
      return r ? { version: r.doc.version, threads: reviewThreads(r.result) } : null;
    });
    connection.onRequest(REVIEW_EDIT, (p: ReviewEditParams): ReviewEditResponse => {
      const r = resultFor(p?.uri);
      if (!r) return { error: '文件未在编辑器中打开' };
      const version = r.doc.version;
      if (p.version !== undefined && p.version !== version) return { error: '文件已变化，请重试' };
      const out = reviewEdit(r.doc.getText(), r.result, p);
      if ('error' in out) return out;
      return {
        version,
        edit: { documentChanges: [{ textDocument: { uri: p.uri, version }, edits: out.edits }] },
      };
    });
  },
};
