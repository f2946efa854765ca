import { getCatalog } from '../../catalog/catalog';
import { interval } from '../../engine/prose/figures';
import { claimsOf, codeByNames, fileValue, num, sections } from '../../engine/prose/sections';
import { md, type Provider } from './markdown';

/**
 * Over a figure or a 科目 in 说明: what the checker read there — the subject, whether it is this
 * year's figure or an earlier one, the interval its digits stand for, and what the draft holds —
 * so a reviewer sees why a claim was (or was not) compared.
 */
export const proseHover: Provider = (result, offset) => {
  const d = result.draft;
  const s = sections(d).find((x) => x.node.start <= offset && offset <= x.node.end);
  if (!s) return undefined;
  let i = -1;
  for (let k = 0; k < s.text.length; k++) {
    if (s.offsetAt(k) > offset) break;
    i = k;
  }
  if (i < 0) return undefined;
  const claims = claimsOf(s, d);
  const a = claims.amounts.find((x) => x.figure.start <= i && i < x.figure.end);
  if (a) {
    const [lo, hi] = interval(a.figure);
    const unit = a.figure.kind === 'money' ? '万元' : a.figure.unit;
    const lines = [`**说明中的数字** ${md(a.figure.written)}`];
    lines.push(
      `读作：${a.subject ? md(a.subject.label) : '（未指明事项）'}，${a.role === 'change' ? (a.direction === 'down' ? '减少' : '增加') + '额或幅度' : a.time === 'current' ? '本年数' : '上年或执行数'}`,
    );
    if (a.figure.kind !== 'percent' && !lo.equals(hi))
      lines.push(`按所写位数代表 ${num(lo, 6)}–${num(hi, 6)}${unit}`);
    const fv = a.role === 'level' && a.time === 'current' ? fileValue(a.subject, d) : undefined;
    if (fv) lines.push(`草稿中（${md(fv.where)}）：${num(fv.value, 6)}${unit}`);
    return { markdown: lines.join('\n\n'), start: s.offsetAt(a.figure.start), end: s.offsetAt(a.figure.end) };
  }
  const k = claims.kemu.find((x) => x.start <= i && i < x.end);
  if (k) {
    const code = k.code ?? codeByNames(k, d);
    const { catalog } = getCatalog(d.header.year?.value);
    const chain = code ? catalog.chain('func', code).map((e) => `${e.code} ${e.name}`) : [];
    const lines = [`**说明中的科目** ${md(k.levels.map((l) => l.name).join(' › '))}`];
    lines.push(
      code
        ? `科目 ${code}${chain.length ? '：' + md(chain.join(' › ')) : ''}`
        : '未能确定科目编码（未与表格中的科目对应）',
    );
    return { markdown: lines.join('\n\n'), start: s.offsetAt(k.start), end: s.offsetAt(k.end) };
  }
  return undefined;
};
