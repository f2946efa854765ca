import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { t } from '../l10n';
import { PREVIEW, type PreviewParams, type PreviewResponse } from '../../../shared/protocol';
import type { ClientFeature } from './types';

/** Typing pauses this long before the preview asks for a new rendering. */
const DEBOUNCE_MS = 300;

interface RevealMessage {
  type: 'reveal';
  line: number;
  character: number;
  endLine?: number;
  endCharacter?: number;
}
type WebviewMessage = RevealMessage | { type: 'ruleDoc'; rule: string };

/**
 * `Jixiao: 预览预算表`: the draft as the published tables, beside the editor. The server renders
 * (the same code as `jixiao report`); this side only keeps the webview in step with the document
 * and turns clicks on cells into selections in the editor.
 */
export const previewPanel: ClientFeature = (context, client) => {
  let panel: vscode.WebviewPanel | undefined;
  let target: vscode.Uri | undefined;
  let body = '';
  let title = '';
  let loaded = false;
  let timer: NodeJS.Timeout | undefined;
  let attempts = 0;

  const schedule = (ms = DEBOUNCE_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void render(), ms);
  };

  /** The whole page, rendered by the server around the latest body (first load, or after a discard). */
  let page = '';

  const show = () => {
    if (!panel) return;
    // The first load (and a reload after the panel was hidden) sets the whole page; later ones
    // swap the body in place so the scroll position survives typing.
    if (!loaded) {
      if (!page) return;
      panel.webview.html = page;
      loaded = true;
    } else void panel.webview.postMessage({ type: 'update', body, title });
  };

  const render = async (): Promise<void> => {
    const doc = target && vscode.workspace.textDocuments.find((d) => d.uri.toString() === target!.toString());
    if (!panel || !doc) return;
    let res: PreviewResponse | null;
    try {
      const params: PreviewParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
      // Until a page is loaded, ask the server for the whole page with a fresh nonce.
      if (!loaded)
        params.page = { nonce: randomBytes(16).toString('base64'), cspSource: panel.webview.cspSource };
      res = await client.sendRequest<PreviewResponse | null>(PREVIEW, params);
    } catch {
      return;
    }
    if (!panel || doc.isClosed || doc.uri.toString() !== target?.toString()) return;
    // The server has not seen this version (or this document) yet: ask again shortly.
    if (!res || res.version !== doc.version) {
      if (attempts++ < 10) schedule(DEBOUNCE_MS);
      return;
    }
    attempts = 0;
    body = res.body;
    title = res.title;
    if (res.page) page = res.page;
    panel.title = t('预览：{0}', fileName(doc.uri));
    show();
  };

  const reveal = async (m: RevealMessage) => {
    if (!target) return;
    const doc = await vscode.workspace.openTextDocument(target);
    const clamp = (line: number, ch: number) => doc.validatePosition(new vscode.Position(line, ch));
    const start = clamp(m.line, m.character);
    const end = clamp(m.endLine ?? m.line, m.endCharacter ?? m.character);
    const column =
      vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target!.toString())
        ?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
    editor.selection = new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const open = (doc: vscode.TextDocument) => {
    const switching = target?.toString() !== doc.uri.toString();
    target = doc.uri;
    if (!panel) {
      panel = vscode.window.createWebviewPanel(
        'jixiao.preview',
        t('预览：{0}', fileName(doc.uri)),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
      );
      loaded = false;
      page = '';
      // Shown until the server's page arrives; plain text, nothing to run.
      panel.webview.html = `<!doctype html><meta charset="utf-8"><p>${t('正在生成预览…')}</p>`;
      panel.onDidDispose(() => {
        panel = undefined;
        target = undefined;
        if (timer) clearTimeout(timer);
      });
      let visible = true;
      panel.onDidChangeViewState((e) => {
        // A hidden webview is discarded; it comes back from a page the server renders anew.
        if (e.webviewPanel.visible && !visible) {
          loaded = false;
          page = '';
          schedule(0);
        }
        visible = e.webviewPanel.visible;
      });
      panel.webview.onDidReceiveMessage((m: WebviewMessage) => {
        if (m?.type === 'reveal' && Number.isInteger(m.line)) void reveal(m);
        else if (m?.type === 'ruleDoc' && typeof m.rule === 'string' && /^[a-z0-9-]+$/.test(m.rule))
          void vscode.commands.executeCommand('jixiao.showRuleDoc', m.rule);
      });
    } else panel.reveal(vscode.ViewColumn.Beside, true);
    if (switching) attempts = 0;
    schedule(0);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('jixiao.preview', async (uri?: vscode.Uri) => {
      const doc =
        uri instanceof vscode.Uri
          ? await vscode.workspace.openTextDocument(uri)
          : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'budget-yaml') {
        void vscode.window.showWarningMessage(t('请先打开一个部门预算草稿（*.budget.yaml）。'));
        return;
      }
      open(doc);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (panel && e.document.uri.toString() === target?.toString() && e.contentChanges.length) schedule();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (panel && target && e.uris.some((u) => u.toString() === target!.toString())) schedule();
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      // The preview follows the draft being edited, as the Markdown preview does.
      if (
        panel &&
        e &&
        e.document.languageId === 'budget-yaml' &&
        e.document.uri.toString() !== target?.toString()
      ) {
        target = e.document.uri;
        attempts = 0;
        schedule(0);
      }
    }),
    { dispose: () => panel?.dispose() },
  );
};

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
