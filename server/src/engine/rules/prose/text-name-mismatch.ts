import { getCatalog, normalizeName } from '../../../catalog/catalog';
import { outdatedName } from '../../../catalog/history';
import type { Draft } from '../../model/types';
import type { KemuLevel, KemuMention } from '../../prose/kemu';
import type { Report, Rule } from '../rule';
import { at, claimsOf, sections } from '../../prose/sections';

const LEVEL_WORD = { 1: '类', 2: '款', 3: '项' } as const;

/** The code of each level of a mention, when its written codes make one. */
function levelCodes(k: KemuMention): Map<KemuLevel, string> {
  const out = new Map<KemuLevel, string>();
  if (!k.code) return out;
  const last = k.levels[k.levels.length - 1].level;
  for (const l of k.levels) out.set(l, k.code.slice(0, k.code.length - (last - l.level) * 2));
  return out;
}

/**
 * A 科目 in prose under a name that is not its name: with its code (`医疗卫生与计划生育支出（210类）`),
 * or a 类 under a name it had before it was renamed. The fix writes the current name.
 */
export function textNameMismatch(d: Draft): Report[] {
  const year = d.header.year?.value;
  if (!year) return [];
  const { catalog } = getCatalog(year);
  const fileNames = new Map<string, string>();
  for (const r of d.funcRows)
    if (r.subject?.name) fileNames.set(r.subject.code, normalizeName(r.subject.name));
  const out: Report[] = [];
  for (const s of sections(d)) {
    for (const k of claimsOf(s, d).kemu) {
      const codes = levelCodes(k);
      for (const l of k.levels) {
        const code = codes.get(l) ?? (l.level === 1 ? undefined : undefined);
        const written = normalizeName(l.name);
        const renamed = outdatedName(written, year, code);
        if (renamed && (code || l.level === 1)) {
          const start = l.nameEnd - renamed.old.length;
          const r = at(
            s,
            start,
            l.nameEnd,
            `“${renamed.old}（${code ? code : ''}${LEVEL_WORD[l.level]}）”：${renamed.code}类已于${renamed.until + 1}年更名为“${renamed.current}”`,
          );
          r.fixes = [
            {
              title: `改为现名“${renamed.current}”`,
              kind: 'safe',
              edits: [{ start: s.offsetAt(start), end: s.offsetAt(l.nameEnd), newText: renamed.current }],
            },
          ];
          out.push(r);
          continue;
        }
        if (!code) continue;
        const official = catalog.lookup('func', code)?.name;
        const names = [official, fileNames.get(code)].filter((n): n is string => !!n).map(normalizeName);
        if (!names.length || names.some((n) => written.endsWith(n))) continue;
        const current = official ?? names[0];
        out.push(
          at(
            s,
            l.nameStart,
            l.nameEnd,
            `“${l.name}（${LEVEL_WORD[l.level]}）”的科目${code}名为“${current}”，文中写为“${l.name}”`,
          ),
        );
      }
    }
  }
  return out;
}

const rule: Rule = {
  id: 'text-name-mismatch',
  category: 'prose',
  fixable: 'safe',
  docs: 'docs/rules/text-name-mismatch.md',
  severity: 'warning',
  description: '说明中带编码的科目名称与该编码在预算年度的科目名称不一致（如已更名的旧名称）。',
  draft(d, ctx) {
    for (const r of textNameMismatch(d)) ctx.report(r);
  },
};

export default rule;
