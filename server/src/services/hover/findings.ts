import { SEVERITY_ZH } from '../../engine/findings';
import { ruleById } from '../../engine/rules';
import { md, type Provider } from './markdown';

/** The findings whose range covers the cursor, each with its rule's description. */
export const findingsHover: Provider = (result, offset) => {
  const pos = result.draft.lines.position(offset);
  const parts: string[] = [];
  for (const f of result.findings) {
    const s = f.range.start;
    const e = f.range.end;
    const after = pos.line > s.line || (pos.line === s.line && pos.character >= s.character);
    const before = pos.line < e.line || (pos.line === e.line && pos.character <= e.character);
    if (!after || !before) continue;
    const meta = ruleById(f.rule);
    parts.push(
      `**${SEVERITY_ZH[f.severity]}** \`${f.rule}\`：${md(f.message)}` +
        (meta ? `\n\n> ${md(meta.description)}` : ''),
    );
  }
  return parts.length ? { markdown: parts.join('\n\n') } : undefined;
};
