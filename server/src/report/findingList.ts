import type { Finding } from '../engine/findings';
import { SEVERITY_ZH } from '../engine/findings';
import { ruleById } from '../engine/rules';
import type { LineIndex } from '../engine/text/lineIndex';
import { anchor, esc } from './html';
import { markdownToHtml } from './markdown';

export type RuleDocs = (rule: string) => string | undefined;

/** Every finding, numbered (the numbers are shown next to the cells in the report). */
export function findingList(findings: Finding[], lines: LineIndex, withDocs: boolean): string {
  if (!findings.length) return `<h2 id="findings">检查结果</h2><p class="empty">没有发现问题。</p>`;
  const rows = findings
    .map((f, i) => {
      const at = lines.offset(f.range.start);
      const end = lines.offset(f.range.end);
      const pos =
        ` data-offset="${at}" data-end="${end}" data-line="${f.range.start.line}" data-char="${f.range.start.character}"` +
        ` data-end-line="${f.range.end.line}" data-end-char="${f.range.end.character}"`;
      const rule = withDocs
        ? `<a href="#${anchor('rule', f.rule)}">${esc(f.rule)}</a>`
        : `<a href="#" data-rule-doc="${esc(f.rule)}">${esc(f.rule)}</a>`;
      return (
        `<tr id="f-${i + 1}"${pos}><td class="num">${i + 1}</td><td class="sev-${f.severity}">${SEVERITY_ZH[f.severity]}</td>` +
        `<td class="num">${f.range.start.line + 1}:${f.range.start.character + 1}</td><td>${rule}</td>` +
        `<td class="msg">${esc(f.message)}<small>${esc(ruleById(f.rule)?.description ?? '')}</small></td></tr>`
      );
    })
    .join('');
  return (
    `<h2 id="findings">检查结果（${findings.length} 个问题）</h2>` +
    `<table class="findings"><thead><tr><th>序号</th><th>级别</th><th>行:列</th><th>规则</th><th>说明</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}

/** The docs of the rules that have findings, embedded so the report stands alone. */
export function ruleDocSection(findings: Finding[], docs: RuleDocs): string {
  const ids = [...new Set(findings.map((f) => f.rule))].sort();
  if (!ids.length) return '';
  const present = new Set(ids);
  const link = (id: string) => (present.has(id) ? anchor('rule', id) : undefined);
  const articles = ids.map((id) => {
    const md = docs(id);
    const rule = ruleById(id);
    const bodyHtml = md
      ? markdownToHtml(md, link)
      : `<h4>${esc(id)}</h4><p>${esc(rule?.description ?? '（没有找到这条规则的说明。）')}</p>`;
    return `<article id="${anchor('rule', id)}">${bodyHtml}</article>`;
  });
  return `<section class="docs report-only"><h2 id="rule-docs">规则说明</h2>${articles.join('')}</section>`;
}
