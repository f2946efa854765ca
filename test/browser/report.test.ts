import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { check, lineOf } from '../helpers';
import { readRuleDoc } from '../../server/src/cli/report';
import { renderReport } from '../../server/src/report/render';
import { ARTIFACTS, launch, SCRATCH, skipReason as skip, watch } from './chromium';

const ROOT = join(__dirname, '..', '..');
const JINAN = readFileSync(join(ROOT, 'test', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');
const DEFECT = 'td[data-path="项目[3].绩效目标.指标.成本指标.经济成本.总成本"]';

let browser: Browser;
before(async () => {
  if (!skip) browser = await launch();
});
after(async () => browser?.close());

test(
  'the Jinan report in Chromium: tables, the seeded defect on its cell, no console errors',
  { skip },
  async () => {
    const { draft, findings } = check(JINAN);
    const file = join(SCRATCH, 'report-jinan.html');
    writeFileSync(file, renderReport(draft, findings, { ruleDocs: readRuleDoc }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const w = watch(page);
    await page.goto(pathToFileURL(file).toString());

    assert.equal(await page.locator('h2', { hasText: /^项目支出表$/ }).count(), 1);
    assert.equal(await page.locator('table.projects tbody tr').count(), 9, '合计 + 8 projects');
    assert.equal(await page.locator('h3', { hasText: '项目支出绩效目标表：' }).count(), 8);
    assert.equal(await page.locator('table.func tbody tr').count(), 25, '合计 + 24 功能分类 rows');
    assert.equal(await page.locator('table.sangong tbody tr').count(), 2);
    assert.equal(await page.locator('.chart rect').count(), 3, 'one bar per 类');

    const cell = page.locator(DEFECT);
    assert.equal(await cell.count(), 1);
    assert.equal((await cell.textContent())?.trim(), '≤270万元');
    // The cell sits in 城乡居民医保政府资助缴费's 绩效目标表, on the 总成本 row.
    const row = await cell.evaluate((el) => {
      const table = el.closest('table')!;
      return {
        heading: table.previousElementSibling?.textContent,
        indicator: el.previousElementSibling?.textContent,
      };
    });
    assert.deepEqual(row, { heading: '项目支出绩效目标表：城乡居民医保政府资助缴费', indicator: '总成本' });
    const look = await cell.evaluate((el) => {
      const s = el.ownerDocument.defaultView!.getComputedStyle(el);
      return { outline: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
    });
    assert.deepEqual(look, { outline: 'solid', width: '2px', color: 'rgb(207, 34, 46)' });
    assert.match(
      (await cell.getAttribute('title')) ?? '',
      /^\[cost-total-mismatch\] 总成本 ≤270万元，但项目“城乡居民医保政府资助缴费”年度预算资金总额为116万元/,
    );
    assert.equal(await cell.getAttribute('data-line'), String(lineOf(JINAN, '总成本: ≤270万元')));
    // A correct cell is not highlighted.
    const fine = page.locator('td[data-path="项目[1].绩效目标.指标.成本指标.经济成本.总成本"]');
    assert.equal(
      await fine.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle),
      'none',
    );
    // The finding's number links to the list, and the list to the embedded rule doc.
    // Findings are numbered in document order; the seed's 说明 and its findings come before the projects.
    assert.equal(await cell.getAttribute('data-refs'), '13');
    assert.match((await page.locator('#f-13').textContent()) ?? '', /cost-total-mismatch/);
    assert.match(
      (await page.locator('#rule-cost-total-mismatch').textContent()) ?? '',
      /真实案例（济南市历下区医疗保障局 2026）/,
    );

    await page.screenshot({ path: join(ARTIFACTS, 'report-jinan.png') });
    await page.locator('#p3').scrollIntoViewIfNeeded();
    await page
      .locator('table.goals')
      .nth(3)
      .screenshot({ path: join(ARTIFACTS, 'report-jinan-defect.png') });

    // Print: A4 landscape, navigation hidden, the defect still marked on paper.
    await page.emulateMedia({ media: 'print' });
    assert.equal(
      await page
        .locator('nav.toc')
        .evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).display),
      'none',
    );
    assert.equal(
      await cell.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineColor),
      'rgb(204, 0, 0)',
    );
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    assert.ok(box, 'the PDF has pages');
    assert.deepEqual(
      [Math.round(Number(box[1])), Math.round(Number(box[2]))],
      [842, 595],
      'A4 landscape (pt)',
    );
    assert.ok((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length > 5, 'the report runs over several pages');

    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.requests, []);
    await page.close();
  },
);

test(
  'jixiao report of the example draft renders in Chromium, self-contained and clean',
  { skip },
  async () => {
    const file = join(SCRATCH, 'report-lixia-yibao.html');
    const cli = join(ROOT, 'dist', 'cli.js');
    assert.ok(existsSync(cli), 'run `npm run build` first: this test runs dist/cli.js');
    const example = join(ROOT, 'examples', 'lixia-yibao-2026.budget.yaml');
    const r = spawnSync(process.execPath, [cli, 'report', example, '-o', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const w = watch(page);
    await page.goto(pathToFileURL(file).toString());
    assert.equal(await page.locator('h1').textContent(), '济南市历下区医疗保障局 2026年部门预算');
    assert.equal(await page.locator('h3', { hasText: '项目支出绩效目标表：' }).count(), 8);
    assert.equal(await page.locator('table.sangong tbody tr').count(), 2);
    assert.equal(await page.locator('.finding').count(), 0, 'a clean draft has no highlighted cell');
    assert.equal(await page.locator('#findings + p').textContent(), '没有发现问题。');
    // Every cell that shows an amount of the 项目支出表 points at a line of the draft.
    const lines = await page
      .locator('table.projects td[data-path$=".金额"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
    assert.equal(lines.length, 8);
    assert.ok(
      lines.every((l, i) => l > 0 && (i === 0 || l > lines[i - 1])),
      String(lines),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'report-lixia-yibao.png') });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ preferCSSPageSize: true });
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.requests, []);
    await page.close();
  },
);
