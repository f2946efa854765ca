import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { check, lineOf } from '../helpers';
import { readRuleDoc } from '../../server/src/cli/report';
import { renderBody, renderReport } from '../../server/src/report/render';
import { markdownToHtml } from '../../server/src/report/markdown';
import { bestPath } from '../../server/src/report/sheet';

const ROOT = join(__dirname, '..', '..');
const JINAN = readFileSync(join(ROOT, 'test', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');
const EXAMPLE = join(ROOT, 'examples', 'lixia-yibao-2026.budget.yaml');
const DEFECT_PATH = '项目[3].绩效目标.指标.成本指标.经济成本.总成本';

/** The opening tag of every cell whose data-path is `path`. */
function cellsAt(html: string, path: string): string[] {
  const re = new RegExp(`<t[dh][^>]*data-path="${path.replace(/[.[\]()]/g, '\\$&')}"[^>]*>[^<]*`, 'g');
  return html.match(re) ?? [];
}

const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs the bundled CLI, as a user would (it finds docs/rules next to dist/). */
function jixiao(args: string[]) {
  assert.ok(existsSync(CLI), 'run `npm run build` first: these tests run dist/cli.js');
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the report renders the summary, 项目支出表, every 绩效目标表, 支出功能分类 and 三公 tables', () => {
  const { draft, findings } = check(JINAN);
  const html = renderReport(draft, findings, { ruleDocs: readRuleDoc });
  for (const t of [
    '项目支出表',
    '一般公共预算支出表（支出功能分类）',
    '“三公”经费支出表',
    '收支总表',
    '收入总表',
  ])
    assert.ok(html.includes(`>${t}</h2>`), t);
  assert.equal((html.match(/<h3 id="p\d+">项目支出绩效目标表：/g) ?? []).length, 8);
  assert.match(html, /<b class="">8<\/b><span>个项目<\/span>/);
  assert.match(html, /<b class="">1227\.00<\/b><span>项目支出（万元）<\/span>/);
  assert.match(html, /<b class="sev-error">7<\/b><span>错误<\/span>/);
  assert.match(html, /<b class="sev-warning">10<\/b><span>警告<\/span>/);
  // The bar chart: one bar per 类, the largest (210, 1626.46) at full width.
  assert.match(html, /<text x="0" y="\d+">210 卫生健康支出<\/text><rect x="230" y="\d+" width="300"/);
  assert.match(html, /<text x="0" y="\d+">221 住房保障支出<\/text><rect x="230" y="\d+" width="7"/);
  // The 绩效目标表 header block of the defective project.
  const goals = html.slice(html.indexOf('<h3 id="p3">'), html.indexOf('<h3 id="p4">'));
  for (const label of [
    '项目名称',
    '主管部门及代码',
    '实施单位',
    '年度预算资金总额',
    '其中：财政拨款',
    '其他资金',
    '总体目标',
  ])
    assert.ok(goals.includes(`>${label}</th>`), label);
  assert.ok(goals.includes('>362_济南市历下区医疗保障局</td>'));
  for (const l1 of ['成本指标', '产出指标', '效益指标', '满意度指标'])
    assert.ok(goals.includes(`>${l1}</td>`), l1);
  // 三公: the 2026 公务接待费 cell points at its line of the source.
  const sangong = cellsAt(html, '三公经费.本年.公务接待费');
  assert.equal(sangong.length, 1);
  assert.match(sangong[0], new RegExp(`data-line="${lineOf(JINAN, '本年: { 公务接待费: 0.30 }')}"`));
  assert.ok(sangong[0].endsWith('>0.30'));
  assert.match(html, /@page \{ size: A4 landscape;/);
});

test('the seeded defect is on its own cell, with its message and its source position', () => {
  const { draft, findings } = check(JINAN);
  const html = renderBody(draft, findings);
  const [cell, ...more] = cellsAt(html, DEFECT_PATH);
  assert.equal(more.length, 0);
  assert.match(cell, /class="finding finding-error"/);
  assert.match(
    cell,
    /title="\[cost-total-mismatch\] 总成本 ≤270万元，但项目“城乡居民医保政府资助缴费”年度预算资金总额为116万元（多154万元）/,
  );
  const line = lineOf(JINAN, '总成本: ≤270万元');
  assert.match(cell, new RegExp(`data-line="${line}" data-char="17"`));
  assert.ok(cell.endsWith('>≤270万元'));
  // A correct cost cell of another project is not highlighted.
  const ok = cellsAt(html, '项目[1].绩效目标.指标.成本指标.经济成本.总成本');
  assert.equal(ok.length, 1);
  assert.ok(!ok[0].includes('finding'), ok[0]);
  assert.ok(ok[0].endsWith('>≤80万元'));
});

test('every finding of the Jinan seed is shown on a cell at its own line', () => {
  const { draft, findings } = check(JINAN);
  const html = renderBody(draft, findings);
  findings.forEach((f, i) => {
    const re = new RegExp(
      `<t[dh] class="[^"]*\\bfinding\\b[^"]*"[^>]*data-refs="(?:\\d+,)*${i + 1}(?:,\\d+)*"[^>]*data-line="(\\d+)"`,
    );
    const m = re.exec(html);
    assert.ok(m, `${f.rule} at ${f.path} is on a cell`);
    assert.equal(Number(m[1]), f.range.start.line, `${f.rule} at its line`);
  });
});

test('a finding without a cell of its own goes to the enclosing cell, else the first inside it', () => {
  const paths = [
    '项目[3]',
    '项目[3].绩效目标.指标',
    '项目[3].绩效目标.指标.产出指标.数量指标.x',
    '项目[3].名称',
  ];
  assert.equal(bestPath('项目[3].名称', paths), '项目[3].名称');
  assert.equal(bestPath('项目[3].绩效目标.指标.满意度指标', paths), '项目[3].绩效目标.指标');
  assert.equal(bestPath('项目[3].明细[0].金额', paths), '项目[3]');
  assert.equal(bestPath('项目', ['收入.合计', '项目[0].名称']), '项目[0].名称');
  assert.equal(bestPath('项目[30]', paths), undefined, '项目[3] does not enclose 项目[30]');
});

test('half-typed drafts render without throwing and without leftover placeholders', () => {
  for (let cut = 0; cut <= JINAN.length; cut += 397) {
    const { draft, findings } = check(JINAN.slice(0, cut));
    const html = renderReport(draft, findings);
    assert.ok(!html.includes('\uE000'), `cut at ${cut}`);
    assert.ok(html.endsWith('</html>\n'));
  }
});

test('rule docs are embedded as HTML with no reference outside the page', () => {
  const md = readRuleDoc('cost-total-mismatch');
  assert.ok(md, 'docs/rules/cost-total-mismatch.md is found');
  const html = markdownToHtml(md, (id) => (id === 'cost-exceeds-budget' ? `rule-${id}` : undefined));
  assert.match(html, /^<h4>cost-total-mismatch：总成本与项目金额不一致<\/h4>/);
  assert.match(
    html,
    /<h5>正确示例<\/h5>\n<pre><code>成本指标:\n {2}经济成本指标:\n {4}总成本: ≤116万元<\/code><\/pre>/,
  );
  assert.match(html, /<li>级别：错误（error）<\/li>/);
  assert.match(html, /<code>总成本 ≤270万元<\/code>/);
  assert.equal(
    markdownToHtml(
      '见 [其他](https://example.org/x) 和 [规则](cost-exceeds-budget.md)',
      (id) => `rule-${id}`,
    ),
    '<p>见 其他 和 <a href="#rule-cost-exceeds-budget">规则</a></p>',
  );
  assert.equal(readRuleDoc('../package'), undefined);
});

test('jixiao report examples/… -o report.html writes one self-contained file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
  const file = join(dir, 'report.html');
  const r = jixiao(['report', EXAMPLE, '-o', file]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  assert.match(r.err, /已写入 .*report\.html（0 个问题，其中错误 0 个）/);
  const html = readFileSync(file, 'utf8');
  assert.ok(html.startsWith('<!doctype html>'));
  assert.match(
    html,
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/,
  );
  // Nothing outside the file: no scripts, links, images, frames, imports or URLs of any scheme.
  assert.ok(!/<(script|link|img|iframe|object|embed|base)\b/i.test(html), 'no external elements');
  assert.ok(!/\b(src|srcset|action|poster)=/i.test(html), 'no src attributes');
  assert.deepEqual([...new Set(html.match(/href="[^#"][^"]*"/g) ?? [])], [], 'only in-page links');
  assert.ok(!/url\(|@import|[a-z]+:\/\//i.test(html), 'no url(), @import or scheme://');
  assert.ok(html.includes('>项目支出表</h2>'));
  assert.equal((html.match(/项目支出绩效目标表：/g) ?? []).length, 8);
  assert.ok(html.includes('没有发现问题。'));
});

test('jixiao report of the Jinan seed embeds the docs of its rules; errors exit 2', () => {
  const r = jixiao(['report', join(ROOT, 'test', 'fixtures', 'jinan-lixia-2026.budget.yaml')]);
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out,
    /<article id="rule-cost-total-mismatch"><h4>cost-total-mismatch：总成本与项目金额不一致<\/h4>/,
  );
  assert.match(r.out, /真实案例（济南市历下区医疗保障局 2026）/);
  assert.equal((r.out.match(/<article id="rule-/g) ?? []).length, 7, 'one per rule with findings');
  const none = jixiao(['report']);
  assert.equal(none.code, 2);
  assert.match(none.err, /需要且只需要一个草稿文件/);
  const missing = jixiao(['report', join(ROOT, 'no-such.budget.yaml')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /无法读取/);
});
