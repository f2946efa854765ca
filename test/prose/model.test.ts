import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers';

const DRAFT = `格式: 部门预算/1
部门: 上海市普陀区司法局
预算年度: 2026
类型: 单位预算
机关运行经费: { 本年: 217.83, 上年: 217.83 }
政府采购:
  合计: 1486.42
  货物: 3.66
国有资产:
  车辆: { 合计: 3, 执法执勤用车: 3 }
  单价100万元以上设备: 0
说明:
  部门主要职能: 上海市普陀区司法局是主管本区司法工作的区政府工作部门。
  部门预算编制说明: |
    2026年，收入预算9628.22万元。
    1、行政运行（01项）1672.67万元。
  折叠: >-
    第一行
    第二行1.5万元
  引号: "转义\\"引号\\"后2万元"
项目:
  - 名称: 普法经费
    金额: 10
    说明:
      年度预算安排: 10万元
`;

test('说明 sections keep heading, text, path and exact source offsets (block, folded, quoted)', () => {
  const { draft } = check(DRAFT);
  assert.ok(draft);
  const secs = draft.prose.map((s) => [s.heading, s.path]);
  assert.deepEqual(secs, [
    ['部门主要职能', '说明.部门主要职能'],
    ['部门预算编制说明', '说明.部门预算编制说明'],
    ['折叠', '说明.折叠'],
    ['引号', '说明.引号'],
  ]);
  for (const s of draft.prose) {
    for (const needle of ['1672.67万元', '9628.22万元', '1.5万元', '2万元', '主管本区']) {
      const i = s.text.indexOf(needle);
      if (i < 0) continue;
      assert.equal(
        DRAFT.slice(s.offsetAt(i), s.offsetAt(i + needle.length)),
        needle,
        `${s.heading}: ${needle}`,
      );
    }
  }
  const fold = draft.prose[2];
  assert.equal(fold.text, '第一行 第二行1.5万元');
  const p = draft.projects[0].prose[0];
  assert.equal(p.path, '项目[0].说明.年度预算安排');
  assert.equal(p.projectIndex, 0);
  assert.equal(DRAFT.slice(p.offsetAt(0), p.offsetAt(p.text.length)), '10万元');
});

test('类型, 机关运行经费, 政府采购 and 国有资产 are read with their paths', () => {
  const { draft } = check(DRAFT);
  assert.ok(draft);
  assert.equal(draft.kind?.text, '单位预算');
  assert.equal(draft.runningCost?.current?.text, '217.83');
  assert.equal(draft.runningCost?.previous?.path, '机关运行经费.上年');
  assert.equal(draft.procurementFacts?.total?.text, '1486.42');
  assert.equal(draft.procurementFacts?.goods?.path, '政府采购.货物');
  assert.equal(draft.assets?.vehicles?.total?.text, '3');
  assert.deepEqual(
    draft.assets?.vehicles?.kinds.map((k) => [k.key, k.count?.text]),
    [['执法执勤用车', '3']],
  );
  assert.equal(draft.assets?.bigEquipment?.text, '0');
  assert.deepEqual(
    check(DRAFT)
      .findings.filter((f) => f.rule === 'schema')
      .map((f) => f.message),
    [],
  );
});
