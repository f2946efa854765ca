import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { check, lineOf } from '../helpers';
import { previewOf } from '../../server/src/report/preview';
import { previewPage } from '../../server/src/report/page';
import { ARTIFACTS, launch, SCRATCH, skipReason as skip, watch } from './chromium';

const JINAN = readFileSync(join(__dirname, '..', 'fixtures', 'jinan-lixia-2026.budget.yaml'), 'utf8');
const DEFECT = 'td[data-path="项目[3].绩效目标.指标.成本指标.经济成本.总成本"]';
/** What `webview.cspSource` is in current VS Code. */
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";

/** What VS Code's Dark Modern theme sets on a webview's <html>. */
const DARK: Record<string, string> = {
  '--vscode-editor-foreground': '#cccccc',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-editorWidget-background': '#202020',
  '--vscode-editorWidget-border': '#454545',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-errorForeground': '#f85149',
  '--vscode-editorError-foreground': '#f14c4c',
  '--vscode-editorWarning-foreground': '#cca700',
  '--vscode-editorInfo-foreground': '#3794ff',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-charts-blue': '#3794ff',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-font-family': 'system-ui, "Noto Sans CJK SC", sans-serif',
};

let browser: Browser;
before(async () => {
  if (!skip) browser = await launch();
});
after(async () => browser?.close());

/** The webview page, served as a file, with a stub of the API VS Code gives webviews. */
async function openPreview(text: string, name: string): Promise<{ page: Page; w: ReturnType<typeof watch> }> {
  const nonce = randomBytes(16).toString('base64');
  const file = join(SCRATCH, `${name}.html`);
  writeFileSync(file, previewPage({ body: previewOf(check(text)).body, nonce, cspSource: CSP_SOURCE }));
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  const w = watch(page);
  // A string, not a function: tsx's helpers would not exist in the page.
  await page.addInitScript(`
    window.__posted = [];
    let state;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m),
      getState: () => state,
      setState: (s) => { state = s; },
    });`);
  await page.goto(pathToFileURL(file).toString());
  return { page, w };
}

// In-page code is written against elements (typed) or as strings: the tests compile without the DOM lib.
const posted = (page: Page) => page.evaluate<unknown[]>('window.__posted');

test(
  'the preview page outside VS Code: CSP, clicks post source positions, updates in place',
  { skip },
  async () => {
    const { page, w } = await openPreview(JINAN, 'preview-jinan');

    // CSP: present, locked down, and every script carries the nonce.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(
      csp ?? '',
      /^default-src 'none'; style-src 'self' https:\/\/\*\.vscode-cdn\.net 'nonce-([^']{16,})'; script-src 'nonce-\1';/,
    );
    const scripts = await page
      .locator('script')
      .evaluateAll((els) => els.map((e) => e.getAttribute('nonce') ?? ''));
    assert.equal(scripts.length, 1);
    assert.ok(
      scripts.every((n) => n.length >= 16),
      'no script without a nonce',
    );
    assert.equal(await page.locator('[style]').count(), 0, 'no style attributes (the CSP would drop them)');

    // Styles applied through the nonce: the defect is outlined in the error colour.
    const cell = page.locator(DEFECT);
    assert.equal(
      await cell.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle),
      'solid',
    );

    // Clicking the highlighted cell asks the editor to select its source.
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    const line = lineOf(JINAN, '总成本: ≤270万元');
    assert.deepEqual(await posted(page), [
      { type: 'reveal', line, character: 17, endLine: line, endCharacter: 23 },
    ]);
    // So does a cell of the 项目支出表, and a rule id asks for the rule's doc.
    await page.locator('table.projects td[data-path="项目[3].金额"]').click();
    await page.locator('[data-rule-doc="cost-total-mismatch"]').first().click();
    const [, amount, doc] = (await posted(page)) as Record<string, unknown>[];
    assert.equal(amount.line, lineOf(JINAN, '金额: 116.00'));
    assert.deepEqual(doc, { type: 'ruleDoc', rule: 'cost-total-mismatch' });

    await page.mouse.move(1, 1); // no hover outline in the picture
    await page.locator('#p3').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(ARTIFACTS, 'preview-jinan.png') });

    // Dark theme: VS Code sets its colours as CSS variables on <html>.
    await page.locator('html').evaluate((el, vars) => {
      for (const [k, v] of Object.entries(vars))
        (el as unknown as { style: { setProperty(k: string, v: string): void } }).style.setProperty(k, v);
      el.ownerDocument.body.classList.add('vscode-dark');
    }, DARK);
    const dark = await page.locator('body').evaluate((el) => {
      const s = el.ownerDocument.defaultView!.getComputedStyle(el);
      return { bg: s.backgroundColor, fg: s.color };
    });
    assert.deepEqual(dark, { bg: 'rgb(31, 31, 31)', fg: 'rgb(204, 204, 204)' });
    assert.equal(
      await cell.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineColor),
      'rgb(241, 76, 76)',
    );
    await page.locator('#p3').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(ARTIFACTS, 'preview-jinan-dark.png') });

    // An update from the extension swaps the body without reloading the page.
    const fixed = previewOf(check(JINAN.replace('总成本: ≤270万元', '总成本: ≤116万元'))).body;
    await page
      .locator('body')
      .evaluate(
        (el, body) => el.ownerDocument.defaultView!.postMessage({ type: 'update', body }, '*'),
        fixed,
      );
    await page.waitForFunction(
      `document.querySelector(${JSON.stringify(DEFECT)})?.textContent === '≤116万元'`,
    );
    assert.match((await page.locator(DEFECT).getAttribute('class')) ?? '', /finding-warning/);
    assert.equal(((await posted(page)) as unknown[]).length, 3, 'the page kept its state (no reload)');

    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.requests, []);
    await page.close();
  },
);

test('the preview CSP blocks a script without the nonce', { skip }, async () => {
  const { page, w } = await openPreview(JINAN, 'preview-csp');
  const blocked = await page.locator('body').evaluate(
    (body) =>
      new Promise<string>((resolve) => {
        const doc = body.ownerDocument;
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        doc.addEventListener(
          'securitypolicyviolation',
          (e: unknown) => resolve((e as unknown as { violatedDirective: string }).violatedDirective),
          { once: true },
        );
        const s = doc.createElement('script');
        s.textContent = 'window.__injected = true';
        body.append(s);
      }),
  );
  assert.equal(blocked, 'script-src-elem');
  assert.equal(await page.evaluate('window.__injected'), undefined);
  assert.equal(w.errors.length, 1, 'only the refused script is reported');
  assert.match(w.errors[0], /Content Security Policy/);
  await page.close();
});
