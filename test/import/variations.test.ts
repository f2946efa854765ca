import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { titleKind } from '../../server/src/import/recognise/kinds';
import { facts } from './compare';
import { sharedPath } from '../sharedDir';

/**
 * Budgets we have not seen print the same tables differently. Each test here takes a real seed
 * text, varies one thing the way another region, year or copying tool does (said beside it), and
 * requires the import to give the same values as the unvaried seed.
 */
const SEEDS = sharedPath('seeds');
const hasSeeds = existsSync(join(SEEDS, 'zhaoyuan-2024.txt'));
/** A test on a seed text, skipped where the seeds are not present. */
const variation = (title: string, fn: () => void) =>
  test(title, { skip: !hasSeeds && 'seeds not present' }, fn);
const seed = (name: string) => readFileSync(join(SEEDS, `${name}.txt`), 'utf8');

/** Table values (收入, 支出功能分类, 基本支出经济分类, 三公经费, 项目 with indicators), sorted. */
function values(text: string): string[] {
  const result = recognise(readText(text, 'v.txt'));
  return [...facts(result.draftText)]
    .filter(([k]) => !['部门', '预算年度', '金额单位'].includes(k))
    .map(([k, v]) => `${k}=${/^-?\d+(\.\d+)?$/.test(v) ? new Decimal(v).toString() : v}`)
    .sort();
}

