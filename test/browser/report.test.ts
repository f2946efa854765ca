import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { check } from '../helpers';
import { renderReport } from '../../server/src/report/render';

const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', 'artifacts', 'tmp');
const skip = existsSync(CHROMIUM)
  ? false
  : `SKIP: 没有找到 Chromium（${CHROMIUM}）；安装 Debian 的 chromium 包后运行`;

test(
  'the report renders in headless Chromium: tables, the seeded defect on its cell, no console errors',
  { skip },
  async () => {
    const { draft, findings } = check(
      readFileSync(join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8'),
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report-jinan.html');
    writeFileSync(file, renderReport(draft, findings));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(file).toString());
      assert.equal(await page.locator('h2', { hasText: '项目支出表' }).count(), 1);
      assert.equal(
        await page.locator('h3', { hasText: '项目支出绩效目标表' }).count(),
        draft.projects.length,
      );
      const cell = page.locator('td[data-path="项目[3].绩效目标.指标.成本指标.经济成本.总成本"]');
      assert.equal(await cell.textContent(), '≤270万元');
      const outline = await cell.evaluate(
        (el) => el.ownerDocument.defaultView?.getComputedStyle(el).outlineStyle,
      );
      assert.equal(outline, 'solid', 'the error cell is outlined');
      assert.match((await cell.getAttribute('title')) ?? '', /cost-total-mismatch/);
      await page.screenshot({ path: join(ARTIFACTS, 'report-jinan.png'), fullPage: false });
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  },
);
