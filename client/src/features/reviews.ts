import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  REVIEW_EDIT,
  REVIEW_THREADS,
  type ReviewAction,
  type ReviewEditParams,
  type ReviewEditResponse,
  type ReviewEntry,
  type ReviewThread,
  type ReviewThreadsResponse,
} from '../../../shared/protocol';
import { localToday, reviewerFor } from './reviewer';
import type { ClientFeature } from './types';

/**
 * 审核意见 in VS Code's comment UI. The YAML stays the only source of truth: threads are read
 * from the server's model of the draft, and every action asks the server for the text edit,
 * applies it to the document (unsaved, undoable) and lets the refresh redraw the threads.
 */
const CONTROLLER_ID = 'jixiao-review';

/** Comment and thread context values for the `when` clauses of package.json menus. */
const CONTEXT: Record<string, string> = { 待修改: 'open', 已修改: 'modified', 已确认: 'confirmed' };

class ReviewComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string;
  author: vscode.CommentAuthorInformation;
  label: string;
  contextValue: string;
  readonly index: number;
  constructor(
    readonly uri: string,
    readonly threadId: string,
    entry: ReviewEntry,
  ) {
    this.index = entry.index;
    this.body = entry.opinion || t('（无内容）');
    this.author = { name: entry.reviewer?.trim() || t('（未署名审核人）') };
    const status = entry.status || t('未填状态');
    this.label = entry.date ? `${status} · ${entry.date}` : status;
    this.contextValue = CONTEXT[entry.status ?? ''] ?? 'open';
  }
}

interface ThreadInfo {
  uri: string;
  id: string;
}

