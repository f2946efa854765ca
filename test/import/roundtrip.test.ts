import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importInput } from '../../server/src/import/index';
import { facts } from './compare';
import { proseText } from '../../server/src/report/prose';
import { LONG_TERM_DRAFT } from '../cli/reportTables';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';
const FIXTURE = join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml');
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'lixia-yibao-2026.budget.yaml');

/** Every project fact: name, 金额, 类别, 总体目标 and each indicator with its value. */
const projectFacts = (draft: string) =>
  [...facts(draft)]
    // The report's 项目支出表 prints 财政拨款 and 其他资金, not the sources: 资金来源 cannot come back.
    .filter(([k]) => k.startsWith('项目[') && !/\.(资金来源|预算单位)/.test(k))
    // The report shows prose as text (the seed's pasted `<p>…</p>` markup is not printed).
    .map(
      ([k, v]) =>
        `${k}=${k.endsWith('.总体目标') ? (proseText(v) ?? v).replace(/\[\d+(?:,\d+)*\]/g, '') : v}`,
    )
    .sort();

/** A draft file → jixiao report → Chromium print to PDF → import. */
async function roundTrip(source: string) {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-roundtrip-'));
  const html = join(dir, 'report.html');
  const pdf = join(dir, 'report.pdf');
  const report = spawnSync(process.execPath, [CLI, 'report', source, '-o', html], { encoding: 'utf8' });
  assert.ok(existsSync(html), report.stderr);
  const print = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.ok(existsSync(pdf), `Chromium printed no PDF: ${print.stderr}`);
  return importInput('report.pdf', new Uint8Array(readFileSync(pdf)));
}

type Obj = Record<string, unknown>;
const str = (v: unknown) => String(v ?? '').replace(/\s+/g, '');
/** Amounts compared as numbers: the report prints `120.00` for a written `120`. */
const num = (v: unknown) => String(Number(v));

/**
 * The 申报表 facts of every project: 总预算, 期限, each 明细 line (the report prints its 活动 before
 * its 内容, `活动：内容`) and the 长期目标 with its indicators.
 */
function shenbaoFacts(draft: string): string[] {
  const out: string[] = [];
  for (const p of ((yaml.load(draft) as Obj)['项目'] as Obj[] | undefined) ?? []) {
    const base = `项目[${str(p['名称'])}]`;
    if (p['总预算'] !== undefined) out.push(`${base}.总预算=${num(p['总预算'])}`);
    const period = p['期限'] as Obj | undefined;
    if (period) out.push(`${base}.期限=${str(period['起始年度'])}-${str(period['终止年度'])}`);
    ((p['明细'] as Obj[] | undefined) ?? []).forEach((d, i) => {
      const [activity, content] = [str(d['活动']), str(d['内容'])];
      const name =
        activity && content && activity !== content ? `${activity}：${content}` : content || activity;
      out.push(`${base}.明细[${i}]=${name}|${str(d['测算依据'])}|${num(d['金额'])}`);
    });
    const long = (p['绩效目标'] as Obj | undefined)?.['长期目标'] as Obj | undefined;
    if (long) {
      out.push(`${base}.长期目标.说明=${str(long['说明'])}`);
      for (const [l1, l2s] of Object.entries((long['指标'] as Obj | undefined) ?? {}))
        for (const [l2, l3s] of Object.entries((l2s as Obj) ?? {}))
          for (const [l3, v] of Object.entries((l3s as Obj) ?? {}))
            out.push(`${base}.长期目标.${l1}.${l2}.${l3}=${str(v)}`);
    }
  }
  return out.sort();
}

test(
  'round trip: a draft → jixiao report → Chromium print to PDF → import gives the same projects, amounts and indicators',
  { skip: !existsSync(CHROMIUM) && 'Chromium 未安装（/usr/bin/chromium），跳过往返测试', timeout: 180_000 },
  async () => {
    const imported = await roundTrip(FIXTURE);
    const expected = projectFacts(readFileSync(FIXTURE, 'utf8'));
    assert.ok(expected.length > 100, 'the fixture has its projects and indicators');
    assert.deepEqual(projectFacts(imported.draftText), expected);
    // The tables come back too: 收入, every 支出功能分类 figure and the 三公经费 of both years. The
    // report prints 基本支出 on the 221/22102 rows and the 三公经费 合计 of this year, which it
    // computes (from their child, from the items); the transcription does not assert them.
    const tableFacts = (draft: string) =>
      [...facts(draft)]
        .filter(([k]) => /^(收入|支出功能分类|三公经费)/.test(k))
        .map(([k, v]) => `${k}=${Number(v)}`)
        .sort();
    assert.deepEqual(
      tableFacts(imported.draftText).filter(
        (f) => !/^(支出功能分类\[(221|22102)\]\.基本支出=37|三公经费\.本年\.合计=0\.3)$/.test(f),
      ),
      tableFacts(readFileSync(FIXTURE, 'utf8')),
    );
  },
);

test(
  'round trip: 总预算, 期限, 明细测算 and 长期目标 (中长期目标, 中长期指标值) come back from the printed report',
  { skip: !existsSync(CHROMIUM) && 'Chromium 未安装（/usr/bin/chromium），跳过往返测试', timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-roundtrip-'));
    const longTerm = join(dir, 'long-term.budget.yaml');
    writeFileSync(longTerm, LONG_TERM_DRAFT);
    for (const source of [longTerm, EXAMPLE]) {
      const text = readFileSync(source, 'utf8');
      const expected = shenbaoFacts(text);
      assert.ok(expected.length >= 5, `${source}: the draft has 申报表 fields`);
      const imported = await roundTrip(source);
      assert.deepEqual(shenbaoFacts(imported.draftText), expected, source);
      // The 年度 side stays as it was: what only the 中长期 column has is no 年度 indicator.
      assert.deepEqual(projectFacts(imported.draftText), projectFacts(text), source);
    }
  },
);
