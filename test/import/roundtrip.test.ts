import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importInput } from '../../server/src/import/index';
import { facts } from './compare';
import { proseText } from '../../server/src/report/prose';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';
const FIXTURE = join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml');

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

test(
  'round trip: a draft → jixiao report → Chromium print to PDF → import gives the same projects, amounts and indicators',
  { skip: !existsSync(CHROMIUM) && 'Chromium 未安装（/usr/bin/chromium），跳过往返测试', timeout: 180_000 },
  async () => {
    assert.ok(existsSync(CLI), 'run `npm run build` first');
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-roundtrip-'));
    const html = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    const report = spawnSync(process.execPath, [CLI, 'report', FIXTURE, '-o', html], { encoding: 'utf8' });
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
    const imported = await importInput('report.pdf', new Uint8Array(readFileSync(pdf)));
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
