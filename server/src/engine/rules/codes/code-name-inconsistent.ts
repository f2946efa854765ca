import { getCatalog, normalizeName } from '../../../catalog/catalog';
import type { Rule } from '../rule';
import type { Project } from '../../model/types';
import { projectCodeRefs, restCodeRefs, type FieldRef } from '../../model/derived/codes';

/** Names many codes share by design (行政运行 under every 款, 其他…支出 at 款 and 项). */
const GENERIC = /^(行政运行|一般行政管理事务|机关服务|事业运行|其他.*)$/;

const rule: Rule = {
  id: 'code-name-inconsistent',
  severity: 'error',
  category: 'codes',
  fixable: 'none',
  docs: 'docs/rules/code-name-inconsistent.md',
  description: '同一编码在文件中写了两个名称，或同一名称对应两个编码。',
  draft(draft, ctx) {
    const { catalog } = getCatalog(ctx.draft.header.year?.value);
    const byCode = new Map<string, Named>();
    const byName = new Map<string, FieldRef>();
    const parts = [prepare(restCodeRefs(ctx.draft)), ...ctx.draft.projects.map(preparedOf)];
    for (const part of parts) for (const n of part) visit(n);
    function visit(n: Named): void {
      const { r, name, codeKey, nameKey } = n;
      const seen = byCode.get(codeKey);
      if (!seen) byCode.set(codeKey, n);
      else if (seen.name !== name) {
        const first = seen.r;
        ctx.report({
          start: r.ref.nameStart ?? r.ref.codeStart,
          end: r.ref.nameEnd ?? r.ref.codeEnd,
          path: r.ref.path,
          message: `编码 ${r.ref.code} 在 ${first.ref.path} 写作“${first.ref.name}”，此处写作“${r.ref.name}”；同一编码应使用同一名称`,
        });
        return;
      }
      const other = byName.get(nameKey);
      if (!other) {
        byName.set(nameKey, r);
        return;
      }
      if (other.ref.code === r.ref.code || GENERIC.test(name)) return;
      // Shared official names (20899 and 2089999 其他社会保障和就业支出) are not an inconsistency.
      const official = [other.ref.code, r.ref.code].every((c) => {
        const e = catalog.lookup(r.scheme, c);
        return e && normalizeName(e.name) === name;
      });
      if (official) return;
      ctx.report({
        start: r.ref.codeStart,
        end: r.ref.codeEnd,
        path: r.ref.path,
        message: `名称“${r.ref.name}”在 ${other.ref.path} 对应编码 ${other.ref.code}，此处对应 ${r.ref.code}；同一名称应使用同一编码`,
      });
    }
  },
};

interface Named {
  r: FieldRef;
  name: string;
  codeKey: string;
  nameKey: string;
}

function prepare(refs: FieldRef[]): Named[] {
  return refs
    .filter((r) => r.ref.name)
    .map((r) => {
      const name = shared(normalizeName(r.ref.name!));
      return {
        r,
        name,
        codeKey: shared(`${r.scheme}:${r.ref.code}`),
        nameKey: shared(`${r.scheme}:${name}`),
      };
    });
}

/**
 * Drafts repeat a few codes and names thousands of times (every 明细 line's 经济科目), and these
 * keys are kept with the project's model: one string per distinct key instead of three per
 * reference (2 MB at 5,000 projects). Bounded, so that odd files cannot grow it for good.
 */
const KEYS = new Map<string, string>();

function shared(s: string): string {
  const known = KEYS.get(s);
  if (known !== undefined) return known;
  if (KEYS.size >= 8192) KEYS.clear();
  KEYS.set(s, s);
  return s;
}

/**
 * A project's named references, kept while its model is unchanged (the engine reuses the model
 * of an unedited project), so an edit costs map lookups rather than renormalising every name.
 */
const prepared = new WeakMap<Project, Named[]>();

function preparedOf(p: Project): Named[] {
  let hit = prepared.get(p);
  if (!hit) prepared.set(p, (hit = prepare(projectCodeRefs(p))));
  return hit;
}

export default rule;
