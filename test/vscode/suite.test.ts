/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JixiaoApi } from '../../client/src/extension';
import { isEnglish } from '../../client/src/l10nText';

// Runs in a real VS Code (see scripts/vscode/run.mjs) on copies of the seed fixtures.
const JINAN = 'jinan-lixia-2026.budget.yaml';
const ZAOZHUANG = 'zaozhuang-shizhong-2026.budget.yaml';
// Set by run.mjs for a run in another display language; keeps that run's screenshots apart.
const LOCALE = process.env.JIXIAO_VSCODE_LOCALE;
const shot = (name: string) => console.log(`JIXIAO_SCREENSHOT ${LOCALE ? `${name}-${LOCALE}` : name}`);

function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workspace of fixture copies is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function diagnosticsOf(uri: vscode.Uri, min = 1, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jixiao');
    if (ds.length >= min || Date.now() > end) return ds;
    await sleep(200);
  }
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Polls `read` until `done` holds of its value (or time runs out), and returns the last value. */
async function until<T>(read: () => T, done: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = read();
    if (done(v) || Date.now() > end) return v;
    await sleep(100);
  }
}

/** The API `activate()` resolved to (client/src/api.ts). */
function api(): JixiaoApi {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'jixiao');
  assert.ok(ext?.isActive, 'the extension is active');
  return ext.exports as JixiaoApi;
}

/** Errors and warnings among Jixiao's diagnostics of a document, as the status bar should count them. */
function jixiaoCounts(uri: vscode.Uri): { errors: number; warnings: number } {
  const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jixiao');
  return {
    errors: ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
    warnings: ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
  };
}

/** The counts in the status item's text (`$(error) 7 $(warning) 10 绩效`), if it shows any. */
function shownCounts(text: string): { errors: number; warnings: number } | undefined {
  const m = /\$\(error\) (\d+) \$\(warning\) (\d+)/.exec(text);
  return m ? { errors: Number(m[1]), warnings: Number(m[2]) } : undefined;
}

function lineOf(doc: vscode.TextDocument, needle: string, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`“${needle}” not found`);
}

/** Puts the document back as it was (the `undo` command depends on focus, which headless lacks). */
async function restore(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.equal(doc.getText(), text);
}

