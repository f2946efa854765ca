import { getCatalog, normalizeName } from '../../../catalog/catalog';
import type { Rule } from '../rule';
import { codeRefs, type FieldRef } from '../shared/codes';

/** Names many codes share by design (行政运行 under every 款, 其他…支出 at 款 and 项). */
const GENERIC = /^(行政运行|一般行政管理事务|机关服务|事业运行|其他.*)$/;

const rule: Rule = {
  id: 'code-name-inconsistent',
  severity: 'error',
  description: '同一编码在文件中写了两个名称，或同一名称对应两个编码。',
  check(ctx) {
    const { catalog } = getCatalog(ctx.draft.header.year?.value);
    const byCode = new Map<string, FieldRef>();
    const byName = new Map<string, FieldRef>();
    for (const r of codeRefs(ctx.draft)) {
      if (!r.ref.name) continue;
      const name = normalizeName(r.ref.name);
      const codeKey = `${r.scheme}:${r.ref.code}`;
      const first = byCode.get(codeKey);
      if (!first) byCode.set(codeKey, r);
      else if (normalizeName(first.ref.name!) !== name) {
        ctx.report({
          start: r.ref.nameStart ?? r.ref.codeStart,
          end: r.ref.nameEnd ?? r.ref.codeEnd,
          path: r.ref.path,
          message: `编码 ${r.ref.code} 在 ${first.ref.path} 写作“${first.ref.name}”，此处写作“${r.ref.name}”；同一编码应使用同一名称`,
        });
        continue;
      }
      const nameKey = `${r.scheme}:${name}`;
      const other = byName.get(nameKey);
      if (!other) {
        byName.set(nameKey, r);
        continue;
      }
      if (other.ref.code === r.ref.code || GENERIC.test(name)) continue;
      // Shared official names (20899 and 2089999 其他社会保障和就业支出) are not an inconsistency.
      const official = [other.ref.code, r.ref.code].every((c) => {
        const e = catalog.lookup(r.scheme, c);
        return e && normalizeName(e.name) === name;
      });
      if (official) continue;
      ctx.report({
        start: r.ref.codeStart,
        end: r.ref.codeEnd,
        path: r.ref.path,
        message: `名称“${r.ref.name}”在 ${other.ref.path} 对应编码 ${other.ref.code}，此处对应 ${r.ref.code}；同一名称应使用同一编码`,
      });
    }
  },
};

export default rule;
