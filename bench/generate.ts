/**
 * Realistic drafts of N projects, deterministic from a seed: varied names, indicator trees of
 * 8–20 indicators, 明细, 采购, and department tables consistent with the projects.
 */
const NAMES = [
  '医疗救助',
  '医保窗口服务',
  '信息系统运维',
  '长期护理保险',
  '居民医保资助',
  '医保基金监管',
  '政策宣传',
  '定点机构核查',
  '离退休干部医疗保障',
  '经办服务体系建设',
];
const FUNCS = [
  ['2101301', '城乡医疗救助'],
  ['2101502', '一般行政管理事务'],
  ['2101599', '其他医疗保障管理事务支出'],
  ['2101199', '其他行政事业单位医疗支出'],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateDraft(n: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const projects: string[] = [];
  const byFunc = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const lines = 1 + Math.floor(r() * 4);
    const details: { amount: number; months: number; monthly: number }[] = [];
    for (let k = 0; k < lines; k++) {
      const months = 1 + Math.floor(r() * 12);
      const monthly = (1 + Math.floor(r() * 50)) * 1000;
      details.push({ amount: (months * monthly) / 10000, months, monthly });
    }
    const cents = details.reduce((s, d) => s + Math.round(d.amount * 100), 0);
    const amount = (cents / 100).toFixed(2);
    const [fc, fn] = pick(FUNCS);
    byFunc.set(fc, (byFunc.get(fc) ?? 0) + cents);
    const count = 8 + Math.floor(r() * 13);
    const ind: string[] = [];
    const out: string[] = [];
    const eff: string[] = [];
    for (let k = 0; k < count - 3; k++) {
      if (k % 3 === 0) out.push(`            服务人次${k}: ≥${100 + Math.floor(r() * 9000)}人次`);
      else if (k % 3 === 1) out.push(`            办结率${k}: ≥${90 + Math.floor(r() * 10)}%`);
      else eff.push(`            群众负担${k}: 有所减轻`);
    }
    ind.push('        成本指标:', '          经济成本指标:', `            总成本: ≤${amount}万元`);
    ind.push('        产出指标:', '          数量指标:', ...out);
    ind.push(
      '        效益指标:',
      '          社会效益指标:',
      ...(eff.length ? eff : ['            群众负担: 有所减轻']),
    );
    ind.push(
      '        满意度指标:',
      '          服务对象满意度指标:',
      `            服务对象满意度: ≥${90 + Math.floor(r() * 9)}%`,
    );
    projects.push(
      [
        `  - 名称: ${pick(NAMES)}项目${i + 1}`,
        `    编码: 37010226T${String(i + 1).padStart(9, '0')}`,
        `    类别: ${pick(['其他运转类', '特定目标类'])}`,
        `    功能科目: ${fc} ${fn}`,
        `    金额: ${amount}`,
        '    明细:',
        ...details.map(
          (d, k) =>
            `      - { 内容: 支出内容${k + 1}, 经济科目: 30299 其他商品和服务支出, 金额: ${d.amount.toFixed(2)}, 测算依据: "${d.monthly}*${d.months}" }`,
        ),
        '    采购:',
        `      - { 品目: A05040101 复印纸, 数量: 1, 计量单位: 批, 单价: 0.01, 金额: 0.01 }`,
        '    绩效目标:',
        `      总体目标: 保障${pick(NAMES)}工作顺利开展，提升服务质量`,
        '      指标:',
        ...ind,
      ].join('\n'),
    );
  }
  const rows = [...byFunc.entries()]
    .sort()
    .map(
      ([c, cents]) =>
        `  - { 科目: ${c} ${FUNCS.find((f) => f[0] === c)![1]}, 项目支出: ${(cents / 100).toFixed(2)} }`,
    );
  const total = [...byFunc.values()].reduce((a, b) => a + b, 0);
  return [
    '格式: 部门预算/1',
    '部门: 基准测试局',
    '预算年度: 2026',
    '金额单位: 万元',
    '收入:',
    `  一般公共预算: ${(total / 100).toFixed(2)}`,
    '支出功能分类:',
    ...rows,
    '项目:',
    ...projects,
    '',
  ].join('\n');
}

// Only when run as a script (`node --import tsx bench/generate.ts N`), not when bundled into another.
if (require.main === module && /generate\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const n = Number(process.argv[2] ?? 100);
  process.stdout.write(generateDraft(n, Number(process.argv[3] ?? 1)));
}
