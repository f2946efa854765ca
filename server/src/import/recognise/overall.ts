import { readAmount } from '../amounts';
import type { Indicator } from '../draft/model';
import type { Cell, Line } from '../types';
import type { Collector } from './collector';
import { KIND_NAMES } from './kinds';
import { measuredIndicators } from './performance-pdf';
import type { TableBlock } from './segment';

const norm = (t: string) => t.replace(/[\s\u3000]+/g, '');
const LABEL = /^(年度)?绩效指标$/;
const GOAL = /^(年度履职目标|年度总体目标|部门整体绩效目标|整体绩效目标|年度目标)$/;

/**
 * 整体(部门)支出绩效目标表: 年度履职目标, the 年度主要任务 (任务名称 | 主要内容 [| 金额]) and the
 * indicator rows (一级 → 二级, carried down, → 三级: 指标值), into `整体绩效目标`.
 */
export function mapOverallTable(block: TableBlock, c: Collector): void {
  const table = KIND_NAMES[block.kind];
  const overall = (c.draft.overall ??= { tasks: [], indicators: [], where: c.where(block.titleLine) });
  let header: Cell[] | undefined;
  let inTasks = false;
  let l1 = '';
  let l2 = '';
  const measured: Line[] = [];
  for (const line of block.rows) {
    const texts = line.cells.map((x) => x.text.trim()).filter(Boolean);
    if (!texts.length) continue;
    const numbers = texts.filter((t) => readAmount(t) !== undefined).length;
    if (!header) {
      const goalAt = texts.findIndex((t) => GOAL.test(norm(t)));
      if (goalAt >= 0) {
        overall.goal = texts.slice(goalAt + 1).join('') || overall.goal;
        inTasks = false;
      } else if (texts.some((t) => /^一级指标$/.test(norm(t)))) {
        header = line.cells.filter((x) => /^(一级指标|二级指标|三级指标|指标值)/.test(norm(x.text)));
      } else if (texts.some((t) => /年度主要任务/.test(norm(t)))) {
        inTasks = true;
        const rest = texts.filter(
          (t) => !/年度主要任务|^任务名称$|^主要内容$|^(对应)?预算(金额|资金)/.test(norm(t)),
        );
        if (rest.length >= 2) overall.tasks.push({ task: norm(rest[0]), content: rest.slice(1).join('') });
      } else if (inTasks && !/^任务名称$/.test(norm(texts[0]))) {
        const amount = texts.length > 2 ? readAmount(texts[texts.length - 1]) : undefined;
        const words = amount !== undefined ? texts.slice(0, -1) : texts;
        if (words.length >= 2)
          overall.tasks.push({ task: norm(words[0]), content: words.slice(1).join(''), amount });
      }
      c.printed += numbers;
      c.landed += numbers;
      continue;
    }
    if (!line.indexed) {
      measured.push(line);
      continue;
    }
    const cells = line.cells.filter((x) => norm(x.text) && !LABEL.test(norm(x.text)));
    const at = (name: RegExp) => header!.find((h) => name.test(norm(h.text)))?.x0 ?? -1;
    const [i1, i2, i3, iv] = [at(/^一级/), at(/^二级/), at(/^三级/), at(/^指标值/)];
    let name = '';
    let value = '';
    for (const x of cells) {
      const t = x.text.trim();
      if (x.x0 === i1) [l1, l2] = [norm(t), ''];
      else if (x.x0 === i2) l2 = norm(t);
      else if (x.x0 === i3) name = t;
      else if (x.x0 === iv) value = t;
    }
    if (name || value) overall.indicators.push({ level1: l1, level2: l2, name, value, where: c.where(line) });
    c.printed += numbers;
    c.landed += numbers;
  }
  if (measured.length && header)
    for (const ind of measuredIndicators(measured, header)) {
      const indicator: Indicator = {
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        value: ind.value,
        where: c.where(ind.line),
      };
      overall.indicators.push(indicator);
    }
  if (!overall.goal && !overall.indicators.length && !overall.tasks.length)
    c.issue('table-unknown', c.where(block.titleLine), `${table}：没有读出年度履职目标、主要任务或指标`);
}
