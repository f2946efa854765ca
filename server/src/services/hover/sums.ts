import type { Config } from '../../engine/config';
import type { Draft } from '../../engine/model/types';
import { derived } from '../../engine/tables/values';
import { fmt } from '../../engine/util/money';
import { ROUNDING_HINT } from '../../engine/util/tolerance';
import { sumOf } from '../../engine/tables/relations';
import { inside, md, written, type Provider } from './markdown';
import { relationsAt, type Relation } from './relations';

/** More would bury the one the user asked about: a 款 cell is part of up to three sums. */
const MAX_RELATIONS = 3;

function render(r: Relation, offset: number, draft: Draft, config: Config): string {
  const unit = draft.header.moneyUnit;
  const lines = [`**${md(r.title)}** = ${md(r.formula)}`, ''];
  for (const q of r.parts) {
    const value = q.value ? q.value.text : '未填写';
    const text = `${md(q.label)} ${value}${q.derived ? '（由下级推算）' : ''}`;
    lines.push(`- ${inside(q.node, offset) ? `**${text}**` : text}`);
  }
  lines.push('');
  const check = sumOf(r, config.tolerance);
  if (!check) {
    lines.push(`写明 ${written(r.total, draft)}；有组成部分未填写金额，无法求和`);
    return lines.join('\n');
  }
  const sum = derived(r.parts.map((q) => q.value!));
  if (check.passes) {
    const note = check.equal
      ? ''
      : `（相差${fmt(sum.value.minus(r.total.value).abs())}${unit}，在四舍五入允许范围内）`;
    lines.push(`计算值 ${sum.text}${unit} = 写明 ${written(r.total, draft)} ✓${note}`);
  } else {
    const diff = sum.value.minus(r.total.value);
    lines.push(
      `计算值 ${sum.text}${unit} ≠ 写明 ${written(r.total, draft)} ✗，` +
        `组成部分${diff.gt(0) ? '多' : '少'} ${fmt(diff.abs())}${unit}${check.roundingExplains ? ROUNDING_HINT : ''}`,
    );
  }
  return lines.join('\n');
}

/** Hover on an amount: each sum it is the total of (or a part of), with the parts and the difference. */
export const sumHover: Provider = (result, offset) => {
  const { draft, config } = result;
  const found = relationsAt(draft, offset).slice(0, MAX_RELATIONS);
  if (!found.length) return undefined;
  const own = found.find((f) => f.asTotal)?.relation.total.node;
  const part = found.flatMap((f) => f.relation.parts).find((q) => inside(q.node, offset))?.node;
  const node = own ?? part;
  return {
    markdown: found.map((f) => render(f.relation, offset, draft, config)).join('\n\n---\n\n'),
    start: node?.start,
    end: node?.end,
  };
};