suite('Jixiao in a real VS Code', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(fixtureUri(JINAN));
    editor = await vscode.window.showTextDocument(doc);
    console.log(`JIXIAO_LANGUAGE ${vscode.env.language}`);
  });

  test('activates on a budget draft', async () => {
    assert.equal(doc.languageId, 'budget-yaml');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'jixiao');
    assert.ok(ext, 'the extension under development is loaded');
    const end = Date.now() + 30_000;
    while (!ext.isActive && Date.now() < end) await sleep(100);
    assert.ok(ext.isActive, 'activated');
  });

  test('diagnostics carry rule ids, including the seeded 总成本 defect', async () => {
    const ds = await diagnosticsOf(doc.uri, 10);
    const codes = new Set(ds.map(codeOf));
    assert.ok(codes.has('cost-total-mismatch'), [...codes].join(','));
    const cost = ds.find((d) => codeOf(d) === 'cost-total-mismatch');
    assert.ok(cost);
    assert.match(doc.lineAt(cost.range.start.line).text, /总成本.*270/);
    assert.match(cost.message, /270万元.*116万元/);
  });

  test('hover on a project name and on a 功能 code answers in Chinese', async () => {
    const nameLine = lineOf(doc, '名称: 城乡居民医保政府资助缴费');
    const col = doc.lineAt(nameLine).text.indexOf('城乡');
    const onName = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(nameLine, col + 2),
    );
    assert.match(hoverText(onName), /城乡居民医保政府资助缴费/);
    assert.match(hoverText(onName), /金额/);
    const codeLine = lineOf(doc, '科目: 210 ');
    const codeCol = doc.lineAt(codeLine).text.indexOf('210');
    const onCode = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(codeLine, codeCol + 1),
    );
    assert.match(hoverText(onCode), /卫生健康支出/);
  });

  test('a quick fix applied through the workspace makes its finding go away', async () => {
    const before = await diagnosticsOf(doc.uri, 10);
    const fixable = before.find((d) => codeOf(d) === 'cost-total-mismatch');
    assert.ok(fixable);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      fixable.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The first of the rule's readings (none is preferred: which number is wrong is a judgment).
    const fix = actions.find((a) => a.edit && a.title.startsWith('把总成本改为'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.match(fix.title, /116万元/);
    assert.ok(fix.edit, `“${fix.title}” carries an edit`);
    const line = fixable.range.start.line;
    const original = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.doesNotMatch(doc.lineAt(line).text, /270/);
    const end = Date.now() + 30_000;
    for (;;) {
      const now = vscode.languages
        .getDiagnostics(doc.uri)
        .filter((d) => codeOf(d) === 'cost-total-mismatch' && d.range.start.line === line);
      if (!now.length) break;
      assert.ok(Date.now() < end, 'the fixed finding is still reported');
      await sleep(200);
    }
    await restore(doc, original);
  });

  test('completion at a 功能科目 value offers catalog codes', async () => {
    const original = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    const at = lineOf(doc, '名称: 城乡居民医保政府资助缴费');
    const indent = doc.lineAt(at).text.indexOf('名称');
    const line = `${' '.repeat(indent)}功能科目: 2101`;
    edit.insert(doc.uri, new vscode.Position(at + 1, 0), `${line}\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(at + 1, line.length),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(
      labels.some((l) => l.startsWith('2101599 ')),
      labels.slice(0, 10).join(' | '),
    );
    await restore(doc, original);
  });

  test('document symbols list the projects', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    const names = JSON.stringify(symbols.map((s) => [s.name, s.children.map((c) => c.name)]));
    assert.match(names, /城乡居民医保政府资助缴费/);
    assert.match(names, /医保窗口服务经费/);
  });

  test('a review comment is written into the YAML and reported as open', async () => {
    await vscode.workspace
      .getConfiguration('jixiao')
      .update('reviewer', '市财政局张三', vscode.ConfigurationTarget.Global);
    const original = doc.getText();
    const at = lineOf(doc, '名称: 城乡居民医保政府资助缴费');
    // What the comment UI hands the command when a reviewer submits a new thread on that line.
    const reply = {
      thread: { uri: doc.uri, range: new vscode.Range(at, 0, at, 0), dispose: () => undefined },
      text: '请核实总成本与项目金额',
    };
    await vscode.commands.executeCommand('jixiao.review.create', reply);
    const text = doc.getText();
    assert.match(text, /意见: 请核实总成本与项目金额/);
    assert.match(text, /审核人: 市财政局张三/);
    assert.match(text, /状态: 待修改/);
    let open: vscode.Diagnostic | undefined;
    for (const end = Date.now() + 30_000; !open && Date.now() < end; await sleep(200))
      open = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'review-open');
    assert.ok(open, 'review-open is reported');
    await restore(doc, original);
  });

  test('the preview opens beside the editor', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('jixiao.preview');
    const webviews = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputWebview);
    for (const end = Date.now() + 10_000; !webviews().length && Date.now() < end;) await sleep(200);
    assert.equal(webviews().length, 1);
    assert.match(webviews()[0].label, /预览|jinan/);
    await vscode.window.tabGroups.close(webviews());
  });

  test('folding: a project folds from its 名称 line to its last indicator', async () => {
    const start = lineOf(doc, '  - 名称: 城乡居民医保政府资助缴费');
    const indicators = lineOf(doc, '指标:', start);
    // The project ends before the next one, less the blank lines between them.
    let last = lineOf(doc, '  - 名称: ', start + 1) - 1;
    while (!doc.lineAt(last).text.trim()) last--;
    assert.ok(last > indicators + 10, `${last} is an indicator line below 指标: on ${indicators}`);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      doc.uri,
    );
    const project = ranges.find((r) => r.start === start);
    assert.ok(project, `a range starts on line ${start}: ${JSON.stringify(ranges.slice(0, 20))}`);
    assert.equal(project.end, last);
  });

  test('definition: a project’s 预算单位 goes to the unit declared in the 预算单位 list', async () => {
    const project = lineOf(doc, '名称: 城乡居民医保政府资助缴费');
    const use = lineOf(doc, '预算单位: ', project);
    const unit = doc.lineAt(use).text.split('预算单位: ')[1].trim();
    const list = lineOf(doc, '预算单位:');
    const declared = lineOf(doc, `  - 名称: ${unit}`, list);
    assert.ok(declared < project, `${unit} is declared above the projects`);
    const col = doc.lineAt(use).text.indexOf(unit);
    const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      new vscode.Position(use, col + 2),
    );
    const targets = found.map((l) =>
      'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : l,
    );
    assert.equal(targets.length, 1, JSON.stringify(targets));
    assert.equal(targets[0].uri.toString(), doc.uri.toString());
    assert.deepEqual(
      [targets[0].range.start.line, targets[0].range.start.character],
      [declared, doc.lineAt(declared).text.indexOf(unit)],
    );
  });

  test('workspace symbols find a project of another open draft, in that draft', async () => {
    const name = '重度残疾人医疗参保代缴';
    assert.throws(() => lineOf(doc, name), 'the name is not in the draft being edited');
    // The server indexes open drafts: open the other one without leaving the Jinan editor.
    const other = await vscode.workspace.openTextDocument(fixtureUri(ZAOZHUANG));
    await diagnosticsOf(other.uri, 1);
    await vscode.window.showTextDocument(doc);
    const query = () =>
      vscode.commands.executeCommand<vscode.SymbolInformation[]>(
        'vscode.executeWorkspaceSymbolProvider',
        name,
      );
    let found: vscode.SymbolInformation[] = [];
    for (const end = Date.now() + 10_000; Date.now() < end; await sleep(200)) {
      found = (await query()).filter((s) => s.name === name);
      if (found.length) break;
    }
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].location.uri.toString(), other.uri.toString());
    assert.equal(found[0].location.range.start.line, lineOf(other, `名称: ${name}`));
  });

  test('code lens over a project marks which kinds of indicator it has, and the findings in them', async () => {
    const line = lineOf(doc, '  - 名称: 城乡居民医保政府资助缴费');
    const end = lineOf(doc, '  - 名称: ', line + 1);
    const ds = await diagnosticsOf(doc.uri, 10);
    // Findings under each 一级 of this project, counted from the diagnostics VS Code holds.
    const groupOf = (l: number) => {
      for (let i = l; i > line; i--) {
        const m = /^ {8}(成本|产出|效益|满意度)指标:/.exec(doc.lineAt(i).text);
        if (m) return m[1];
      }
      return undefined;
    };
    const counts = new Map<string, number>();
    for (const d of ds) {
      const l = d.range.start.line;
      const g = l > line && l < end ? groupOf(l) : undefined;
      if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const expected = ['成本', '产出', '效益', '满意度']
      .map((k) => `${k} ${counts.get(k) ? `✗ ${counts.get(k)}` : '✓'}`)
      .join(' ');
    assert.equal(expected, '成本 ✗ 2 产出 ✓ 效益 ✓ 满意度 ✗ 1', 'the seed’s defects under this project');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      doc.uri,
      100,
    );
    const titles = lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title ?? '');
    assert.ok(titles.includes(expected), `“${expected}” among ${JSON.stringify(titles)}`);
  });

  test('the status bar counts the active draft’s errors and warnings, and hides for other files', async () => {
    await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri, 10);
    const status = await until(
      () => api().status(),
      (s) => s.visible && JSON.stringify(shownCounts(s.text)) === JSON.stringify(jixiaoCounts(doc.uri)),
    );
    const counts = jixiaoCounts(doc.uri);
    assert.ok(counts.errors > 0 && counts.warnings > 0, JSON.stringify(counts));
    assert.deepEqual(shownCounts(status.text), counts, status.text);
    assert.equal(status.visible, true);

    // Empty, so the untitled editor is not dirty and closes without asking to save.
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext' });
    await vscode.window.showTextDocument(plain);
    assert.equal(
      (
        await until(
          () => api().status(),
          (s) => !s.visible,
        )
      ).visible,
      false,
    );
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter(
        (t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === plain.uri.toString(),
      );
    assert.equal(tabs.length, 1);
    assert.ok(await vscode.window.tabGroups.close(tabs));
    await vscode.window.showTextDocument(doc);
    assert.equal(
      (
        await until(
          () => api().status(),
          (s) => s.visible,
        )
      ).visible,
      true,
    );
  });

  test('the status tooltip is in VS Code’s display language', async () => {
    await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri, 10);
    const counts = jixiaoCounts(doc.uri);
    const { tooltip } = await until(
      () => api().status(),
      (s) => s.visible && JSON.stringify(shownCounts(s.text)) === JSON.stringify(counts),
    );
    if (isEnglish(vscode.env.language)) {
      assert.ok(tooltip.includes(`${counts.errors} error(s) and ${counts.warnings} warning(s)`), tooltip);
      assert.doesNotMatch(tooltip, /[\u4e00-\u9fff]/);
    } else {
      assert.ok(tooltip.includes(`${counts.errors} 个错误、${counts.warnings} 个警告`), tooltip);
    }
  });

  test('screenshot: diagnostics underlined and a hover open', async () => {
    // The ≤270万元 case of the issue; after the restores above its finding is published again.
    let cost: vscode.Diagnostic | undefined;
    for (const end = Date.now() + 30_000; !cost && Date.now() < end; await sleep(200))
      cost = vscode.languages
        .getDiagnostics(doc.uri)
        .find(
          (d) => codeOf(d) === 'cost-total-mismatch' && doc.lineAt(d.range.start.line).text.includes('270'),
        );
    assert.ok(cost);
    editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(cost.range.start, cost.range.start);
    editor.revealRange(cost.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    shot('vscode-hover');
    await sleep(2500);
  });

  test('screenshot: the status bar shows the draft’s counts', async () => {
    editor = await vscode.window.showTextDocument(doc);
    await diagnosticsOf(doc.uri, 10);
    const counts = jixiaoCounts(doc.uri);
    const status = await until(
      () => api().status(),
      (s) => s.visible && JSON.stringify(shownCounts(s.text)) === JSON.stringify(counts),
    );
    assert.deepEqual(shownCounts(status.text), counts);
    // Close the hover of the test before, so the shot shows the editor and the status bar.
    await vscode.commands.executeCommand('editor.action.hideHover');
    const at = lineOf(doc, '名称: 城乡居民医保政府资助缴费');
    editor.selection = new vscode.Selection(at, 0, at, 0);
    editor.revealRange(new vscode.Range(at, 0, at, 0), vscode.TextEditorRevealType.AtTop);
    await sleep(1500);
    console.log(`JIXIAO_STATUS ${status.text} | ${status.tooltip}`);
    shot('vscode-status');
    await sleep(2500);
  });
});
