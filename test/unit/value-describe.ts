import type { IndicatorValue, NumberValue } from '../../server/src/engine/values/indicatorValue';

/**
 * A parse result in one line, so tables can state expectations compactly: `>= 95 % percent`,
 * `=? 29042 人 count` (`?`: no operator written), `list … | …`, `qualitative`, `invalid`.
 */
export function describeValue(v: IndicatorValue): string {
  const one = (n: NumberValue) =>
    [
      `${n.operator}${n.operatorExplicit ? '' : '?'}`,
      n.value.toFixed(),
      n.unit || '-',
      n.category,
      ...(n.moneyWan ? [`wan=${n.moneyWan.toFixed()}`] : []),
      ...(n.rateNumeratorWan ? [`wan=${n.rateNumeratorWan.toFixed()}`] : []),
      ...(n.rateDenominator ? [`per=${n.rateDenominator}`] : []),
    ].join(' ');
  if (v.kind === 'number') return one(v);
  if (v.kind === 'list') return `list ${v.items.map(one).join(' | ')}`;
  return v.kind;
}
