import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleKind } from '../../server/src/import/recognise/kinds';

/**
 * Table titles as other regions and years print them. The national 部门预算公开 templates
 * (财政部: 部门收支总表 … 政府性基金预算支出表, 国有资本经营预算支出表) are shared by the provinces
 * and renamed locally: numbered (表1, 表一：, 附表1：, 01), dated (2025年), prefixed with the
 * department or 预算单位, suffixed with how they classify (（按功能分类科目）) or their unit.
 * The Shanghai series (published/*.pdf) prints 部门财务收支预算总表, 一般公共预算支出功能分类预算表
 * and 一般公共预算基本支出部门预算经济分类预算表; the Shandong texts 收支总体情况表 … 情况表.
 * A bare 表1 is a label above the title, and a heading that mentions a table is no title.
 */
const cases: [string, string | undefined][] = [
  ['部门收支总表', 'summary'],
  ['表1 部门收支总表', 'summary'],
  ['表一：2026年部门收支预算总表', 'summary'],
  ['部门财务收支预算总表', 'summary'],
  ['2025年部门收支预算总表', 'summary'],
  ['附表1：收支总体情况表', 'summary'],
  ['收入支出预算总表', 'summary'],
  ['XX局2025年部门收支总表', 'summary'],
  ['部门收支总体情况表（单位：万元）', 'summary'],
  ['01 收支总体情况表', 'summary'],
  ['表1', undefined],
  ['部门收入总表', 'income'],
  ['收入预算总表', 'income'],
  ['2025年预算单位收入预算总表', 'income'],
  ['表2 部门收入总表', 'income'],
  ['部门收入总体情况表', 'income'],
  ['部门支出总表', 'expense'],
  ['支出预算总表', 'expense'],
  ['表3：部门支出总体情况表', 'expense'],
  ['财政拨款收支总表', 'fiscal-summary'],
  ['财政拨款收支预算总表', 'fiscal-summary'],
  ['部门财政拨款收支总体情况表', 'fiscal-summary'],
  ['表4 财政拨款收支总表', 'fiscal-summary'],
  ['一般公共预算支出表', 'function-gpb'],
  ['一般公共预算支出功能分类预算表', 'function-gpb'],
  ['一般公共预算支出预算表（按功能分类科目）', 'function-gpb'],
  ['一般公共预算财政拨款支出表', 'function-gpb'],
  ['表5 一般公共预算支出情况表（按功能科目分类）', 'function-gpb'],
  ['一般公共预算支出表（功能分类）', 'function-gpb'],
  ['一般公共预算基本支出表', 'econ'],
  ['一般公共预算基本支出部门预算经济分类预算表', 'econ'],
  ['一般公共预算基本支出预算表（按部门预算支出经济分类科目）', 'econ'],
  ['一般公共预算财政拨款基本支出表', 'econ'],
  ['一般公共预算基本支出经济分类表', 'econ'],
  ['表6 一般公共预算基本支出表', 'econ'],
  ['一般公共预算“三公”经费支出表', 'sangong'],
  ['“三公”经费支出预算表', 'sangong'],
  ['部门“三公”经费和机关运行经费预算表', 'sangong'],
  ['三公经费预算表', 'sangong'],
  ['表7 一般公共预算"三公"经费支出表', 'sangong'],
  ['一般公共预算‘三公’经费支出情况表', 'sangong'],
  ['政府性基金预算支出表', 'function-fund'],
  ['政府性基金预算支出功能分类预算表', 'function-fund'],
  ['表8 政府性基金预算支出表', 'function-fund'],
  ['政府性基金预算财政拨款支出表', 'function-fund'],
  ['国有资本经营预算支出表', 'function-capital'],
  ['表9 国有资本经营预算支出情况表', 'function-capital'],
  ['基本支出预算情况表', 'basic'],
  ['部门基本支出预算表', 'basic'],
  ['项目支出预算情况表', 'project'],
  ['项目支出表', 'project'],
  ['部门项目支出预算表', 'project'],
  ['项目支出预算明细表', 'project'],
  ['项目支出情况表', 'project'],
  ['政府采购预算情况表', 'procurement'],
  ['政府采购预算明细表', 'procurement'],
  ['部门政府采购预算表', 'procurement'],
  ['政府采购支出表', 'procurement'],
  ['项目支出绩效目标表', 'performance'],
  ['项目支出绩效目标表（2024年度）', 'performance'],
  ['2025年项目支出绩效目标申报表', 'performance'],
  ['部门整体支出绩效目标表', 'performance-overall'],
  ['项目支出绩效目标汇总表', 'performance-summary'],
  ['一般公共预算“三公”经费支出情况表说明', undefined],
  ['详见单位的项目绩效目标表', undefined],
  ['（二）部门主管专项资金的绩效目标表', undefined],
];

test('table titles of other regions, years and numbering name their kind', () => {
  const wrong = cases
    .map(([title, kind]) => [title, titleKind(title), kind])
    .filter(([, got, want]) => got !== want);
  assert.deepEqual(wrong, []);
});
