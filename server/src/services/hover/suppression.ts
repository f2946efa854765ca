import { SEVERITY_ZH } from '../../engine/findings';
import { ruleById } from '../../engine/rules';
import { hasReason } from '../../engine/suppress';
import { inside, md, type Provider } from './markdown';

/** Hover on a `# 绩效检查-忽略` comment: what each named rule checks, and whether the comment works. */
export const suppressionHover: Provider = (result, offset) => {
  const s = result.suppressions.find((x) => inside(x, offset));
  if (!s) return undefined;
  const lines = [`**忽略注释**（${s.fileWide ? '作用于整个文件' : `作用于第 ${s.target + 1} 行`}）`, ''];
  if (!s.rules.length) lines.push('- 没有指定规则，应写为“# 绩效检查-忽略 规则编号: 理由”');
  for (const id of s.rules) {
    const meta = ruleById(id);
    lines.push(
      meta
        ? `- \`${id}\`（${SEVERITY_ZH[meta.severity]}）：${md(meta.description)}`
        : `- \`${md(id)}\`：没有这条规则`,
    );
  }
  lines.push('');
  lines.push(hasReason(s) ? `理由：${md(s.reason)}` : '✗ 缺少理由：没有理由的忽略注释不生效');
  if (hasReason(s) && s.rules.length)
    lines.push('', s.used ? '此注释屏蔽了问题 ✓' : '此注释没有屏蔽任何问题');
  return { markdown: lines.join('\n'), start: s.start, end: s.end };
};
