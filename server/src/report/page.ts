import { esc } from './html';
import { PREVIEW_CSS } from './styles';

/**
 * The webview's page around the rendered body. Pure (no engine, no vscode), so the client bundles
 * it and the browser tests serve the very same page with a stub `acquireVsCodeApi`.
 */
export interface PreviewPageOptions {
  body: string;
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  title?: string;
}

export function previewPage(o: PreviewPageOptions): string {
  const csp =
    `default-src 'none'; style-src ${o.cspSource} 'nonce-${o.nonce}'; ` +
    `script-src 'nonce-${o.nonce}'; img-src ${o.cspSource} data:; font-src ${o.cspSource}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title ?? '预览')}</title>
<style nonce="${esc(o.nonce)}">${PREVIEW_CSS}</style></head>
<body class="preview"><main id="jixiao-root">${o.body}</main>
<script nonce="${esc(o.nonce)}">${PREVIEW_SCRIPT}</script></body></html>
`;
}

/**
 * Runs in the webview: a click on a cell asks the editor to reveal its source; a click on a rule
 * id asks for the rule's doc; `update` messages swap the body in place (keeping the scroll), so
 * typing does not reload the page.
 */
export const PREVIEW_SCRIPT = `(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var root = document.getElementById('jixiao-root');
  var state = (vscode && vscode.getState()) || {};
  if (state.scrollY) window.scrollTo(0, state.scrollY);
  function post(m) { if (vscode) vscode.postMessage(m); }
  function num(el, name) { var v = Number(el.getAttribute(name)); return isFinite(v) ? v : 0; }
  document.addEventListener('click', function (e) {
    var t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    var doc = t.closest('[data-rule-doc]');
    if (doc) { e.preventDefault(); post({ type: 'ruleDoc', rule: doc.getAttribute('data-rule-doc') }); return; }
    if (t.closest('a[href^="#"]')) return;
    var el = t.closest('[data-line]');
    if (!el) return;
    post({ type: 'reveal', line: num(el, 'data-line'), character: num(el, 'data-char'),
      endLine: num(el, 'data-end-line'), endCharacter: num(el, 'data-end-char') });
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target instanceof Element ? e.target : null;
    if (e.key === 'Enter' && t && t.hasAttribute('data-line')) t.click();
  });
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (m && m.type === 'update' && typeof m.body === 'string' && root) {
      root.innerHTML = m.body;
      if (m.title) document.title = m.title;
    }
  });
  var pending = false;
  window.addEventListener('scroll', function () {
    if (pending || !vscode) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; vscode.setState({ scrollY: window.scrollY }); });
  }, { passive: true });
})();`;
