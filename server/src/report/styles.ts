/**
 * Stylesheets. Colours come from VS Code's theme variables when the page is a webview, with
 * fallbacks so the same markup reads well in a browser (light, or dark when the system is dark)
 * and on paper. No style attributes in the markup: the preview's CSP allows nonce'd styles only.
 */
const VARS = `
:root { color-scheme: light dark;
  --fg: var(--vscode-editor-foreground, #1f2328); --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --line: var(--vscode-editorWidget-border, var(--vscode-panel-border, #c8d1da));
  --head: var(--vscode-editorWidget-background, #f3f5f7);
  --error: var(--vscode-editorError-foreground, var(--vscode-errorForeground, #cf222e));
  --warning: var(--vscode-editorWarning-foreground, #b35900);
  --info: var(--vscode-editorInfo-foreground, #0969da);
  --hint: var(--vscode-editorHint-foreground, #6e7781);
  --link: var(--vscode-textLink-foreground, #0969da);
  --bar: var(--vscode-charts-blue, #3b82c4);
  --focus: var(--vscode-focusBorder, #0969da);
  --font: var(--vscode-font-family, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif);
  --mono: var(--vscode-editor-font-family, "Noto Sans Mono CJK SC", ui-monospace, monospace); }
@media (prefers-color-scheme: dark) { :root {
  --fg: var(--vscode-editor-foreground, #e6edf3); --bg: var(--vscode-editor-background, #0d1117);
  --muted: var(--vscode-descriptionForeground, #9198a1);
  --line: var(--vscode-editorWidget-border, var(--vscode-panel-border, #3d444d));
  --head: var(--vscode-editorWidget-background, #161b22);
  --error: var(--vscode-editorError-foreground, var(--vscode-errorForeground, #ff7b72));
  --warning: var(--vscode-editorWarning-foreground, #d29922);
  --info: var(--vscode-editorInfo-foreground, #58a6ff); --hint: var(--vscode-editorHint-foreground, #8b949e);
  --link: var(--vscode-textLink-foreground, #58a6ff); --bar: var(--vscode-charts-blue, #58a6ff); } }
`;

const BASE = `
body { font: 13px/1.5 var(--font); color: var(--fg); background: var(--bg); margin: 16px 20px; }
h1 { font-size: 19px; margin: 0 0 10px; } h2 { font-size: 15px; margin: 26px 0 4px; }
h3 { font-size: 14px; margin: 20px 0 4px; } a { color: var(--link); }
.unit { color: var(--muted); font-size: 12px; text-align: right; max-width: 1100px; }
table { border-collapse: collapse; margin: 4px 0 12px; width: 100%; max-width: 1100px; }
/* Narrow beside the editor (480 px and up): every column keeps room for four characters and long
   text wraps inside its cell, rather than one column shrinking to a character per line. */
th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: middle; text-align: left;
  min-width: 4em; overflow-wrap: anywhere; }
th { background: var(--head); font-weight: 600; }
thead th { text-align: center; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { font-family: var(--mono); }
td.derived { color: var(--muted); font-style: italic; }
tr.total td, tr.total th { font-weight: 600; }
td.l2 { padding-left: 1.6em; } td.l3 { padding-left: 3em; }
.goals th.label { width: 5em; } .goals col.c-l1 { width: 5.5em; } .goals col.c-l2 { width: 7em; }
.goals col.c-value { width: 22%; } .goals col.c-value2 { width: 15%; }
.goals td.goal { white-space: pre-wrap; }
table.prose th.label { width: 12em; vertical-align: top; text-align: left; } td.prose p { margin: 0 0 0.4em; }
mark.finding { background: color-mix(in srgb, var(--warning) 18%, transparent); color: inherit; }
mark.finding-error { background: color-mix(in srgb, var(--error) 18%, transparent); }
@media (max-width: 640px) { body { font-size: 12px; } th, td { padding: 2px 4px; }
  td.l2 { padding-left: 1em; } td.l3 { padding-left: 2em; } }
.finding-error { outline: 2px solid var(--error); outline-offset: -2px;
  background: color-mix(in srgb, var(--error) 16%, transparent); }
.finding-warning { outline: 2px solid var(--warning); outline-offset: -2px;
  background: color-mix(in srgb, var(--warning) 14%, transparent); }
.finding-info, .finding-hint { outline: 1px dashed var(--info); outline-offset: -2px; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); }
.sev-info { color: var(--info); } .sev-hint { color: var(--hint); }
.summary { display: flex; gap: 10px 28px; flex-wrap: wrap; align-items: flex-start; padding: 10px 14px;
  background: var(--head); border: 1px solid var(--line); max-width: 1072px; }
.summary .stat b { font-size: 20px; display: block; font-variant-numeric: tabular-nums; }
.summary .stat span { color: var(--muted); font-size: 12px; }
.chart { flex: 1 1 100%; margin: 4px 0 0; } .chart h2 { margin: 0 0 4px; font-size: 12px; color: var(--muted); font-weight: 400; }
.chart svg { display: block; width: 100%; max-width: 620px; height: auto; overflow: visible; }
.chart text { fill: var(--fg); font: 12px var(--font); } .chart text.v { fill: var(--muted); }
.chart rect { fill: var(--bar); }
.findings td.msg small { color: var(--muted); display: block; }
.empty { color: var(--muted); }
`;