export const reviewComments: ClientFeature = (context, client) => {
  const controller = vscode.comments.createCommentController(CONTROLLER_ID, t('审核意见'));
  controller.options = {
    prompt: t('添加审核意见…'),
    placeHolder: t('审核意见将写入草稿的“审核意见”，状态为“待修改”'),
  };
  controller.commentingRangeProvider = {
    provideCommentingRanges: (doc) =>
      isBudget(doc) ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : [],
  };
  const threads = new Map<string, Map<string, vscode.CommentThread>>();
  const info = new WeakMap<vscode.CommentThread, ThreadInfo>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The document version each shown thread list was read from: actions name threads of that text. */
  const shownVersion = new Map<string, number>();
  /** Threads that appear in the refresh after the user's own edit open expanded. */
  const expandNew = new Set<string>();

  const refresh = async (doc: vscode.TextDocument, attempt = 0): Promise<void> => {
    const key = doc.uri.toString();
    let res: ReviewThreadsResponse | null;
    try {
      res = await client.sendRequest<ReviewThreadsResponse | null>(REVIEW_THREADS, {
        uri: client.code2ProtocolConverter.asUri(doc.uri),
      });
    } catch {
      return;
    }
    if (doc.isClosed) return;
    // The server has not seen this version (or the document) yet: ask again shortly.
    if (!res || res.version !== doc.version) {
      if (attempt < 5) schedule(doc, 300, attempt + 1);
      return;
    }
    show(doc, res.threads, expandNew.delete(key));
    shownVersion.set(key, res.version);
  };

  const show = (doc: vscode.TextDocument, list: ReviewThread[], expand: boolean): void => {
    const key = doc.uri.toString();
    const byId = threads.get(key) ?? new Map<string, vscode.CommentThread>();
    threads.set(key, byId);
    const seen = new Set<string>();
    for (const item of list) {
      seen.add(item.id);
      const range = client.protocol2CodeConverter.asRange(item.range);
      let thread = byId.get(item.id);
      if (!thread) {
        thread = controller.createCommentThread(doc.uri, range, []);
        thread.collapsibleState = expand
          ? vscode.CommentThreadCollapsibleState.Expanded
          : vscode.CommentThreadCollapsibleState.Collapsed;
        byId.set(item.id, thread);
        info.set(thread, { uri: key, id: item.id });
      } else if (!thread.range.isEqual(range)) {
        thread.range = range;
      }
      thread.comments = item.entries.map((e) => new ReviewComment(key, item.id, e));
      thread.label = threadLabel(item);
      thread.contextValue = item.state;
      thread.state =
        item.state === 'resolved' ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
      thread.canReply = true;
    }
    for (const [id, thread] of byId) {
      if (seen.has(id)) continue;
      thread.dispose();
      byId.delete(id);
    }
  };

  const schedule = (doc: vscode.TextDocument, delay: number, attempt = 0): void => {
    if (!isBudget(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void refresh(doc, attempt);
      }, delay),
    );
  };

  const forget = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    for (const thread of threads.get(key)?.values() ?? []) thread.dispose();
    threads.delete(key);
    shownVersion.delete(key);
  };

  /** Asks the server for the edit and applies it; false (after telling the user why) when it cannot. */
  const edit = async (uri: string, action: ReviewAction): Promise<boolean> => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!doc) return false;
    const params: ReviewEditParams = {
      ...action,
      uri: client.code2ProtocolConverter.asUri(doc.uri),
      // A new review names a line of the text on screen; the others name threads of the list shown.
      version: action.action === 'add' ? doc.version : (shownVersion.get(uri) ?? -1),
    };
    const res = await client.sendRequest<ReviewEditResponse>(REVIEW_EDIT, params);
    if ('error' in res) {
      void vscode.window.showWarningMessage(
        res.stale
          ? t('文件在此期间已被修改，审核意见已刷新，请重试。')
          : t('审核意见未能写入：{0}', res.error),
      );
      if (res.stale) schedule(doc, 0);
      return false;
    }
    if (doc.version !== res.version) {
      void vscode.window.showWarningMessage(t('文件在此期间已被修改，请重试。'));
      return false;
    }
    const we = await client.protocol2CodeConverter.asWorkspaceEdit(res.edit);
    expandNew.add(uri);
    const ok = await vscode.workspace.applyEdit(we);
    if (!ok) {
      expandNew.delete(uri);
      void vscode.window.showWarningMessage(t('审核意见未能写入：编辑器拒绝了修改。'));
    }
    schedule(doc, 0);
    return ok;
  };

  const write = async (reply: vscode.CommentReply): Promise<void> => {
    const uri = reply.thread.uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!doc || !reply.text.trim()) return;
    const reviewer = await reviewerFor(doc);
    if (reviewer === undefined) return;
    const date = localToday();
    const ours = info.get(reply.thread);
    const action: ReviewAction = ours
      ? { action: 'reply', threadId: ours.id, text: reply.text, reviewer, date }
      : { action: 'add', line: reply.thread.range.start.line, text: reply.text, reviewer, date };
    const ok = await edit(uri, action);
    // The draft thread the editor opened for typing is replaced by the one read back from the YAML.
    if (ok && !ours) reply.thread.dispose();
  };

  const status = (s: '已修改' | '已确认') => async (c: ReviewComment) => {
    if (c instanceof ReviewComment)
      await edit(c.uri, { action: 'status', threadId: c.threadId, index: c.index, status: s });
  };
  const threadStatus = (s: '已修改' | '已确认') => async (thread: vscode.CommentThread) => {
    const at = info.get(thread);
    if (at) await edit(at.uri, { action: 'status', threadId: at.id, status: s });
  };

  context.subscriptions.push(
    controller,
    vscode.commands.registerCommand('jixiao.review.create', write),
    vscode.commands.registerCommand('jixiao.review.reply', write),
    vscode.commands.registerCommand('jixiao.review.markModified', status('已修改')),
    vscode.commands.registerCommand('jixiao.review.confirm', status('已确认')),
    vscode.commands.registerCommand('jixiao.review.markThreadModified', threadStatus('已修改')),
    vscode.commands.registerCommand('jixiao.review.confirmThread', threadStatus('已确认')),
    vscode.commands.registerCommand('jixiao.review.delete', async (c: ReviewComment) => {
      if (c instanceof ReviewComment)
        await edit(c.uri, { action: 'delete', threadId: c.threadId, index: c.index });
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => schedule(doc, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length) return;
      // After the server's check of the edit (at once, or after `jixiao.debounceMs` when set).
      const ms = vscode.workspace.getConfiguration('jixiao').get<number | null>('debounceMs') ?? 0;
      schedule(e.document, ms + 100);
    }),
    vscode.workspace.onDidCloseTextDocument(forget),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
};

function isBudget(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'budget-yaml';
}

function threadLabel(thread: ReviewThread): string {
  const open = thread.entries.filter((e) => e.status !== '已修改' && e.status !== '已确认').length;
  const modified = thread.entries.filter((e) => e.status === '已修改').length;
  if (open) return t('{0} · 待修改 {1} 条', thread.label, open);
  if (modified) return t('{0} · 已修改待确认 {1} 条', thread.label, modified);
  return t('{0} · 已确认', thread.label);
}
