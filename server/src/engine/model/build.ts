import type { Profile } from '../config';
import { LineIndex } from '../text/lineIndex';
import {
  get,
  getPair,
  isMap,
  isScalar,
  isSeq,
  keyText,
  type ParsedDocument,
  type YMap,
  type YNode,
} from '../yaml/ast';
import { exact } from '../util/arrays';
import { readFacts, readProse } from './facts';
import { buildIndicatorTree, readReviews } from './indicators';
import { follows2015 } from './placement';
import { readAmount, readCodeRef, readText, collectOversize } from './scalars';
import {
  FUNC_COLUMNS,
  type Amount,
  type BudgetUnit,
  type Detail,
  type Draft,
  type EconColumn,
  type FuncColumn,
  type Header,
  type Income,
  type ProcurementLine,
  type Project,
  type SangongYear,
  type TableRow,
} from './types';

interface ProjectMemo {
  index: number;
  profile: Profile;
  project: Project;
  reviews: Draft['allReviews'];
}

export function buildDraft(
  parsed: ParsedDocument,
  profile: Profile,
  lines = new LineIndex(parsed.text),
  memo?: WeakMap<object, unknown>,
): Draft {
  const root = isMap(parsed.root) ? parsed.root : undefined;
  const allReviews: Draft['allReviews'] = [];
  const draft: Draft = {
    text: parsed.text,
    lines,
    parsed,
    root,
    header: readHeader(root),
    funcRows: [],
    econRows: [],
    projects: [],
    prose: [],
    reviews: [],
    allReviews,
    oversize: [],
  };
  if (!root) return draft;
  draft.oversize = collectOversize(() => {
    readFacts(root, draft);
    draft.income = readIncome(get(root, '收入'));
    draft.funcNode = get(root, '支出功能分类');
    draft.funcRows = readRows<FuncColumn>(draft.funcNode, '支出功能分类', FUNC_COLUMNS);
    draft.econNode = get(root, '基本支出经济分类');
    draft.econRows = readRows<EconColumn>(draft.econNode, '基本支出经济分类', [
      '人员经费',
      '公用经费',
      '合计',
    ]);
    draft.sangong = readSangong(get(root, '三公经费'));
  }).oversize;
  draft.reviews = readReviews(get(root, '审核意见'), '审核意见');
  allReviews.push(...draft.reviews);
  draft.projectsNode = get(root, '项目');
  if (isSeq(draft.projectsNode)) {
    draft.projectsNode.items.forEach((item, i) => {
      if (!isMap(item)) return;
      // An unchanged project keeps its syntax nodes between parses, and so its model.
      const hit = memo?.get(item) as ProjectMemo | undefined;
      if (hit && hit.index === i && hit.profile === profile) {
        draft.projects.push(hit.project);
        allReviews.push(...hit.reviews);
        return;
      }
      const reviews: Draft['allReviews'] = [];
      const { value: project, oversize } = collectOversize(() => readProject(item, i, profile, reviews));
      project.oversize = oversize;
      memo?.set(item, { index: i, profile, project, reviews } satisfies ProjectMemo);
      draft.projects.push(project);
      allReviews.push(...reviews);
    });
  }
  draft.follows2015 = follows2015(draft.projects.flatMap((p) => (p.indicators ? [p.indicators] : [])));
  const overall = get(root, '整体绩效目标');
  if (isMap(overall)) {
    const reviews = readReviews(get(overall, '审核意见'), '整体绩效目标.审核意见');
    allReviews.push(...reviews);
    const ind = get(overall, '指标');
    draft.overall = {
      node: overall,
      path: '整体绩效目标',
      reviews,
      indicators: isMap(ind)
        ? buildIndicatorTree(ind, '整体绩效目标.指标', profile, true, allReviews)
        : undefined,
    };
  }
  return draft;
}

