import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as jsyaml from 'js-yaml';
import { parseDocument, ParseCache } from '../../server/src/engine/yaml/chunks';
import { get, isMap, isSeq, type YNode } from '../../server/src/engine/yaml/ast';
import { toPlain } from '../../server/src/engine/util/walk';

const SRC = `格式: 部门预算/1   # 注释
部门: 济南市历下区医疗保障局
部门编码: 036
预算年度: 2026
项目:
  - 名称: 医疗保障工作经费
    金额: 44.36
    绩效目标:
      总体目标: >-
        组织实施城乡居民医保参保缴费
      指标:
        成本指标:
          经济成本指标:
            总成本: ≤44.36万元
  # 两个项目之间的注释
  - 名称: 第二个
    金额: 3.60
    明细:
      - { 内容: 代账, 金额: 3.60, 测算依据: "(2000+1000)*12" }
三公经费:
  本年: { 公务接待费: 0.30, 合计: 0.30 }
`;

function slice(n: YNode | undefined): string | undefined {
  return n ? SRC.slice(n.start, n.end) : undefined;
}

test('every node keeps its exact source range', () => {
  const { root, problems } = parseDocument(SRC);
  assert.deepEqual(problems, []);
  assert.ok(isMap(root));
  assert.equal(slice(get(root, '格式')), '部门预算/1');
  assert.equal(slice(get(root, '部门编码')), '036');
  const projects = get(root, '项目');
  assert.ok(isSeq(projects));
  assert.equal(projects.items.length, 2);
  const p0 = projects.items[0];
  assert.equal(slice(get(p0, '金额')), '44.36');
  const cost = get(get(get(get(get(p0, '绩效目标'), '指标'), '成本指标'), '经济成本指标'), '总成本');
  assert.equal(slice(cost), '≤44.36万元');
  assert.equal(slice(get(get(p0, '绩效目标'), '总体目标')), '>-\n        组织实施城乡居民医保参保缴费');
  const p1 = projects.items[1];
  assert.equal(slice(get(p1, '金额')), '3.60');
  const detail = (get(p1, '明细') as { items: YNode[] }).items[0];
  assert.equal(slice(detail), '{ 内容: 代账, 金额: 3.60, 测算依据: "(2000+1000)*12" }');
  assert.equal(slice(get(detail, '测算依据')), '"(2000+1000)*12"');
  assert.equal(slice(get(get(get(root, '三公经费'), '本年'), '合计')), '0.30');
});

test('the split parse gives the same data as js-yaml on the whole text', () => {
  const { root } = parseDocument(SRC);
  assert.deepEqual(toPlain(root), jsyaml.load(SRC, { schema: jsyaml.CORE_SCHEMA }));
});

test('a syntax error in one project costs only that project, and indices stay stable', () => {
  const broken = SRC.replace('    金额: 44.36', '    金额: 44.36\n   坏缩进: 1');
  const { root, problems } = parseDocument(broken);
  assert.equal(problems.length, 1);
  const projects = get(root, '项目');
  assert.ok(isSeq(projects));
  assert.equal(projects.items.length, 2);
  assert.equal(projects.items[0].type, 'error');
  assert.equal(
    broken.slice(get(projects.items[1], '金额')!.start, get(projects.items[1], '金额')!.end),
    '3.60',
  );
  assert.ok(get(root, '三公经费'), 'sections after the broken project are still read');
});

test('duplicate keys are kept, not thrown', () => {
  const { root, problems } = parseDocument('a: 1\na: 2\n');
  assert.deepEqual(problems, []);
  assert.ok(isMap(root));
  assert.equal(root.pairs.length, 2);
});

test('a cached re-parse after an edit gives the same ranges as a fresh parse', () => {
  const cache = new ParseCache();
  parseDocument(SRC, cache);
  const edited = SRC.replace('医疗保障工作经费', '医疗保障工作经费（新）');
  const cached = parseDocument(edited, cache);
  const fresh = parseDocument(edited);
  assert.deepEqual(cached.root, fresh.root);
  // And back again: pieces shifted by the edit shift back.
  assert.deepEqual(parseDocument(SRC, cache).root, parseDocument(SRC).root);
});

test('documents the split cannot handle are parsed whole', () => {
  for (const src of ['---\na: 1\n', '- a\n- b\n', 'a: [1,\n2]\n', '\ufeffa: 1\n']) {
    const { root, problems } = parseDocument(src);
    assert.deepEqual(problems, [], src);
    assert.deepEqual(
      toPlain(root),
      jsyaml.load(src.replace(/^\ufeff/, ''), { schema: jsyaml.CORE_SCHEMA }),
      src,
    );
  }
  const bom = parseDocument('\ufeffa: 1\n');
  assert.equal(bom.text.slice(get(bom.root, 'a')!.start, get(bom.root, 'a')!.end), '1');
});
