import { projectAmounts, restAmounts } from '../../model/amounts';
import type { Amount } from '../../model/types';
import { decimalsOf } from '../../util/money';
import { clip } from '../../util/clip';
import { MAX_DIGITS } from '../../values/numbers';
import type { Rule } from '../rule';

const rule: Rule = {
  id: 'amount-format',
  severity: 'warning',
  category: 'syntax',
  fixable: 'safe',
  docs: 'docs/rules/amount-format.md',
  description: '金额写成了字符串（如 "1,751.54"），或以万元为单位却超过两位小数。',
  piece(part, ctx) {
    const wan = ctx.draft.header.moneyUnit === '万元';
    const { draft } = ctx;
    const amounts = part.kind === 'rest' ? restAmounts(draft) : projectAmounts(part.project);
    // Left out of the model, so no other rule computes with them or quotes them.
    for (const a of part.kind === 'rest' ? draft.oversize : part.project.oversize) {
      const noun = /\.数量$|^国有资产\.车辆\./.test(a.path) ? '数量' : '金额';
      ctx.report({
        node: a.node,
        path: a.path,
        message: `${noun} ${clip(a.text)} 有${a.text.length}位，超过${MAX_DIGITS}位有效数字，不是合理的${noun}，不参与计算`,
      });
    }
    for (const a of amounts) check(a);
    function check(a: Amount): void {
      const written = a.node.source;
      if (a.fromString) {
        ctx.report({
          node: a.node,
          path: a.path,
          message: `金额 ${written} 写成了文本，应写为数字 ${a.text}（不带千分位分隔符和引号）`,
          fixes: [
            {
              title: `改写为数字 ${a.text}`,
              kind: 'safe',
              edits: [{ start: a.node.start, end: a.node.end, newText: a.text }],
            },
          ],
        });
      } else if (wan && decimalsOf(a.text) > 2) {
        ctx.report({
          node: a.node,
          path: a.path,
          message: `金额 ${a.text}万元 有${decimalsOf(a.text)}位小数；以万元为单位的金额通常只保留两位小数（到百元）`,
        });
      }
    }
  },
};

export default rule;