/** The lines of the table a title starts (its title line included), up to the next table's title. */
function tableLines(lines: string[], title: string, occurrence = 1): [number, number] {
  let start = -1;
  for (let i = 0, n = 0; i < lines.length; i++)
    if (lines[i].replace(/^#+\s*/, '').trim() === title && ++n === occurrence) {
      start = i;
      break;
    }
  assert.ok(start >= 0, `title ${title} found`);
  let end = start + 1;
  while (end < lines.length && !(titleKind(lines[end]) && lines[end].trim() !== title)) end++;
  return [start, end];
}

/** Rewrites the rows (tab-separated lines) of a table. */
function mapRows(
  text: string,
  title: string,
  fn: (cells: string[], index: number) => string[] | string | undefined,
): string {
  const lines = text.split('\n');
  const [start, end] = tableLines(lines, title);
  let k = 0;
  for (let i = start + 1; i < end; i++) {
    if (!lines[i].includes('\t')) continue;
    const out = fn(lines[i].split('\t'), k++);
    if (out === undefined) lines[i] = '\u0000';
    else lines[i] = typeof out === 'string' ? out : out.join('\t');
  }
  return lines.filter((l) => l !== '\u0000').join('\n');
}

const isAmount = (t: string) => /^-?[\d,]+\.\d+$/.test(t.trim());

variation('titles as the national template, the Shanghai series and numbered copies print them', () => {
  const original = seed('zhaoyuan-2024');
  // 表N prefixes (national template as other provinces number it), 部门…预算总表 (Shanghai series),
  // and a bare 表1 on the line above a title (a Word copy that keeps the caption apart).
  const renames: [string, string][] = [
    ['收支总体情况表', '表1\n2024年部门财务收支预算总表'],
    ['收入总体情况表', '表2 2024年部门收入预算总表'],
    ['支出总体情况表', '表3：部门支出预算总表'],
    ['财政拨款收支总体情况表', '表4 财政拨款收支预算总表'],
    ['一般公共预算支出情况表', '表5 一般公共预算支出功能分类预算表'],
    ['一般公共预算基本支出情况表', '表6 一般公共预算基本支出部门预算经济分类预算表'],
    ['一般公共预算“三公”经费支出情况表', '表7 一般公共预算“三公”经费支出预算表（单位：万元）'],
    ['基本支出预算情况表', '表10 部门基本支出预算表'],
    ['项目支出预算情况表', '表11 项目支出预算明细表'],
  ];
  const lines = original.split('\n');
  // Only the table titles (the 目录 lists them with their numbers, as before).
  const varied = lines
    .map((l, i) => {
      const hit = renames.find(([from]) => l === from && i > 60);
      return hit ? hit[1] : l;
    })
    .join('\n');
  assert.notEqual(varied, original);
  assert.deepEqual(values(varied), values(original));
});

variation('功能分类 codes in one column (2080501, 208 05 01, 20805 01) with names indented by level', () => {
  const original = seed('zhaoyuan-2024');
  // Many provinces print 科目编码 as one column of full codes and indent the 科目名称 by level
  // (spaces or full-width spaces); PDF copies space the parts (208 05 01) or print 款 and 项 apart.
  const styles: [(cls: string, kuan: string, xiang: string) => string, string][] = [
    [(a, b, c) => a + b + c, '  '],
    [(a, b, c) => [a, b, c].filter(Boolean).join(' '), '\u3000\u3000'],
    [(a, b, c) => (c ? `${a}${b} ${c}` : a + b), ' '],
  ];
  for (const [code, indent] of styles) {
    let text = original;
    for (const title of ['支出总体情况表', '一般公共预算支出情况表']) {
      let cls = '';
      let kuan = '';
      text = mapRows(text, title, (cells, k) => {
        if (k === 0) return ['科目编码', ...cells.slice(3)]; // 科目编码 | 科目名称 | 合计 …
        // The second header line loses its 类/款/项; what it prints under the amounts stays.
        if (k === 1 && cells.slice(0, 3).join('') === '类款项')
          return cells.slice(3).some((c) => c.trim()) ? ['', ...cells.slice(3)] : undefined;
        const [a, b, c, name, ...rest] = cells;
        if (a) [cls, kuan] = [a, ''];
        if (b) kuan = b;
        const level = c ? 2 : b ? 1 : 0;
        const full = a ? code(a, '', '') : b ? code(cls, b, '') : c ? code(cls, kuan, c) : '';
        return [full, indent.repeat(level) + name, ...rest];
      });
    }
    assert.match(text, /\n2080501\t|\n208 05 01\t|\n20805 01\t/);
    assert.deepEqual(values(text), values(original), `codes printed as ${code('208', '05', '01')}`);
  }
});

variation('header words and labels of other templates: 功能分类科目编码, 科目代码, 总计, 合 计', () => {
  const original = seed('zhaoyuan-2024');
  let text = mapRows(original, '支出总体情况表', (cells, k) =>
    k === 0 ? cells.map((c) => c.replace('科目编码', '功能分类科目编码').replace(/^合计$/, '总计')) : cells,
  );
  text = mapRows(text, '一般公共预算支出情况表', (cells, k) =>
    k === 0
      ? cells.map((c) => c.replace('科目编码', '科目代码'))
      : cells.map((c) => c.replace('合 计', '总计')),
  );
  assert.notEqual(text, original);
  assert.deepEqual(values(text), values(original));
});

variation('numbers as copies print them: no thousands separators, full-width digits, - for zero', () => {
  const original = seed('zhaoyuan-2024');
  const fullWidth = (t: string) =>
    t.replace(/[0-9.,]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  let text = mapRows(original, '支出总体情况表', (cells) =>
    cells.map((c) => (isAmount(c) ? c.replace(/,/g, '') : c)),
  );
  // A table typed in a Chinese input method's full-width mode.
  text = mapRows(text, '一般公共预算支出情况表', (cells) =>
    cells.map((c) => (isAmount(c) ? fullWidth(c) : c)),
  );
  // Empty amount cells printed as “-” (WPS templates print zero as a dash).
  text = mapRows(text, '基本支出预算情况表', (cells) =>
    cells.some(isAmount) ? cells.map((c, i) => (i > 3 && c.trim() === '' ? '-' : c)) : cells,
  );
  assert.match(text, /４，３４２．６５|4,342\.65/);
  assert.match(text, /\t-\t/);
  assert.deepEqual(values(text), values(original));
});

variation('a row a copy broke over two lines, and a cell Excel quoted because it holds a line break', () => {
  const original = seed('zhaoyuan-2024');
  // 机关事业单位基本养老保险缴费支出 wrapped in its cell: a PDF viewer's copy puts the rest of the
  // name and the amounts on the next line; Excel quotes the cell and keeps the break inside.
  let text = mapRows(original, '支出总体情况表', (cells) => {
    if (cells[3] !== '机关事业单位基本养老保险缴费支出') return cells;
    return (
      [...cells.slice(0, 3), '机关事业单位基本养老保险'].join('\t') +
      '\n' +
      ['缴费支出', ...cells.slice(4)].join('\t')
    );
  });
  text = mapRows(text, '一般公共预算支出情况表', (cells) => {
    if (cells[3] !== '机关事业单位基本养老保险缴费支出') return cells;
    return [...cells.slice(0, 3), '"机关事业单位基本养老保险\n缴费支出"', ...cells.slice(4)].join('\t');
  });
  assert.match(text, /基本养老保险\n缴费支出\t/);
  assert.match(text, /"机关事业单位基本养老保险\n缴费支出"\t/);
  assert.deepEqual(values(text), values(original));
});

variation('金额单位 in other places: 金额单位：万元, on the 部门 line, 单位:万元 without a space', () => {
  const original = seed('jinan-lixia-2026');
  let n = 0;
  const text = original
    .split('\n')
    .map((l) => {
      if (!/^单位[:：]\s*万元$/.test(l.trim())) return l;
      n++;
      return n % 3 === 0 ? '金额单位：万元' : n % 3 === 1 ? '单位:万元' : '\t\t\t\t\t金额单位：万元';
    })
    .join('\n');
  assert.ok(n > 5);
  assert.deepEqual(values(text), values(original));
});

variation('other years of the same series: 2023, 2025 and 2026 budgets', () => {
  const original = seed('zhaoyuan-2024');
  for (const year of ['2023', '2025', '2026']) {
    // Every year the text prints moves with the budget year (2023年 上年 columns become 2022年 …).
    const shift = Number(year) - 2024;
    const text = original.replace(/20[12]\d(?=\s*年)/g, (y) => String(Number(y) + shift));
    const draft = recognise(readText(text, 'v.txt')).draftText;
    assert.match(draft, new RegExp(`^预算年度: ${year}$`, 'm'));
    // 三公经费 reads which column is 上年 from the years its header prints.
    // Project names and targets print the year too (业务经费2024年9.37万): read back as printed.
    const back = (v: string) => v.replace(/20[12]\d(?=\s*年)/g, (y) => String(Number(y) - shift));
    assert.deepEqual(values(text).map(back), values(original), year);
  }
});

variation('tables in 元 with the 三公经费 table in 万元: the 三公 amounts converted exactly', () => {
  const original = seed('zhaoyuan-2024');
  // The Shanghai series prints its tables in 元 and the 三公经费 table in 万元 (published/*.pdf).
  const sangong = '一般公共预算“三公”经费支出情况表';
  const lines = original.split('\n');
  const [s0, s1] = tableLines(lines, sangong);
  // The 绩效目标表 keep their own units (≤10万元): only the budget tables before them change.
  const targets = lines.findIndex((l, i) => i > 60 && /绩效目标表/.test(l));
  const inYuan = lines
    .map((l, i) => {
      if (i > 60 && /^单位[:：]\s*万元$/.test(l.trim()) && !(i > s0 && i < s1)) return '单位：元';
      if (i > 60 && i < targets && l.includes('\t') && !(i > s0 && i < s1))
        return l
          .split('\t')
          .map((c) => (isAmount(c) ? new Decimal(c.replace(/,/g, '')).times(10000).toFixed(2) : c))
          .join('\t');
      return l;
    })
    .join('\n');
  const draft = recognise(readText(inYuan, 'v.txt')).draftText;
  assert.match(draft, /^金额单位: 元$/m);
  const a = new Map(facts(draft));
  const b = new Map(facts(recognise(readText(original, 'o.txt')).draftText));
  for (const [k, v] of b) {
    if (!/^(收入|支出功能分类|基本支出经济分类|三公经费)/.test(k)) continue;
    assert.equal(new Decimal(a.get(k) ?? 'NaN').toString(), new Decimal(v).times(10000).toString(), k);
  }
});

variation('a table continued on the next page, with and without its header repeated', () => {
  const original = seed('zhaoyuan-2024');
  const lines = original.split('\n');
  const [start, end] = tableLines(lines, '支出总体情况表');
  const rows = lines.slice(start, end);
  const headerAt = rows.findIndex((l) => l.startsWith('科目编码'));
  const cut = rows.findIndex((l) => l.includes('\t27\t'));
  const header = rows.slice(headerAt, headerAt + 2);
  for (const repeat of [true, false]) {
    const continued = [
      ...rows.slice(0, cut),
      '',
      '支出总体情况表（续）',
      '',
      ...(repeat ? header : []),
      ...rows.slice(cut),
    ];
    const text = [...lines.slice(0, start), ...continued, ...lines.slice(end)].join('\n');
    assert.deepEqual(values(text), values(original), repeat ? 'header repeated' : 'rows only');
  }
});

variation('a 收入总表 by 预算单位 (单位编码 | 单位名称), as many provinces print it', () => {
  const original = seed('zhaoyuan-2024');
  // The national template's 部门收入总表 lists the department and its units instead of 科目 in
  // many provinces. Derived from the seed's own 收入总体情况表: its 合计 row, then the department's
  // row under its 3-digit 部门编码 (301 here: a code that must not be read as a 类) with the same figures.
  let first = true;
  const text = mapRows(original, '收入总体情况表', (cells, k) => {
    if (k === 0) return ['单位编码', '单位名称', ...cells.slice(4)];
    if (k === 1) return ['', '', ...cells.slice(4)];
    if (cells[3] === '合 计' && first) {
      first = false;
      return [
        ['', '合计', ...cells.slice(4)],
        ['301', '招远市医疗保障局', ...cells.slice(4)],
      ]
        .map((r) => r.join('\t'))
        .join('\n');
    }
    return undefined;
  });
  assert.match(text, /\n301\t招远市医疗保障局\t4,643\.47\t/);
  const result = recognise(readText(text, 'v.txt'));
  const income = (draft: string) => [...facts(draft)].filter(([k]) => k.startsWith('收入'));
  assert.deepEqual(income(result.draftText), income(recognise(readText(original, 'o.txt')).draftText));
  assert.match(result.draftText, /^预算单位:\n {2}- 名称: 招远市医疗保障局$/m);
  // The unit code is no 类 code, and the unit's figures repeat the 合计 row: nothing is lost.
  assert.deepEqual(
    [...facts(result.draftText).keys()].filter((k) => k.startsWith('支出功能分类[301]')),
    [],
  );
  assert.deepEqual(
    result.issues.filter((i) => /按预算单位/.test(i.message)),
    [],
  );
});

variation('a department with 政府性基金 spending: its table filled, its income and rows kept', () => {
  const original = seed('zhaoyuan-2024');
  // A 民政-like department spends 彩票公益金 (政府性基金预算): the 政府性基金预算支出情况表 prints
  // 229 / 22960 / 2296002 rows, and the 收入总表, 支出总表 and 收支总表 carry them too. Derived from
  // the seed by adding those rows (50.00 万元 of 项目支出) where the national template prints them.
  const fund = [
    ['229', '', '', '其他支出', '50.00', '', '', '', '50.00'],
    ['', '60', '', '彩票公益金安排的支出', '50.00', '', '', '', '50.00'],
    ['', '', '02', '用于社会福利的彩票公益金支出', '50.00', '', '', '', '50.00'],
  ];
  let text = mapRows(original, '政府性基金预算支出情况表', (cells, k) =>
    k === 1 ? [cells.join('\t'), ...fund.map((r) => r.join('\t'))].join('\n') : cells,
  ).replace('（注：2024年没有使用政府性基金预算拨款安排的支出。）', '');
  text = mapRows(text, '支出总体情况表', (cells) =>
    cells[0] === '210'
      ? [...fund.map((r) => [...r.slice(0, 4), '50.00', '', '50.00', ''].join('\t')), cells.join('\t')].join(
          '\n',
        )
      : cells,
  );
  // 收入总表: 合计, 小计 and 政府性基金预算收入 (the 8th column) of each row.
  text = mapRows(text, '收入总体情况表', (cells) => {
    if (cells[0] !== '210') return cells;
    const row = (r: string[]) => [...r.slice(0, 4), '50.00', '50.00', '', '50.00'].join('\t');
    return [...fund.map(row), cells.join('\t')].join('\n');
  });
  text = text.replace('政府性基金预算拨款收入\t\t', '政府性基金预算拨款收入\t50.00\t');
  const before = values(original);
  const after = values(text);
  assert.deepEqual(
    after.filter((v) => !before.includes(v)),
    [
      '支出功能分类[2296002].合计=50',
      '支出功能分类[2296002].项目支出=50',
      '支出功能分类[22960].合计=50',
      '支出功能分类[22960].项目支出=50',
      '支出功能分类[229].合计=50',
      '支出功能分类[229].项目支出=50',
      '收入.政府性基金预算=50',
    ],
  );
  assert.deepEqual(
    before.filter((v) => !after.includes(v)),
    [],
  );
});

variation('the 三公经费 table with a row per year, or with items as rows and years as columns', () => {
  const original = seed('zhaoyuan-2024');
  const title = '一般公共预算“三公”经费支出情况表';
  // The seed prints one row: 2023年 then 2024年 column groups. Read back from the seed's figures:
  // 合计, 因公出国, 小计, 购置, 运行维护, 公务接待 of each year.
  const lines = original.split('\n');
  const [start, end] = tableLines(lines, title);
  const data = lines
    .slice(start, end)
    .find((l) => /^\d+\.\d\d\t/.test(l))!
    .split('\t');
  const [before, now] = [data.slice(0, 6), data.slice(6, 12)];
  const items = [
    '合计',
    '因公出国（境）费',
    '公务用车购置及运行维护费',
    '其中：公务用车购置费',
    '公务用车运行维护费',
    '公务接待费',
  ];
  const replace = (table: string[]) =>
    [...lines.slice(0, start + 1), '', '单位：万元', '', ...table, '', ...lines.slice(end)].join('\n');
  // A row per year, labelled (as `jixiao report` and several provinces print it).
  const rowPerYear = replace([
    ['项目', ...items].join('\t'),
    ['2023年预算数', ...before].join('\t'),
    ['2024年预算数', ...now].join('\t'),
  ]);
  // Items as rows, the years as columns (the layout of many provinces' 三公 tables).
  const itemRows = replace([
    ['项目', '2023年预算数', '2024年预算数'].join('\t'),
    ...items.map((item, k) => [item, before[k], now[k]].join('\t')),
  ]);
  const sangong = (text: string) => values(text).filter((v) => v.startsWith('三公经费'));
  assert.ok(sangong(original).some((v) => v.startsWith('三公经费.上年.合计=7.06')));
  assert.deepEqual(sangong(rowPerYear), sangong(original), 'a row per year');
  assert.deepEqual(sangong(itemRows), sangong(original), 'items as rows');
});

variation('tabs turned into spaces (2, 4 or 8 a tab) by an editor or a copy', () => {
  const original = seed('zhaoyuan-2024');
  for (const width of [2, 4, 8]) {
    const text = original.replace(/\t/g, ' '.repeat(width));
    assert.ok(!text.includes('\t'));
    assert.deepEqual(values(text), values(original), `${width} spaces a tab`);
  }
});
