import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { check } from '../helpers';
import { previewOf } from '../../server/src/report/preview';
import { previewPage } from '../../server/src/report/page';
import { renderReport } from '../../server/src/report/render';
import { ARTIFACTS, launch, SCRATCH, skipReason as skip } from './chromium';
import { LONG_TERM_DRAFT } from '../cli/reportTables';

/**
 * The preview beside the editor is narrow: its tables must lay out from 480 px up — every column
 * at least four characters wide (a 三级指标 one character per line is unreadable), long text
 * wrapping inside its cell, no table wider than the page. Measured in Chromium, with a
 * screenshot at each width for a human to look at (test/artifacts/layout-*.png).
 */
const JINAN = readFileSync(join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');
const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'lixia-yibao-2026.budget.yaml'), 'utf8');
const WIDTHS = [480, 700, 1200];

let browser: Browser;
before(async () => {
  if (!skip) browser = await launch();
});
after(async () => browser?.close());

interface Measured {
  table: string;
  /** Narrowest column, in multiples of the cell's font size (a CJK character is 1em). */
  narrowest: number;
  overflow: number;
}

/** Every table's narrowest column in characters, and how far it sticks out of the page. */
async function measure(html: string, name: string, width: number): Promise<Measured[]> {
  const file = join(SCRATCH, `${name}-${width}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(file).toString());
  const out = await page.evaluate(`(() => {
    const res = [];
    for (const t of document.querySelectorAll('table')) {
      if (!t.offsetParent) continue;
      // The widest row tells each column's width: cells of colspan 1 only.
      let narrowest = Infinity;
      for (const row of t.rows) {
        for (const c of row.cells) {
          if (c.colSpan !== 1) continue;
          const st = getComputedStyle(c);
          const em = parseFloat(st.fontSize);
          // The text's room: the cell less its padding.
          const room = c.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight);
          narrowest = Math.min(narrowest, room / em);
        }
      }
      const title = (t.previousElementSibling?.textContent || t.className || 'table').slice(0, 30);
      const right = t.getBoundingClientRect().right;
      res.push({ table: title, narrowest, overflow: Math.max(0, right - document.documentElement.clientWidth) });
    }
    return res;
  })()`);
  // The 绩效目标表 of the ≤270万元 project is where a narrow column hurt most: shoot it (a
  // one-project page: its only one).
  await page.evaluate(
    `(document.querySelectorAll('table.goals')[3] ?? document.querySelector('table.goals'))?.scrollIntoView()`,
  );
  await page.screenshot({ path: join(ARTIFACTS, `layout-${name}-${width}.png`), fullPage: false });
  await page.close();
  return out as Measured[];
}

function previewHtml(text: string): string {
  const nonce = randomBytes(16).toString('base64');
  return previewPage({ body: previewOf(check(text)).body, nonce, cspSource: "'self'" });
}

test(
  'the preview and the report lay out at 480, 700 and 1200 px: no column under four characters',
  { skip },
  async () => {
    const pages = {
      'preview-jinan': previewHtml(JINAN),
      'preview-example': previewHtml(EXAMPLE),
      'report-jinan': (() => {
        const r = check(JINAN);
        return renderReport(r.draft, r.findings);
      })(),
      // The 申报表 layout: 明细测算 and a 中长期指标值 column make six columns.
      'preview-longterm': previewHtml(LONG_TERM_DRAFT),
    };
    const bad: string[] = [];
    for (const width of WIDTHS) {
      for (const [name, html] of Object.entries(pages)) {
        const tables = await measure(html, name, width);
        assert.ok(tables.length >= (name.endsWith('longterm') ? 2 : 5), `${name}: ${tables.length} tables`);
        for (const t of tables) {
          // Four characters of text (less rounding).
          if (t.narrowest < 3.95)
            bad.push(
              `${name} @${width}px: ${t.table} has a column ${t.narrowest.toFixed(2)} characters wide`,
            );
          if (t.overflow > 1) bad.push(`${name} @${width}px: ${t.table} sticks out ${t.overflow}px`);
        }
      }
    }
    assert.deepEqual(bad, []);
  },
);
