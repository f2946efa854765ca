import { getCatalog } from '../../../catalog/catalog';
import type { Rule } from '../rule';
import type { Scheme } from '../../../catalog/catalog';
import { partCodeRefs, LEVEL_ZH } from '../../model/derived/codes';

/**
 * A code whose first digit no 类 of its scheme starts with (9999999 as a 功能科目, whose 类 all read
 * 2xx) is unknown whatever our 项 lists lack.
 */
function outsideEveryClass(
  catalog: ReturnType<typeof getCatalog>['catalog'],
  scheme: Scheme,
  code: string,
): boolean {
  return !catalog.all(scheme).some((e) => e.code.length === 3 && e.code[0] === code[0]);
}

const rule: Rule = {
  id: 'code-unknown',
  severity: 'warning',
  category: 'codes',
  fixable: 'none',
  docs: 'docs/rules/code-unknown.md',
  description: '科目编码不在该预算年度的政府收支分类科目中，或位数不符合该字段（项目功能科目须为7位项级）。',
  piece(part, ctx) {
    const { draft } = ctx;
    const year = draft.header.year;
    const { catalog, year: used, fallback } = getCatalog(year?.value);
    if (fallback && year && part.kind !== 'project') {
      ctx.report({
        node: year.node,
        path: year.path,
        severity: 'info',
        message: `Jixiao 尚未收录${year.value}年的政府收支分类科目，按${used}年科目检查编码`,
      });
    }
    for (const { ref, scheme, length, field } of partCodeRefs(part, ctx.draft)) {
      const code = ref.code;
      if (length && code.length !== length) {
        const level = (code.length - 1) / 2;
        ctx.report({
          start: ref.codeStart,
          end: ref.codeEnd,
          path: ref.path,
          message: `${field}应为${length}位${LEVEL_ZH[(length - 1) / 2]}级科目，${code} 是${LEVEL_ZH[level] ?? ''}${Number.isInteger(level) ? '级科目' : '位数不正确的编码'}`,
        });
        continue;
      }
      if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
        ctx.report({
          start: ref.codeStart,
          end: ref.codeEnd,
          path: ref.path,
          message: `${field}编码 ${code} 位数不正确：应为3位（类）、5位（款）或7位（项）`,
        });
        continue;
      }
      if (catalog.lookup(scheme, code)) continue;
      // A code whose parent the catalog lists with other children is certainly unknown; one under a
      // parent we have no children for may just be missing from our catalog: say so, as info.
      const parent = code.length > 3 ? code.slice(0, code.length - 2) : undefined;
      // A 项 is called unknown only against a 款 whose 项 list is transcribed from an official source;
      // lists from printed budgets or memory are incomplete (a real code must never be reported unknown).
      const sure =
        !parent ||
        outsideEveryClass(catalog, scheme, code) ||
        (code.length === 7
          ? !!catalog.lookup(scheme, parent)?.childrenOfficial
          : catalog.children(scheme, parent).length > 0);
      ctx.report({
        start: ref.codeStart,
        end: ref.codeEnd,
        path: ref.path,
        severity: sure ? undefined : 'info',
        message: sure
          ? `${field} ${code} 不在${used}年政府收支分类科目中`
          : `${field} ${code} 未收录在 Jixiao 的${used}年科目目录中（目录尚不完整，请核对）`,
      });
    }
  },
};

export default rule;
