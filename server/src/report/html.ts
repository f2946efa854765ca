/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --line: #d0d7de; --head: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --hint: #6e7781; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --line: #30363d; --head: #161b22;
  --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --hint: #8b949e; } }
body { font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: var(--fg);
  background: var(--bg); margin: 24px; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 28px; } h3 { font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0 16px; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: 3px 8px; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.finding-error { outline: 2px solid var(--error); } .finding-warning { outline: 2px solid var(--warning); }
.finding-info, .finding-hint { outline: 1px dashed var(--info); }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.sev-hint { color: var(--hint); }
.summary { display: flex; gap: 24px; flex-wrap: wrap; padding: 12px; background: var(--head); border: 1px solid var(--line); }
.summary b { font-size: 18px; display: block; }
.bar { display: flex; align-items: center; gap: 8px; } .bar span.fill { background: var(--info); height: 10px; display: inline-block; }
@media print { @page { size: A4 landscape; margin: 12mm; } body { margin: 0; } .noprint { display: none; } }
`;
