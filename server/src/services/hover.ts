import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { CheckResult } from '../engine/engine';
import { SEVERITY_ZH } from '../engine/findings';
import { ruleById } from '../engine/rules';
import { fmt, toWan } from '../engine/util/money';
import { contains, projectAt } from './locate';

/** Hover: the findings under the cursor with their rule's description; a project's summary on its 名称. */
export function hover(result: CheckResult, offset: number): Hover | null {
  const { draft } = result;
  const parts: string[] = [];
  const p = projectAt(draft, offset);
  if (p?.name && contains(p.name.node, offset)) {
    const counts = (p.indicators?.level1 ?? []).map(
      (l) => `${l.name} ${l.level2.reduce((n, l2) => n + l2.indicators.length, 0)}`,
    );
    const mine = result.findings.filter((f) => f.path.startsWith(p.path + '.') || f.path === p.path);
    parts.push(
      `**项目：${p.name.text}**`,
      `- 金额：${p.amount ? fmt(toWan(p.amount, draft)) + '万元' : '未填写'}`,
      `- 资金来源：${p.funding.length ? p.funding.map((f) => `${f.key} ${f.amount ? fmt(f.amount.value) : '?'}`).join('，') : '一般公共预算（默认）'}`,
      `- 指标：${counts.length ? counts.join('，') : '无'}`,
      `- 问题：${mine.length ? mine.length + ' 个' : '无'}`,
    );
  }
  const lines = draft.lines;
  const pos = lines.position(offset);
  for (const f of result.findings) {
    const s = f.range.start;
    const e = f.range.end;
    const after = pos.line > s.line || (pos.line === s.line && pos.character >= s.character);
    const before = pos.line < e.line || (pos.line === e.line && pos.character <= e.character);
    if (!after || !before) continue;
    const meta = ruleById(f.rule);
    parts.push(
      `**${SEVERITY_ZH[f.severity]}** \`${f.rule}\`：${f.message}` +
        (meta ? `\n\n> ${meta.description}` : ''),
    );
  }
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') } };
}
