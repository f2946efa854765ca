import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isPercentName,
  isPerUnitName,
  isRateName,
  isTotalCostName,
} from '../../server/src/engine/values/indicatorValue';

function classify(fn: (name: string) => boolean, yes: string[], no: string[]) {
  for (const n of yes) assert.equal(fn(n), true, n);
  for (const n of no) assert.equal(fn(n), false, n);
}

test('isRateName: rates that should be high, never the ones where lower is better', () => {
  classify(
    isRateName,
    [
      '购买服务合格率',
      '工作完成及时率',
      '医保业务完成及时率',
      '举报投诉处置及时率',
      '符合条件的资助参保人数覆盖率',
      '补助对象达标率',
      '政策知晓率',
      '参保对象满意度',
      '参保人员满意率',
      '设备使用率',
      '城乡居民参保率',
      '上解上级资金到位率',
      '预算执行率',
      '补贴对象准确率',
      '医疗资源利用率',
      '稳定运行率',
      '人员出勤率',
      '一站式结算覆盖率',
    ],
    [
      '业务差错率',
      '投诉率',
      '事故发生率',
      '基金专项稽核误差率',
      '不合格率',
      '未完成率',
      '资金结余率',
      '参保人数',
      '医疗救助资金',
      '增长率',
    ],
  );
});

test('isPercentName: shares between 0% and 100%, not growth or change rates', () => {
  classify(
    isPercentName,
    ['资金拨付准确率', '救助比例', '低保人员、特困人员救助比例', '参保人员满意度', '占比', '政策知晓度'],
    ['参保人数增长率', '同比增幅', '费用下降率', '容积率', '参保人数', '封顶线'],
  );
});

test('isTotalCostName: the names the seeds use for a project total, not its parts', () => {
  classify(
    isTotalCostName,
    [
      '总成本',
      '总成本(万元)',
      '总成本控制数',
      '长护项目总成本控制数',
      '项目总成本控制数',
      'DRG试点项目总成本控制数',
      '经济成本控制总额',
      '经济成本控制总金额',
      '成本总额',
      '经济成本',
      '经济成本指标',
      '经济成本（万元）',
      '项目总投入',
    ],
    [
      '职工医保窗口服务经费成本',
      '医保工作服务办公经费成本',
      '城乡医疗救助成本（上级）',
      '财政代缴资金',
      '离退休干部医疗保障成本',
      '人均总成本',
      '社会经济成本影响',
    ],
  );
});

test('isPerUnitName: per-person and per-unit amounts', () => {
  classify(
    isPerUnitName,
    [
      '职工退休人员长护险财政补贴标准',
      '财政补助标准 (元/人)',
      '人均补助',
      '每人每年补助',
      '单位成本',
      '设备单价',
      '户均补贴',
      '生均公用经费',
    ],
    ['标准化建设成本', '总成本', '医疗救助资金', '长护项目总成本控制数'],
  );
});
