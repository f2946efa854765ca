import yaml from 'js-yaml';

type Obj = Record<string, unknown>;

const codeOf = (v: unknown) => String(v ?? '').split(/[\s-]/)[0];
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Flattens a value to path → scalar text, for a value-by-value comparison. */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Obj)) flatten(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, str(value));
}

/**
 * The facts of a draft keyed so that two drafts of one budget line up: rows by their codes (and
 * their occurrence, for the economic table), projects by name and occurrence, indicators by path.
 */
export function facts(text: string): Map<string, string> {
  const d = (yaml.load(text) ?? {}) as Obj;
  const out = new Map<string, string>();
  for (const key of ['部门', '预算年度', '金额单位']) if (d[key] !== undefined) out.set(key, str(d[key]));
  flatten(d['收入'], '收入', out);
  for (const row of (d['支出功能分类'] as Obj[] | undefined) ?? []) {
    const code = codeOf(row['科目']);
    for (const [k, v] of Object.entries(row)) if (k !== '科目') out.set(`支出功能分类[${code}].${k}`, str(v));
  }
  const seen = new Map<string, number>();
  for (const row of (d['基本支出经济分类'] as Obj[] | undefined) ?? []) {
    const pair = `${codeOf(row['科目'])}/${codeOf(row['政府科目'])}`;
    const n = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, n);
    for (const [k, v] of Object.entries(row))
      if (k !== '科目' && k !== '政府科目' && k !== '预算单位')
        out.set(`基本支出经济分类[${pair}#${n}].${k}`, str(v));
  }
  flatten(d['三公经费'], '三公经费', out);
  const names = new Map<string, number>();
  for (const p of (d['项目'] as Obj[] | undefined) ?? []) {
    const name = str(p['名称']);
    const n = (names.get(name) ?? 0) + 1;
    names.set(name, n);
    const base = `项目[${name}#${n}]`;
    for (const k of ['金额', '类别', '预算单位']) if (p[k] !== undefined) out.set(`${base}.${k}`, str(p[k]));
    flatten(p['资金来源'], `${base}.资金来源`, out);
    const goals = p['绩效目标'] as Obj | undefined;
    if (goals) {
      out.set(`${base}.总体目标`, str(goals['总体目标']).replace(/\s+/g, ''));
      flatten(goals['指标'], `${base}.指标`, out);
    }
  }
  return out;
}

/** Every difference between two drafts' facts, as `path: 导入 X ≠ 手录 Y` lines, sorted. */
export function differences(imported: string, transcribed: string): string[] {
  const a = facts(imported);
  const b = facts(transcribed);
  const diffs: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (x === y) continue;
    if (
      x !== undefined &&
      y !== undefined &&
      Number(x) === Number(y) &&
      x.trim() !== '' &&
      !Number.isNaN(Number(x))
    )
      continue;
    diffs.push(`${k}: 导入 ${x ?? '（无）'} ≠ 手录 ${y ?? '（无）'}`);
  }
  return diffs.sort();
}
