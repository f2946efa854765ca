import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readClaims, type AmountClaim, type ProseClaims } from '../../server/src/engine/prose/claims';
import { readFigures } from '../../server/src/engine/prose/figures';
import { check } from '../helpers';

/**
 * The claim reader on every sentence of the real prose: the Putuo PDFs' 说明 (as text, in
 * test/fixtures/prose) and the seeds' 说明 (in the fixtures). Each passage's claims are written
 * out in a plain form and compared with a reviewed `.claims` file beside it; `UPDATE_CLAIMS=1`
 * rewrites those files (review the diff). Independently of the reviewed files, every claim must
 * stand in the text where it says, and every figure of the text must be read or deliberately left.
 */
const DIR = join(__dirname, '..', 'fixtures', 'prose');
const FIXTURES = join(__dirname, '..', 'fixtures');

function passagesOfText(name: string): { title: string; text: string; year: number }[] {
  const text = readFileSync(join(DIR, name), 'utf8');
  const year = Number(/-(20[0-9]{2})/.exec(name)![1]);
  return text
    .split(/^# /m)
    .slice(1)
    .map((block) => ({
      title: block.slice(0, block.indexOf('\n')),
      text: block.slice(block.indexOf('\n') + 1),
      year,
    }))
    .filter((p) => p.text.trim());
}

function passagesOfSeed(name: string): { title: string; text: string; year: number }[] {
  const { draft } = check(readFileSync(join(FIXTURES, name), 'utf8'));
  assert.ok(draft);
  return draft.prose.map((s) => ({ title: s.heading, text: s.text, year: draft.header.year!.value }));
}

function amount(a: AmountClaim | undefined): string {
  if (!a) return '-';
  const dir = a.direction === 'up' ? '+' : a.direction === 'down' ? '−' : '';
  return `${dir}${a.figure.written.replace(/\s+/g, '')}${a.time === 'previous' ? '(前)' : ''}${a.subject ? '「' + a.subject.label + '」' : ''}`;
}

function render(c: ProseClaims): string {
  const out: string[] = [];
  c.paragraphs.forEach((p, i) => {
    const line = c.text.slice(p.start, p.end).trim();
    if (!line) return;
    out.push(`> ${line}`);
    const levels = c.amounts.filter((a) => a.paragraph === i && a.role === 'level');
    if (levels.length) out.push(`  数: ${levels.map(amount).join(' | ')}`);
    for (const ch of c.changes.filter((x) => x.paragraph === i)) {
      out.push(
        `  变: ${ch.direction} 比${ch.baseText} 额=${amount(ch.amount)} 幅=${amount(ch.percent)} 本=${amount(ch.current)} 基=${amount(ch.base)}`,
      );
    }
    for (const l of c.lists.filter((x) => x.total.paragraph === i))
      out.push(
        `  其中: ${amount(l.total)} = ${l.parts.map(amount).join(' + ')}${l.flatParts.length ? ' (持平: ' + l.flatParts.map((s) => s.label).join('、') + ')' : ''}`,
      );
    for (const k of c.kemu.filter((x) => x.start >= p.start && x.end <= p.end + 1))
      out.push(
        `  科目: ${k.code ?? '?'} ${k.levels.map((l) => `${l.name}${l.code ? '(' + l.code + ')' : ''}`).join(' > ')}`,
      );
  });
  return out.join('\n');
}

const sources = [
  ...readdirSync(DIR)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => ({
      name: n.replace(/\.txt$/, ''),
      golden: n.replace(/\.txt$/, '.claims'),
      passages: () => passagesOfText(n),
    })),
  ...readdirSync(FIXTURES)
    // Fixtures transcribed from indicator tables alone carry no 说明 to read.
    .filter((n) => n.endsWith('.budget.yaml') && passagesOfSeed(n).length > 0)
    .map((n) => ({
      name: n,
      golden: n.replace(/\.budget\.yaml$/, '.draft.claims'),
      passages: () => passagesOfSeed(n),
    })),
];

for (const src of sources) {
  test(`claims read from every sentence of ${src.name} are those reviewed`, () => {
    const passages = src.passages();
    assert.ok(passages.length > 0);
    const rendered =
      passages.map((p) => `## ${p.title}\n${render(readClaims(p.text, { year: p.year }))}`).join('\n\n') +
      '\n';
    const golden = join(DIR, src.golden);
    if (process.env.UPDATE_CLAIMS || !existsSync(golden)) writeFileSync(golden, rendered);
    assert.equal(rendered, readFileSync(golden, 'utf8'));
  });

  test(`${src.name}: every claim stands where it says, every figure is read or deliberately left`, () => {
    for (const p of src.passages()) {
      const c = readClaims(p.text, { year: p.year });
      for (const a of c.amounts) assert.equal(p.text.slice(a.figure.start, a.figure.end), a.figure.written);
      for (const a of c.amounts)
        if (a.subject)
          assert.ok(a.subject.end <= a.figure.start, `${a.subject.label} comes before ${a.figure.written}`);
      const read = new Set(c.amounts.map((a) => a.figure.start));
      for (const f of readFigures(p.text)) {
        if (f.kind === 'year' || read.has(f.start)) continue;
        // Left on purpose: a threshold inside a name (`单价100万元（含）以上设备`, `100万元以上的设备`).
        const around = p.text.slice(Math.max(0, f.start - 6), f.end + 6);
        assert.match(
          around,
          /以上|以下|单价|价值/,
          `figure ${f.written} in “${around}” is neither read nor a threshold`,
        );
      }
    }
  });
}

test('a figure with thousands separators, 元 and 亿元, a count with 台（套）', () => {
  const c = readClaims('收入预算9,101.68万元；车辆购置费10,000元；专项资金1.2亿元；设备0台（套）。');
  assert.deepEqual(
    c.amounts.map((a) => [a.figure.value.toFixed(), a.figure.unit, a.figure.kind]),
    [
      ['9101.68', '万元', 'money'],
      ['1', '元', 'money'],
      ['12000', '亿元', 'money'],
      ['0', '台（套）', 'count'],
    ],
  );
});

test('科目 in the phrasings budgets use: codes, levels only, dashed, full code', () => {
  const c = readClaims(
    '1、公共安全支出（204类）司法（06款）行政运行（01项）1万元；“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目2万元；“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目3万元；2101501行政运行4万元；住房公积金（01项）5万元。',
  );
  assert.deepEqual(
    c.kemu.map((k) => [k.style, k.code, k.levels.map((l) => l.name).join('>')]),
    [
      ['bracket', '2040601', '公共安全支出>司法>行政运行'],
      ['bracket', undefined, '卫生健康支出>卫生健康支出>计划生育事务'],
      ['dash', undefined, '一般公共服务支出>政府办公厅（室）及相关机构事务>行政运行'],
      ['code', '2101501', '行政运行'],
      ['bracket', undefined, '住房公积金'],
    ],
  );
  assert.deepEqual(
    c.amounts.map((a) => a.subject?.kind),
    ['kemu', 'kemu', 'kemu', 'kemu', 'kemu'],
  );
});
