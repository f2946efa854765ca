import { SEVERITY_ZH } from '../../engine/findings';
import { ruleById } from '../../engine/rules';
import { ruleDocUri } from '../../node/docs';
import { md, type Provider } from './markdown';

/**
 * The rules of the findings whose range covers the cursor: a link to each rule's page and its
 * one-line description. Not the messages: the editor shows each diagnostic's message at the top
 * of the same hover, and a second copy pushed the facts and links out of the box.
 */
export const findingsHover: Provider = (result, offset) => {
  const pos = result.draft.lines.position(offset);
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const f of result.findings) {
    const s = f.range.start;
    const e = f.range.end;
    const after = pos.line > s.line || (pos.line === s.line && pos.character >= s.character);
    const before = pos.line < e.line || (pos.line === e.line && pos.character <= e.character);
    if (!after || !before || seen.has(f.rule)) continue;
    seen.add(f.rule);
    const meta = ruleById(f.rule);
    parts.push(
      `${SEVERITY_ZH[f.severity]} [\`${f.rule}\`](${ruleDocUri(f.rule)})` +
        (meta ? `：${md(meta.description)}` : ''),
    );
  }
  return parts.length ? { markdown: parts.join('  \n') } : undefined;
};
