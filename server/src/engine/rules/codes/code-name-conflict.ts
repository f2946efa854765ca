import { getCatalog, nameDistance, normalizeName } from '../../../catalog/catalog';
import type { FixSpec, Rule } from '../rule';
import { partCodeRefs } from '../../model/derived/codes';

const rule: Rule = {
  id: 'code-name-conflict',
  severity: 'warning',
  category: 'codes',
  fixable: 'suggestion',
  docs: 'docs/rules/code-name-conflict.md',
  description: '科目名称与该编码的官方名称不一致。',
  piece(part, ctx) {
    const { catalog, year } = getCatalog(ctx.draft.header.year?.value);
    for (const { ref, scheme } of partCodeRefs(part, ctx.draft)) {
      if (!ref.name || ref.nameStart === undefined || ref.nameEnd === undefined) continue;
      const entry = catalog.lookup(scheme, ref.code);
      if (!entry || normalizeName(entry.name) === normalizeName(ref.name)) continue;
      const plain = ref.node.style === 'plain';
      const fixes: FixSpec[] = [];
      // The name may be right and the code mistyped: another code of the same level bears this name.
      const candidates = catalog
        .findByName(scheme, ref.name)
        .filter((e) => e.level === entry.level && e.code !== ref.code);
      // Many codes share a name (事业运行 under every 款): suggest only the one in the same parent, or a unique one.
      const other =
        candidates.length === 1
          ? candidates[0]
          : candidates.find((e) => e.parent && e.parent === entry.parent);
      let hint = '';
      if (other) {
        hint = `；“${ref.name}”是科目 ${other.code} 的名称，可能是编码写错了`;
        if (plain)
          fixes.push({
            title: `改用编码 ${other.code}`,
            kind: 'suggestion',
            edits: [{ start: ref.codeStart, end: ref.codeEnd, newText: other.code }],
          });
      } else if (nameDistance(ref.name, entry.name) <= 2) hint = '（疑似笔误）';
      if (plain)
        fixes.unshift({
          title: `改为官方名称“${entry.name}”`,
          kind: 'suggestion',
          edits: [{ start: ref.nameStart, end: ref.nameEnd, newText: entry.name }],
        });
      ctx.report({
        start: ref.nameStart,
        end: ref.nameEnd,
        path: ref.path,
        severity: entry.verified ? undefined : 'info',
        message:
          `科目 ${ref.code} 的${year}年官方名称为“${entry.name}”，此处写作“${ref.name}”${hint}` +
          (entry.verified ? '' : '（该科目名称尚未核实）'),
        fixes,
      });
    }
  },
};

export default rule;
