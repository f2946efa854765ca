/**
 * What a figure in budget prose is about. Keys name what the draft can hold (FORMAT.md): the
 * totals, 三公经费 and its parts, 机关运行经费, 政府采购 and its parts, 国有资产; other recognised
 * subjects (委托业务费) still let changes and 其中 lists be checked against each other.
 */
export type SubjectKey =
  | 'income'
  | 'expense'
  | 'incomeExpense'
  | 'fiscal'
  | 'general'
  | 'fund'
  | 'stateCapital'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'public'
  | 'sangong'
  | 'sangong.因公出国境费'
  | 'sangong.公务用车购置及运行维护费'
  | 'sangong.公务用车购置费'
  | 'sangong.公务用车运行维护费'
  | 'sangong.公务接待费'
  | 'running'
  | 'entrusted'
  | 'procurement'
  | 'procurement.货物'
  | 'procurement.工程'
  | 'procurement.服务'
  | 'procurement.中小企业预留'
  | 'procurement.其中小微企业'
  | 'vehicles'
  | 'vehicles.buy'
  | 'equipment'
  | 'projects';

/** Chinese labels for messages. */
export const SUBJECT_LABEL: Record<SubjectKey, string> = {
  income: '收入预算',
  expense: '支出预算',
  incomeExpense: '收支预算',
  fiscal: '财政拨款',
  general: '一般公共预算',
  fund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  sangong: '“三公”经费',
  'sangong.因公出国境费': '因公出国（境）费',
  'sangong.公务用车购置及运行维护费': '公务用车购置及运行费',
  'sangong.公务用车购置费': '公务用车购置费',
  'sangong.公务用车运行维护费': '公务用车运行维护费',
  'sangong.公务接待费': '公务接待费',
  running: '机关运行经费',
  entrusted: '委托业务费',
  procurement: '政府采购预算',
  'procurement.货物': '政府采购货物预算',
  'procurement.工程': '政府采购工程预算',
  'procurement.服务': '政府采购服务预算',
  'procurement.中小企业预留': '面向中小企业预留',
  'procurement.其中小微企业': '预留给小微企业',
  vehicles: '车辆',
  'vehicles.buy': '购置车辆',
  equipment: '单价100万元以上设备',
  projects: '项目',
};

/**
 * The words that name a subject, longest first where one contains another. Where several match
 * before a figure, the one ending nearest the figure wins, and among those the longest
 * (`一般公共预算收入` over `收入`).
 */
const WORDS: [RegExp, SubjectKey][] = [
  [/收支预算|收支总预算/g, 'incomeExpense'],
  [/收入预算|收入总预算|本年收入|收入总计|收入合计/g, 'income'],
  [/支出预算|支出总预算|本年支出|支出总计|支出合计/g, 'expense'],
  [/财政拨款收入|财政拨款支出预算|财政拨款支出|财政拨款/g, 'fiscal'],
  [
    /一般公共预算收入|一般公共预算拨款收入|一般公共预算拨款支出预算|一般公共预算拨款支出|一般公共预算拨款|一般公共预算/g,
    'general',
  ],
  [/政府性基金预算收入|政府性基金拨款支出预算|政府性基金预算拨款|政府性基金预算|政府性基金/g, 'fund'],
  [/国有资本经营预算收入|国有资本经营预算拨款支出预算|国有资本经营预算/g, 'stateCapital'],
  [/基本支出/g, 'basic'],
  [/项目支出/g, 'project'],
  [/人员经费|人员支出/g, 'personnel'],
  [/公用经费|日常公用支出|公用支出/g, 'public'],
  [/[“"]?三公[”"]?经费/g, 'sangong'],
  [/因公出国[（(]境[)）]费|因公出国境费|出国[（(]境[)）]费/g, 'sangong.因公出国境费'],
  [/公务用车购置及运行维护费|公务用车购置及运行费|公务用车购置和运行费/g, 'sangong.公务用车购置及运行维护费'],
  [/公务用车购置费|车辆购置费/g, 'sangong.公务用车购置费'],
  [/公务用车运行维护费|公务用车运行费|公务用车运维费/g, 'sangong.公务用车运行维护费'],
  [/公务接待费/g, 'sangong.公务接待费'],
  [/机关运行经费/g, 'running'],
  [/委托业务费/g, 'entrusted'],
  [/政府采购预算|政府采购/g, 'procurement'],
  [/政府采购货物预算|货物预算|采购货物/g, 'procurement.货物'],
  [/政府采购工程预算|工程预算|采购工程/g, 'procurement.工程'],
  [/政府采购服务预算|服务预算|采购服务/g, 'procurement.服务'],
  [/面向中小企业预留(?:政府采购项目)?(?:预算)?(?:金额)?|中小企业预留/g, 'procurement.中小企业预留'],
  [/预留给小型和微型企业(?:的政府采购项目预算)?|小型和微型企业|小微企业/g, 'procurement.其中小微企业'],
  [/共有车辆|车辆/g, 'vehicles'],
  [/购置车辆/g, 'vehicles.buy'],
  [
    /单价100万元[（(]含[)）]以上设备(?:[（(]不含车辆[)）])?|单位价值100万元以上的设备|单价100万元以上(?:的)?设备|100万元以上(?:的)?(?:大型)?设备/g,
    'equipment',
  ],
  [/项目(?=\s*[0-9]+\s*个)|编报绩效目标的项目共?|涉及预算项目(?:支出)?|涉及一级预算项目/g, 'projects'],
];

/** Sources of funds: words that qualify a subject as often as they are one. */
export const FUNDING = new Set<SubjectKey>(['fiscal', 'general', 'fund', 'stateCapital']);

export interface SubjectHit {
  key: SubjectKey;
  start: number;
  end: number;
}

/** Every subject word in a stretch of text, by position. */
export function subjectHits(text: string): SubjectHit[] {
  const hits: SubjectHit[] = [];
  for (const [re, key] of WORDS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re))
      hits.push({ key, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return hits.sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start));
}

/** The subject named last before `at`, from `from` on: the one ending nearest, the longest of those. */
export function subjectBefore(hits: SubjectHit[], from: number, at: number): SubjectHit | undefined {
  let best: SubjectHit | undefined;
  for (const h of hits) {
    if (h.start < from || h.end > at) continue;
    if (!best || h.end > best.end || (h.end === best.end && h.end - h.start > best.end - best.start))
      best = h;
  }
  // A source of funds after a thing (`委托业务费财政拨款预算为411.1万元`) qualifies the thing, it does not replace it.
  if (best && FUNDING.has(best.key)) {
    const thing = hits.filter((h) => h.start >= from && h.end <= best!.start && !FUNDING.has(h.key)).pop();
    if (thing) return thing;
  }
  return best;
}

/** The parts that make up a subject, when the prose names all of them the sum must hold. */
export const PARTITIONS: Partial<Record<SubjectKey, SubjectKey[][]>> = {
  expense: [['basic', 'project']],
  basic: [['personnel', 'public']],
  sangong: [
    ['sangong.因公出国境费', 'sangong.公务用车购置及运行维护费', 'sangong.公务接待费'],
    ['sangong.因公出国境费', 'sangong.公务用车购置费', 'sangong.公务用车运行维护费', 'sangong.公务接待费'],
  ],
  'sangong.公务用车购置及运行维护费': [['sangong.公务用车购置费', 'sangong.公务用车运行维护费']],
  procurement: [['procurement.货物', 'procurement.工程', 'procurement.服务']],
  fiscal: [['general', 'fund', 'stateCapital']],
};
