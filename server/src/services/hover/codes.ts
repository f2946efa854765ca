import {
  getCatalog,
  normalizeName,
  type Catalog,
  type CatalogEntry,
  type Scheme,
} from '../../catalog/catalog';
import type { CodeRef, Draft } from '../../engine/model/types';
import { codeRefs, LEVEL_ZH, type FieldRef } from '../../engine/model/derived/codes';
import { inside, md, type Provider } from './markdown';

const SCHEME_ZH: Record<Scheme, string> = {
  func: '支出功能分类科目',
  deptEco: '部门预算支出经济分类科目',
  govEco: '政府预算支出经济分类科目',
};

/** Every code reference with its field, including 品目 (absent from the catalog, so never in codeRefs). */
function refAt(draft: Draft, offset: number): FieldRef | { item: CodeRef } | undefined {
  const hit = codeRefs(draft).find((r) => inside(r.ref.node, offset));
  if (hit) return hit;
  for (const p of draft.projects)
    for (const l of p.procurement) if (l.item && inside(l.item.node, offset)) return { item: l.item };
  return undefined;
}

function yearNote(draft: Draft, year: number, fallback: boolean): string {
  const wanted = draft.header.year?.value;
  if (!fallback) return `目录：${year}年政府收支分类科目`;
  return wanted === undefined
    ? `目录：${year}年政府收支分类科目（草稿未写预算年度，按最新的${year}年核对）`
    : `目录：${year}年政府收支分类科目（没有${wanted}年的目录，按最接近的${year}年核对）`;
}

function nameLine(entry: CatalogEntry, writtenName: string | undefined): string {
  if (!writtenName) return `未写科目名称；目录名称为“${md(entry.name)}”`;
  if (normalizeName(writtenName) === normalizeName(entry.name)) return '✓ 写明的名称与目录一致';
  return `✗ 写明的名称“${md(writtenName)}”与目录名称“${md(entry.name)}”不一致`;
}

/** The 政府经济科目 a 部门经济科目 款 maps to, for both kinds of unit (they differ: 501/502 vs 505). */
function mappingLine(catalog: Catalog, code: string): string | undefined {
  const show = (nature: '行政单位' | '事业单位') => {
    const codes = catalog.mapping(code, nature);
    if (codes === undefined) return undefined;
    if (!codes.length) return `${nature}不使用`;
    return `${nature} ${codes.map((c) => `${c} ${md(catalog.lookup('govEco', c)?.name ?? '')}`.trim()).join('或')}`;
  };
  const parts = [show('行政单位'), show('事业单位')].filter((s): s is string => !!s);
  return parts.length ? `对应政府经济科目：${parts.join('；')}` : undefined;
}

/** Hover on a code reference: official name, the chain of parents, 名词解释, and the name check. */
export const codeHover: Provider = (result, offset) => {
  const { draft } = result;
  const ref = refAt(draft, offset);
  if (!ref) return undefined;
  if ('item' in ref) {
    const { code, name, node } = ref.item;
    return {
      markdown:
        `**品目 ${md(code)}${name ? ' ' + md(name) : ''}**\n\n` +
        '政府采购品目目录未收录在本工具的科目目录中，无法核对品目名称。',
      start: node.start,
      end: node.end,
    };
  }
  const { catalog, year, fallback } = getCatalog(draft.header.year?.value);
  const { code, name } = ref.ref;
  const entry = catalog.lookup(ref.scheme, code);
  const chain = catalog.chain(ref.scheme, code);
  const lines: string[] = [];
  const level = entry ? `（${LEVEL_ZH[entry.level] ?? ''}）` : '';
  lines.push(`**${md(code)} ${md(entry?.name ?? name ?? '')}** · ${SCHEME_ZH[ref.scheme]}${level}`);
  if (chain.length) lines.push(chain.map((e) => `${e.code} ${md(e.name)}`).join(' › '));
  if (!entry) lines.push(`✗ ${year}年目录中没有编码 ${md(code)}`);
  if (ref.length && code.length !== ref.length)
    lines.push(`此处（${ref.field}）应填写${ref.length}位编码，写的是${code.length}位`);
  if (entry?.explain) {
    const unverified = entry.explainSource?.startsWith('knowledge-unverified')
      ? '（未经公开来源核实，仅供参考）'
      : '';
    lines.push(`名词解释：${md(entry.explain)}${unverified}`);
  }
  if (entry) lines.push(nameLine(entry, name));
  if (entry && !entry.verified) lines.push('注：此目录条目未经公开来源核实。');
  if (ref.scheme === 'deptEco' && code.length === 5) {
    const m = mappingLine(catalog, code);
    if (m) lines.push(m);
  }
  lines.push(yearNote(draft, year, fallback));
  return { markdown: lines.join('\n\n'), start: ref.ref.node.start, end: ref.ref.node.end };
};
