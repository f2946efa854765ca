import type { Location } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/engine';
import type { BudgetUnit, TextField } from '../../engine/model/types';
import type { YNode } from '../../engine/yaml/ast';

/**
 * Go to definition from a 预算单位 reference (a project's, or a row's of 基本支出经济分类 or
 * 支出功能分类) to the unit's entry in the top-level 预算单位 list, matched by 名称 (or by 编码,
 * which a draft may write instead). Null off a reference or when no unit of that name is declared
 * (project-unit-unknown reports that).
 */
export function unitDefinition(uri: string, result: CheckResult, offset: number): Location | null {
  const ref = unitRefs(result).find((f) => within(f.node, offset));
  if (!ref) return null;
  const unit = declared(result, ref.text);
  if (!unit) return null;
  const target = unit.name?.node ?? unit.node;
  return { uri, range: result.draft.lines.range(target.start, target.end) };
}

/**
 * References of a unit, from its declaration's 名称 (or from any reference to it): every place
 * that names it, with the declaration when `includeDeclaration`.
 */
export function unitReferences(
  uri: string,
  result: CheckResult,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const refs = unitRefs(result);
  const units = result.draft.header.units;
  const unit =
    units.find((u) => within(u.name?.node, offset) || within(u.code?.node, offset)) ??
    declared(result, refs.find((f) => within(f.node, offset))?.text);
  if (!unit) return [];
  const names = [unit.name?.text.trim(), unit.code?.text.trim()].filter((s): s is string => !!s);
  const lines = result.draft.lines;
  const at = (n: YNode): Location => ({ uri, range: lines.range(n.start, n.end) });
  const out = refs.filter((f) => names.includes(f.text.trim())).map((f) => at(f.node));
  if (includeDeclaration) out.unshift(at(unit.name?.node ?? unit.node));
  return out;
}

function unitRefs(result: CheckResult): TextField[] {
  const { draft } = result;
  return [
    ...draft.projects.map((p) => p.unit),
    ...draft.econRows.map((r) => r.unit),
    ...draft.funcRows.map((r) => r.unit),
  ].filter((f): f is TextField => !!f && !!f.text.trim());
}

function declared(result: CheckResult, text: string | undefined): BudgetUnit | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  const units = result.draft.header.units;
  return units.find((u) => u.name?.text.trim() === t) ?? units.find((u) => u.code?.text.trim() === t);
}

function within(n: YNode | undefined, offset: number): boolean {
  return !!n && n.start <= offset && offset <= n.end;
}
