import { escapeMarkdown } from '../util/markdown';
import Decimal from 'decimal.js';
import type { Amount, Draft } from '../model/types';
import { FuncTree } from './funcTree';

/** One published table, as data: amounts are strings with two decimals (as printed), '' when empty. */
export interface PublishedTable {
  name: string;
  columns: string[];
  rows: string[][];
}

const FISCAL = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '上年结转'];
const ZERO = new Decimal(0);

function m(d: Decimal | undefined): string {
  return d === undefined || d.isZero() ? '' : d.toFixed(2);
}

function sum(xs: (Amount | Decimal | undefined)[]): Decimal {
  return xs.reduce<Decimal>((s, x) => (x ? s.plus(x instanceof Decimal ? x : x.value) : s), ZERO);
}

function funcRows(draft: Draft) {
  const tree = new FuncTree(draft.funcRows);
  const codes = [...tree.codes].sort();
  const name = (code: string) => tree.byCode.get(code)?.find((r) => r.subject?.name)?.subject?.name ?? '';
  const v = (code: string, c: '人员经费' | '公用经费' | '基本支出' | '项目支出' | '合计') =>
    tree.value(code, c)?.value;
  return { tree, codes, name, v };
}

/**
 * The tables a department publishes, computed from the draft ("every fact once": the draft holds
 * each fact, the tables are views). Used by `jixiao tables` and the preview.
 */
export function deriveTables(draft: Draft): PublishedTable[] {
  const { tree, codes, name, v } = funcRows(draft);
  const total = (c: '人员经费' | '公用经费' | '基本支出' | '项目支出' | '合计') => tree.total(c)?.value;
  const income = draft.income?.entries ?? [];
  const incomeTotal = draft.income?.total?.value ?? sum(income.map((e) => e.amount));
  const tables: PublishedTable[] = [];

  tables.push({
    name: '收支总表',
    columns: ['收入项目', '预算数', '支出项目', '预算数'],
    rows: (() => {
      const left = income.map((e) => [e.key, m(e.amount?.value)]);
      const right = tree.roots().map((c) => [`${c} ${name(c)}`, m(v(c, '合计'))]);
      const n = Math.max(left.length, right.length);
      const rows = Array.from({ length: n }, (_, i) => [...(left[i] ?? ['', '']), ...(right[i] ?? ['', ''])]);
      rows.push(['本年收入合计', m(incomeTotal), '本年支出合计', m(total('合计'))]);
      return rows;
    })(),
  });
  tables.push({
    name: '收入总表',
    columns: ['收入来源', '金额'],
    rows: [...income.map((e) => [e.key, m(e.amount?.value)]), ['合计', m(incomeTotal)]],
  });
  tables.push({
    name: '支出总表',
    columns: ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    rows: [
      ['', '合计', m(total('合计')), m(total('基本支出')), m(total('项目支出'))],
      ...codes.map((c) => [c, name(c), m(v(c, '合计')), m(v(c, '基本支出')), m(v(c, '项目支出'))]),
    ],
  });
  const fiscalIncome = sum(income.filter((e) => FISCAL.includes(e.key)).map((e) => e.amount));
  tables.push({
    name: '财政拨款收支总表',
    columns: ['收入项目', '预算数', '支出功能分类', '预算数'],
    rows: [
      ...income.filter((e) => FISCAL.includes(e.key)).map((e) => [e.key, m(e.amount?.value), '', '']),
      ...tree.roots().map((c) => ['', '', `${c} ${name(c)}`, m(v(c, '合计'))]),
      ['收入合计', m(fiscalIncome), '支出合计', m(total('合计'))],
    ],
  });
  tables.push({
    name: '一般公共预算支出表',
    columns: ['科目编码', '科目名称', '合计', '基本支出小计', '人员经费', '公用经费', '项目支出'],
    rows: [
      [
        '',
        '合计',
        m(total('合计')),
        m(total('基本支出')),
        m(total('人员经费')),
        m(total('公用经费')),
        m(total('项目支出')),
      ],
      ...codes.map((c) => [
        c,
        name(c),
        m(v(c, '合计')),
        m(v(c, '基本支出')),
        m(v(c, '人员经费')),
        m(v(c, '公用经费')),
        m(v(c, '项目支出')),
      ]),
    ],
  });
  const econ = draft.econRows;
  tables.push({
    name: '基本支出表',
    columns: ['部门经济科目', '政府经济科目', '合计', '人员经费', '公用经费'],
    rows: econ.map((r) => {
      const p = r.cols['人员经费']?.value;
      const g = r.cols['公用经费']?.value;
      const t = r.cols['合计']?.value ?? sum([p, g]);
      return [
        r.subject ? `${r.subject.code} ${r.subject.name ?? ''}`.trim() : '',
        r.gov ? `${r.gov.code} ${r.gov.name ?? ''}`.trim() : '',
        m(t),
        m(p),
        m(g),
      ];
    }),
  });
  const sangongKeys = ['因公出国境费', '公务用车购置费', '公务用车运行维护费', '公务接待费', '合计'];
  tables.push({
    name: '三公经费表',
    columns: ['年度', ...sangongKeys],
    rows: (
      [
        ['上年', draft.sangong?.previous],
        ['本年', draft.sangong?.current],
      ] as const
    )
      .filter(([, y]) => y)
      .map(([label, y]) => [
        label,
        ...sangongKeys.map((k) =>
          k === '合计' && !y!.cols['合计']
            ? m(
                sum(
                  Object.entries(y!.cols)
                    .filter(([kk]) => kk !== '公务用车购置及运行维护费')
                    .map(([, a]) => a),
                ),
              )
            : m(y!.cols[k]?.value),
        ),
      ]),
  });
  tables.push({
    name: '项目支出表',
    columns: ['项目名称', '项目类别', '合计', '财政拨款', '其他资金'],
    rows: draft.projects.map((p) => {
      const amount = p.amount?.value ?? ZERO;
      const fiscal = p.funding.length
        ? sum(p.funding.filter((f) => FISCAL.includes(f.key)).map((f) => f.amount))
        : amount;
      return [p.name?.text ?? '', p.category?.text ?? '', m(amount), m(fiscal), m(amount.minus(fiscal))];
    }),
  });
  tables.push({
    name: '政府采购预算表',
    columns: ['项目名称', '采购品目', '数量', '计量单位', '单价', '金额'],
    rows: draft.projects.flatMap((p) =>
      p.procurement.map((l) => [
        p.name?.text ?? '',
        l.itemText?.text ?? '',
        l.quantity?.text ?? '',
        l.unitName?.text ?? '',
        m(l.price?.value),
        m(l.amount?.value),
      ]),
    ),
  });
  return tables;
}

export function tablesToMarkdown(tables: PublishedTable[], unit: string): string {
  const esc = escapeMarkdown;
  return tables
    .map(
      (t) =>
        `## ${t.name}\n\n单位：${unit}\n\n| ${t.columns.map(esc).join(' | ')} |\n| ${t.columns.map(() => '---').join(' | ')} |\n` +
        t.rows.map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n') +
        '\n',
    )
    .join('\n');
}