function readHeader(root: YMap | undefined): Header {
  const unitField = readText(get(root, '金额单位'), '金额单位');
  const header: Header = {
    format: readText(get(root, '格式'), '格式'),
    department: readText(get(root, '部门'), '部门'),
    deptCode: readText(get(root, '部门编码'), '部门编码'),
    moneyUnit: unitField?.text === '元' ? '元' : '万元',
    moneyUnitField: unitField,
    units: [],
  };
  const year = get(root, '预算年度');
  if (isScalar(year) && /^\d{4}$/.test(year.source.trim().replace(/^["']|["']$/g, ''))) {
    header.year = {
      value: Number(year.source.trim().replace(/^["']|["']$/g, '')),
      node: year,
      path: '预算年度',
    };
  }
  const units = get(root, '预算单位');
  if (isSeq(units)) {
    units.items.forEach((u, i) => {
      const path = `预算单位[${i}]`;
      const unit: BudgetUnit = { node: u, path };
      if (isMap(u)) {
        unit.code = readText(get(u, '编码'), `${path}.编码`);
        unit.name = readText(get(u, '名称'), `${path}.名称`);
        unit.nature = readText(get(u, '性质'), `${path}.性质`);
      }
      header.units.push(unit);
    });
  }
  return header;
}

function readIncome(node: YNode | undefined): Income | undefined {
  if (!isMap(node)) return undefined;
  const income: Income = { node, path: '收入', entries: [] };
  for (const p of node.pairs) {
    const key = keyText(p);
    const amount = readAmount(p.value, `收入.${key}`);
    if (key === '合计') income.total = amount;
    else income.entries.push({ key, keyNode: p.key, amount });
  }
  return income;
}

function readRows<C extends string>(
  node: YNode | undefined,
  base: string,
  columns: readonly C[],
): TableRow<C>[] {
  if (!isSeq(node)) return [];
  const rows: TableRow<C>[] = [];
  node.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const path = `${base}[${i}]`;
    const cols: Partial<Record<C, Amount>> = {};
    for (const c of columns) {
      const a = readAmount(get(item, c), `${path}.${c}`);
      if (a) cols[c] = a;
    }
    rows.push({
      index: i,
      node: item,
      path,
      subject: readCodeRef(get(item, '科目'), `${path}.科目`),
      gov: readCodeRef(get(item, '政府科目'), `${path}.政府科目`),
      unit: readText(get(item, '预算单位'), `${path}.预算单位`),
      cols,
    });
  });
  return rows;
}

function readSangong(node: YNode | undefined): Draft['sangong'] {
  if (!isMap(node)) return undefined;
  const year = (key: string): SangongYear | undefined => {
    const m = get(node, key);
    if (!isMap(m)) return undefined;
    const cols: Record<string, Amount> = {};
    for (const p of m.pairs) {
      const a = readAmount(p.value, `三公经费.${key}.${keyText(p)}`);
      if (a) cols[keyText(p)] = a;
    }
    return { node: m, path: `三公经费.${key}`, cols };
  };
  return { node, path: '三公经费', current: year('本年'), previous: year('上年') };
}

function readProject(node: YMap, index: number, profile: Profile, allReviews: Draft['allReviews']): Project {
  const path = `项目[${index}]`;
  const f = (key: string) => get(node, key);
  const p: Project = {
    index,
    node,
    path,
    name: readText(f('名称'), `${path}.名称`),
    code: readText(f('编码'), `${path}.编码`),
    unit: readText(f('预算单位'), `${path}.预算单位`),
    category: readText(f('类别'), `${path}.类别`),
    func: readCodeRef(f('功能科目'), `${path}.功能科目`),
    amount: readAmount(f('金额'), `${path}.金额`),
    totalBudget: readAmount(f('总预算'), `${path}.总预算`),
    lastYear: readAmount(f('上年预算'), `${path}.上年预算`),
    oversize: [],
    funding: [],
    details: [],
    procurement: [],
    reviews: readReviews(f('审核意见'), `${path}.审核意见`),
    prose: [],
  };
  const prose = f('说明');
  if (isMap(prose)) {
    p.proseNode = prose;
    p.prose = readProse(prose, `${path}.说明`, index);
  }
  allReviews.push(...p.reviews);
  const funding = f('资金来源');
  if (isMap(funding)) {
    p.fundingNode = funding;
    for (const pair of funding.pairs) {
      const key = keyText(pair);
      p.funding.push({ key, keyNode: pair.key, amount: readAmount(pair.value, `${path}.资金来源.${key}`) });
    }
  }
  p.detailsNode = f('明细');
  if (isSeq(p.detailsNode)) {
    p.detailsNode.items.forEach((item, i) => {
      if (isMap(item)) p.details.push(readDetail(item, `${path}.明细[${i}]`, i));
    });
  }
  const proc = f('采购');
  if (isSeq(proc)) {
    proc.items.forEach((item, i) => {
      if (isMap(item)) p.procurement.push(readProcurement(item, `${path}.采购[${i}]`, i));
    });
  }
  // Kept while the project is unchanged (see buildDraft's memo): without a growing list's spare room.
  p.funding = exact(p.funding);
  p.details = exact(p.details);
  p.procurement = exact(p.procurement);
  const goals = f('绩效目标');
  if (isMap(goals)) {
    p.goalsNode = goals;
    p.goal = readText(get(goals, '总体目标'), `${path}.绩效目标.总体目标`);
    const ind = get(goals, '指标');
    if (isMap(ind)) {
      p.indicators = buildIndicatorTree(ind, `${path}.绩效目标.指标`, profile, false, allReviews);
      p.indicators.keyNode = getPair(goals, '指标')?.key;
    }
    const lt = get(goals, '长期目标');
    if (isMap(lt)) {
      const ltInd = get(lt, '指标');
      p.longTerm = {
        node: lt,
        path: `${path}.绩效目标.长期目标`,
        text: readText(get(lt, '说明'), `${path}.绩效目标.长期目标.说明`),
        indicators: isMap(ltInd)
          ? buildIndicatorTree(ltInd, `${path}.绩效目标.长期目标.指标`, profile, false, allReviews)
          : undefined,
      };
    }
  }
  return p;
}

function readDetail(node: YMap, path: string, index: number): Detail {
  return {
    index,
    node,
    path,
    activity: readText(get(node, '活动'), `${path}.活动`),
    content: readText(get(node, '内容'), `${path}.内容`),
    econ: readCodeRef(get(node, '经济科目'), `${path}.经济科目`),
    func: readCodeRef(get(node, '功能科目'), `${path}.功能科目`),
    amount: readAmount(get(node, '金额'), `${path}.金额`),
    formula: readText(get(node, '测算依据'), `${path}.测算依据`),
  };
}

function readProcurement(node: YMap, path: string, index: number): ProcurementLine {
  const item = get(node, '品目');
  return {
    index,
    node,
    path,
    item: readCodeRef(item, `${path}.品目`),
    itemText: readText(item, `${path}.品目`),
    quantity: readAmount(get(node, '数量'), `${path}.数量`),
    unitName: readText(get(node, '计量单位'), `${path}.计量单位`),
    price: readAmount(get(node, '单价'), `${path}.单价`),
    amount: readAmount(get(node, '金额'), `${path}.金额`),
  };
}