/** The preview in the editor: compact, every source-backed cell clickable. */
export const PREVIEW_CSS =
  VARS +
  BASE +
  `
body { margin: 12px 16px; } .report-only { display: none; }
@media (max-width: 640px) { body { margin: 10px 8px; } }
[data-line] { cursor: pointer; }
[data-line]:hover { outline: 1px solid var(--focus); outline-offset: -1px; }
.finding[data-line]:hover { outline-width: 3px; }
`;

/** The standalone report: same body, finding numbers next to cells, rule docs, A4 landscape print. */
export const REPORT_CSS =
  VARS +
  BASE +
  `
body { max-width: 1100px; margin: 24px auto; padding: 0 20px; }
@media (max-width: 640px) { body { margin: 12px auto; padding: 0 8px; } }
.finding::after { content: " [" attr(data-refs) "]"; font-size: 10px; vertical-align: super; color: var(--muted); }
.findings tr:target td { background: color-mix(in srgb, var(--info) 12%, transparent); }
.docs article { border-top: 1px solid var(--line); margin-top: 14px; }
.docs h4 { font-size: 14px; margin: 10px 0 4px; } .docs h5 { font-size: 13px; margin: 8px 0 2px; }
.docs pre { background: var(--head); border: 1px solid var(--line); padding: 6px 8px; overflow-x: auto;
  font: 12px/1.45 var(--mono); white-space: pre-wrap; }
.docs code { font-family: var(--mono); background: var(--head); padding: 0 3px; }
.docs pre code { background: none; padding: 0; }
@media print {
  @page { size: A4 landscape; margin: 10mm 12mm; }
  :root { color-scheme: light; --fg: #000; --bg: #fff; --muted: #444; --line: #777; --head: #eee;
    --error: #c00; --warning: #a65f00; --info: #0550ae; --bar: #555; }
  body { margin: 0; padding: 0; max-width: none; font-size: 10.5pt; }
  table { max-width: none; } .summary { max-width: none; }
  /* On paper the page is wide: the published layout's fixed columns, names on one line. */
  th, td { overflow-wrap: normal; }
  .goals th.label, .goals col.c-label { width: 9em; } .goals col.c-l1 { width: 9em; }
  .goals col.c-l2 { width: 11em; } .goals col.c-value { width: 16em; } .goals col.c-value2 { width: 12em; }
  h2, h3, h4 { break-after: avoid; } tr, pre { break-inside: avoid; }
  .goals { break-inside: avoid-page; } .docs { break-before: page; }
  a { color: inherit; text-decoration: none; } .no-print { display: none; }
  .finding-error, .finding-warning { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
