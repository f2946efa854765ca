/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Runs in a real VS Code (see scripts/vscode/run.mjs) on copies of the seed fixtures.
const JINAN = 'jinan-lixia-2026.budget.yaml';

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
    // The rule's own fix is the preferred action (the ladder's other rungs are not).
    const fix = actions.find((a) => a.isPreferred);
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
    console.log('JIXIAO_SCREENSHOT vscode-hover');
    await sleep(2500);
  });
});
