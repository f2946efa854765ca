import { get, isMap, isScalar, keyText, type YMap, type YNode } from '../yaml/ast';
import { proseText } from './proseText';
import { readAmount, readText } from './scalars';
import type { AssetFacts, Draft, ProcurementFacts, ProseSection, YearPair } from './types';

/** The file-level facts and prose FORMAT.md added beside the tables: 类型, 机关运行经费, 政府采购, 国有资产, 说明. */
export function readFacts(root: YMap, draft: Draft): void {
  draft.kind = readText(get(root, '类型'), '类型');
  draft.runningCost = readYearPair(get(root, '机关运行经费'), '机关运行经费');
  draft.procurementFacts = readProcurementFacts(get(root, '政府采购'));
  draft.assets = readAssets(get(root, '国有资产'));
  const prose = get(root, '说明');
  if (isMap(prose)) {
    draft.proseNode = prose;
    draft.prose = readProse(prose, '说明');
  }
}

function readYearPair(node: YNode | undefined, path: string): YearPair | undefined {
  if (!isMap(node)) return undefined;
  return {
    node,
    path,
    current: readAmount(get(node, '本年'), `${path}.本年`),
    previous: readAmount(get(node, '上年'), `${path}.上年`),
  };
}

function readProcurementFacts(node: YNode | undefined): ProcurementFacts | undefined {
  if (!isMap(node)) return undefined;
  const a = (k: string) => readAmount(get(node, k), `政府采购.${k}`);
  return {
    node,
    path: '政府采购',
    total: a('合计'),
    goods: a('货物'),
    works: a('工程'),
    services: a('服务'),
    sme: a('中小企业预留'),
    small: a('其中小微企业'),
  };
}

function readAssets(node: YNode | undefined): AssetFacts | undefined {
  if (!isMap(node)) return undefined;
  const facts: AssetFacts = {
    node,
    path: '国有资产',
    bigEquipment: readAmount(get(node, '单价100万元以上设备'), '国有资产.单价100万元以上设备'),
  };
  const v = get(node, '车辆');
  if (isMap(v)) {
    const vehicles: NonNullable<AssetFacts['vehicles']> = { node: v, path: '国有资产.车辆', kinds: [] };
    for (const p of v.pairs) {
      const key = keyText(p);
      const count = readAmount(p.value, `国有资产.车辆.${key}`);
      if (key === '合计') vehicles.total = count;
      else vehicles.kinds.push({ key, keyNode: p.key, count });
    }
    facts.vehicles = vehicles;
  }
  return facts;
}

/** A 说明 mapping: each heading with its text (numbers, as in `年度预算安排: 795`, read as written). */
export function readProse(node: YMap, base: string, projectIndex?: number): ProseSection[] {
  const out: ProseSection[] = [];
  for (const p of node.pairs) {
    const heading = keyText(p);
    const v = p.value;
    if (!isScalar(v) || v.value === null) continue;
    const text = typeof v.value === 'string' ? v.value : v.source;
    const path = `${base}.${heading}`;
    out.push({ ...proseText(v, text, path), heading, headingNode: p.key, projectIndex });
  }
  return out;
}
