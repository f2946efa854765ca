import type { Scheme } from '../../../catalog/catalog';
import type { CodeRef, Draft, Project } from '../../model/types';

export interface FieldRef {
  ref: CodeRef;
  scheme: Scheme;
  /** The digits the field requires (a project's 功能科目 is a 7-digit 项), if fixed. */
  length?: number;
  field: string;
  /** 预算单位 written on the row, for the economic mapping. */
  unit?: string;
}

/** Every code reference of the draft with the catalog scheme its field belongs to. */
export function codeRefs(draft: Draft): FieldRef[] {
  return [...restCodeRefs(draft), ...draft.projects.flatMap(projectCodeRefs)];
}

/** The code references outside the projects: the rows of the two expenditure tables. */
export function restCodeRefs(draft: Draft): FieldRef[] {
  const out: FieldRef[] = [];
  for (const r of draft.funcRows)
    if (r.subject) out.push({ ref: r.subject, scheme: 'func', field: '支出功能分类科目' });
  for (const r of draft.econRows) {
    if (r.subject)
      out.push({ ref: r.subject, scheme: 'deptEco', field: '部门预算支出经济分类科目', unit: r.unit?.text });
    if (r.gov)
      out.push({ ref: r.gov, scheme: 'govEco', field: '政府预算支出经济分类科目', unit: r.unit?.text });
  }
  return out.filter(numeric);
}

/** One project's code references: its 功能科目 and its 明细's 功能科目 and 经济科目. */
export function projectCodeRefs(p: Project): FieldRef[] {
  const out: FieldRef[] = [];
  if (p.func) out.push({ ref: p.func, scheme: 'func', length: 7, field: '项目的功能科目' });
  for (const d of p.details) {
    if (d.func) out.push({ ref: d.func, scheme: 'func', length: 7, field: '明细的功能科目' });
    if (d.econ) out.push({ ref: d.econ, scheme: 'deptEco', length: 5, field: '明细的经济科目' });
  }
  return out.filter(numeric);
}

/** The refs of the part a 'piece' rule was asked about (all of them for the whole draft). */
export function partCodeRefs(
  part: { kind: 'rest' } | { kind: 'project'; project: Project },
  draft: Draft,
): FieldRef[] {
  return part.kind === 'rest' ? restCodeRefs(draft) : projectCodeRefs(part.project);
}

const numeric = (r: FieldRef) => /^\d+$/.test(r.ref.code);

export const LEVEL_ZH = ['', '类', '款', '项'];
