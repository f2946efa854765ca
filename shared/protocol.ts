/**
 * The wire between the extension (client/src) and the language server: names and shapes of
 * Jixiao's own requests and of the data a diagnostic carries. Client and server both import this
 * module and nothing else of each other (eslint.config.mjs keeps it so), so it holds types and
 * constants only — no code that pulls in the engine.
 */
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';

/**
 * What a published diagnostic carries for its code actions: the rule, and a key naming its
 * finding in the check of that document version (see `findingKey`). The fixes themselves stay on
 * the server, which looks the finding up by this key, so a stale diagnostic never edits newer text.
 */
export interface DiagnosticData {
  rule: string;
  key: string;
}

// ---------------------------------------------------------------------------------------------
// Review comments (审核意见). Custom requests because LSP has no comment threads.

export const REVIEW_THREADS = 'jixiao/reviewThreads';
export const REVIEW_EDIT = 'jixiao/reviewEdit';

/** The values of 状态 that FORMAT.md names, in the order a review moves through them. */
export const REVIEW_STATUSES = ['待修改', '已修改', '已确认'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

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
  /**
   * The holder's identity: a project by its 名称 (`项目「医保工作服务经费」`, `#2` for a second project
   * of that name; its position only when it has no name), an indicator by that and its path within
   * the project, so a project inserted above does not shift it. `文件` for the file.
   */
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
  /**
   * The version of the thread list the client shows (its `ReviewThreadsResponse.version`), not
   * the editor's current one: an action about threads read from an older text is refused.
   */
  version: number;
};
export type ReviewEditResponse =
  | { version: number; edit: WorkspaceEdit }
  /** `stale`: the document changed since the client read its threads; it should refresh. */
  | { error: string; stale?: boolean };

// ---------------------------------------------------------------------------------------------
// Live preview. The server renders the page (the same code as `jixiao report`).

export const PREVIEW = 'jixiao/preview';

export interface PreviewParams {
  uri: string;
  /**
   * Asks for the whole webview page too (first load, or a webview that was discarded): the
   * client's `webview.cspSource` and a fresh nonce for the page's Content-Security-Policy.
   */
  page?: { nonce: string; cspSource: string };
}

export interface PreviewResponse {
  /** The document version rendered; the client asks again when it is behind the editor. */
  version: number;
  title: string;
  /** The page body (no scripts); swapped in place by the page's script on updates. */
  body: string;
  findings: Record<'error' | 'warning' | 'info' | 'hint', number>;
  openReviews: number;
  /** The whole page around `body`, when `PreviewParams.page` asked for it. */
  page?: string;
}
