/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Issue 14, tried as a new user would, in a real VS Code: fix on save, snippets, a new draft, typos.
const JINAN = 'jinan-lixia-2026.budget.yaml';
const ZAOZHUANG = 'zaozhuang-shizhong-2026.budget.yaml';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the workspace of fixture copies is open');
  return f.uri;
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

const jixiao = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jixiao');

/** Polls the document's Jixiao diagnostics until `done` holds (or time runs out). */
async function diagnosticsUntil(
  uri: vscode.Uri,
  done: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ds = jixiao(uri);
    if (done(ds) || Date.now() > end) return ds;
    await sleep(200);
  }
}

/** A fresh file in the workspace with this text, opened in an editor. */
async function newFile(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/**
 * Makes a change (so the save is a real one and its participants run) and saves as Ctrl+S does.
 * A save refused while the file's first load settles is retried.
 */
async function saveWithChange(doc: vscode.TextDocument): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '# 已保存\n');
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(doc.isDirty);
  for (let attempt = 0; attempt < 5; attempt++) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.save');
    for (let i = 0; i < 20 && doc.isDirty; i++) await sleep(250);
    if (!doc.isDirty) return;
  }
  assert.fail(`${doc.uri.path} could not be saved`);
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * What a save must never decide: every 状态, 金额 and cost value, as written (the operator aside:
 * ≥ on a cost is a safe fix). Sorted, and without indentation: a safe fix may move a misplaced
 * block (成本指标 under 产出指标) or drop an empty key, which changes no value.
 */
function substance(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => /(状态|金额|成本[^:：]*):\s*[^\s#]/.test(l))
    .map((l) =>
      l
        .trim()
        .replace(/[≤≥<>]=?/g, '')
        .replace(/\s+#.*$/, ''),
    )
    .sort();
}

suite('Issue 14: safe by default, snippets, a new draft', () => {
  suiteTeardown(closeAll);

  test('fix on save on the Jinan seed changes no 状态, amount or cost value', async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'budget-yaml' })
      .update(
        'codeActionsOnSave',
        { 'source.fixAll.jixiao': 'explicit' },
        vscode.ConfigurationTarget.Global,
        true,
      );
    const source = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), JINAN));
    // With an open 审核意见, as the officer had when one save marked it 已修改.
    const original = Buffer.from(source)
      .toString('utf8')
      .replace(
        /(\n {2}- 名称: 城乡居民医保政府资助缴费\n)/,
        '$1    审核意见:\n      - { 意见: 请核实总成本, 审核人: 财政局预算科, 日期: 2025-10-12, 状态: 待修改 }\n',
      );
    assert.match(original, /状态: 待修改/);
    const doc = (await newFile('save-jinan.budget.yaml', original)).document;
    await diagnosticsUntil(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'cost-total-mismatch'));
    // A change, so the save is a real one and its participants run.
    await saveWithChange(doc);
    assert.deepEqual(substance(doc.getText()), substance(original));
    assert.match(doc.getText(), /状态: 待修改/);
    for (const v of ['≤270万元', '≤350万元', '≤23万元', '≤160万元']) assert.ok(doc.getText().includes(v), v);
  });

  test('fix on save does apply the safe fixes: 枣庄’s ≥ on a cost becomes ≤, its amount stays', async () => {
    const source = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), ZAOZHUANG));
    const original = Buffer.from(source).toString('utf8');
    assert.match(original, /≥1218万元/);
    const doc = (await newFile('save-zaozhuang.budget.yaml', original)).document;
    await diagnosticsUntil(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'cost-operator'));
    await saveWithChange(doc);
    const saved = doc.getText();
    assert.match(saved, /≤1218万元/, 'the save ran the safe fix');
    assert.deepEqual(substance(saved), substance(original));
  });

  test('the quick fixes of a cost total: three readings, none preferred', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), JINAN));
    await vscode.window.showTextDocument(doc);
    const ds = await diagnosticsUntil(doc.uri, (x) => x.some((d) => codeOf(d) === 'cost-total-mismatch'));
    const d = ds.find(
      (x) => codeOf(x) === 'cost-total-mismatch' && doc.lineAt(x.range.start.line).text.includes('270'),
    );
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const readings = actions.filter((a) => a.edit);
    assert.deepEqual(
      readings.map((a) => a.title.split('（')[0]),
      ['把总成本改为 ≤116万元', '把金额改为 270', '两者都对'],
    );
    assert.ok(!actions.some((a) => a.isPreferred), actions.map((a) => a.title).join(' | '));
    assert.ok(!actions.some((a) => a.title.startsWith('修复此文件中所有同类问题')));
  });

  /** [snippet, where, text with `|` for the cursor] */
  const HEADER = '格式: 部门预算/1\n部门: 测试局\n预算年度: 2026\n';
  const PROJECT =
    '  - 名称: 甲\n    金额: 1\n    资金来源:\n      一般公共预算: 1\n' +
    '    绩效目标:\n      总体目标: 完成工作\n';
  const CASES: [string, string, string][] = [
    ['新项目', 'after `  - `', HEADER + '项目:\n  - |\n'],
    ['新项目', 'on an empty indented line', HEADER + '项目:\n  |\n'],
    ['新项目', 'under 项目: in a new file, after a project', HEADER + '项目:\n' + PROJECT + '  |\n'],
    ['明细', 'after `      - `', HEADER + '项目:\n' + PROJECT + '    明细:\n      - |\n'],
    ['明细', 'on an empty indented line', HEADER + '项目:\n' + PROJECT + '    明细:\n      |\n'],
    ['审核意见', 'after `      - `', HEADER + '项目:\n' + PROJECT + '    审核意见:\n      - |\n'],
    ['审核意见', 'on an empty indented line', HEADER + '项目:\n' + PROJECT + '    审核意见:\n      |\n'],
    ['审核意见条目', 'in a project', HEADER + '项目:\n' + PROJECT + '    |\n'],
    ['审核意见条目', 'at the top level', HEADER + '|\n'],
    ['新建部门预算草稿', 'in an empty file', '|'],
  ];

  CASES.forEach(([label, where, marked], i) => {
    test(`snippet ${label} ${where}: no yaml-syntax, no schema finding`, async () => {
      const cursor = marked.indexOf('|');
      const text = marked.slice(0, cursor) + marked.slice(cursor + 1);
      const editor = await newFile(`snippet-${i}.budget.yaml`, text);
      const doc = editor.document;
      const at = doc.positionAt(cursor);
      await diagnosticsUntil(doc.uri, (ds) => ds.length > 0 || !!text, 5_000);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        doc.uri,
        at,
      );
      const item = list.items.find((x) => (typeof x.label === 'string' ? x.label : x.label.label) === label);
      assert.ok(item, `${label} among ${list.items.map((x) => x.label).join()}`);
      // asIs reaches VS Code as keepWhitespace; the suggest widget inserts with exactly this flag.
      assert.equal(item.keepWhitespace, true, 'inserted as is');
      assert.ok(item.insertText instanceof vscode.SnippetString);
      const range =
        item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(at, at));
      assert.ok(
        // `keepWhitespace` is in the API since 1.86, after the @types this repo builds against.
        await editor.insertSnippet(item.insertText, range, {
          undoStopBefore: true,
          undoStopAfter: true,
          keepWhitespace: item.keepWhitespace,
        } as { undoStopBefore: boolean; undoStopAfter: boolean }),
      );
      // Leave the snippet (its placeholders keep their defaults), then give the re-check its time
      // (debounce 150 ms): an empty file's 文件为空 must be gone, and no syntax or shape finding come.
      await vscode.commands.executeCommand('leaveSnippet');
      await sleep(2500);
      const bad = jixiao(doc.uri).filter((d) => ['yaml-syntax', 'schema'].includes(codeOf(d)));
      assert.deepEqual(
        bad.map((d) => `${codeOf(d)} ${d.range.start.line + 1}: ${d.message}`),
        [],
        `${label} ${where}:\n${doc.getText()}`,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });

  test('a new empty file → the quick fix 新建部门预算草稿 → a draft without findings, 2-space indent', async () => {
    const editor = await newFile('new.budget.yaml', '');
    const doc = editor.document;
    assert.equal(doc.languageId, 'budget-yaml');
    assert.equal(editor.options.tabSize, 2, 'configurationDefaults: 2-space indent');
    assert.equal(editor.options.insertSpaces, true);
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'budget-yaml' });
    assert.equal(config.get('wordWrap'), 'on');
    assert.equal(config.get('wordBasedSuggestions'), 'off');
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false);
    const [empty] = await diagnosticsUntil(doc.uri, (ds) => ds.length > 0);
    assert.ok(empty, 'the empty file has its finding');
    assert.match(empty.message, /文件为空/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      empty.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // Titled in the workbench's language (新建部门预算草稿… / New department budget draft…).
    const start = actions.find((a) => a.command?.command === 'jixiao.newDraft');
    assert.ok(start?.command, actions.map((a) => a.title).join(' | '));
    // The command asks 部门, 年度 and 金额单位; the test answers through its last argument.
    await vscode.commands.executeCommand(start.command.command, ...(start.command.arguments ?? []), {
      department: '济南市历下区医疗保障局',
      year: 2026,
      moneyUnit: '万元',
    });
    assert.match(doc.getText(), /^格式: 部门预算\/1\n/);
    assert.match(doc.getText(), /部门: 济南市历下区医疗保障局/);
    const after = await diagnosticsUntil(doc.uri, (ds) => ds.length === 0);
    assert.deepEqual(
      after.map((d) => `${codeOf(d)}: ${d.message}`),
      [],
    );
  });

  test('the command in the palette writes a new untitled draft that checks clean', async () => {
    const uri = await vscode.commands.executeCommand<string>('jixiao.newDraft', undefined, {
      department: '测试局',
      year: 2025,
      moneyUnit: '元',
    });
    assert.ok(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(doc);
    assert.equal(doc.languageId, 'budget-yaml');
    assert.match(doc.getText(), /金额单位: 元/);
    await sleep(3000);
    assert.deepEqual(jixiao(doc.uri).map(codeOf), []);
  });

  test('满意度指表 → one finding, one fix → clean', async () => {
    const text = TYPO_DRAFT.replace('满意度指标:', '满意度指表:');
    const editor = await newFile('typo.budget.yaml', text);
    const doc = editor.document;
    const ds = await diagnosticsUntil(doc.uri, (x) => x.length > 0);
    assert.deepEqual(
      ds.map((d) => [codeOf(d), d.range.start.line]),
      [['level1-unknown', lineIndex(text, '满意度指表')]],
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      ds[0].range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = actions.filter((a) => a.edit);
    const rename = fixes.find((a) => a.title === '改为“满意度指标”');
    assert.ok(rename?.edit, fixes.map((a) => a.title).join(' | '));
    assert.equal(rename.isPreferred, true, 'the one near name is the preferred fix');
    assert.ok(await vscode.workspace.applyEdit(rename.edit));
    assert.equal(doc.getText(), TYPO_DRAFT);
    const after = await diagnosticsUntil(doc.uri, (x) => x.length === 0);
    assert.deepEqual(after.map(codeOf), []);
  });
});

function lineIndex(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

const TYPO_DRAFT = `格式: 部门预算/1
部门: 测试局
预算年度: 2026
项目:
  - 名称: 医疗保障工作经费
    类别: 其他运转类
    金额: 44.36
    绩效目标:
      总体目标: 组织实施医疗保障工作
      指标:
        成本指标:
          经济成本指标:
            总成本: ≤44.36万元
        产出指标:
          数量指标:
            医保政策宣传场次: ≥2场次
        效益指标:
          社会效益指标:
            减轻参保患者看病就医负担: 有所减轻
        满意度指标:
          服务对象满意度指标:
            人民群众对医疗救助工作满意度: ≥90%
`;

suite('Issue 14: rule pages, hover, interface language', () => {
  const rendered = () =>
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test(t.input.viewType));
  const rawPages = () =>
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter(
        (t) =>
          t.input instanceof vscode.TabInputText && /docs[\\/]rules[\\/].*\.md$/.test(t.input.uri.fsPath),
      );

  async function expectRendered(open: () => Thenable<unknown>, what: string): Promise<void> {
    await vscode.window.tabGroups.close(rendered());
    await open();
    for (const end = Date.now() + 10_000; (!rendered().length || rawPages().length) && Date.now() < end;)
      await sleep(200);
    assert.equal(rendered().length, 1, `${what}: the page is shown rendered`);
    assert.deepEqual(
      rawPages().map((t) => t.label),
      [],
      `${what}: no editable source of the page stays open`,
    );
    await vscode.window.tabGroups.close(rendered());
  }

  async function jinanCost(): Promise<{ doc: vscode.TextDocument; d: vscode.Diagnostic }> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), JINAN));
    await vscode.window.showTextDocument(doc);
    const ds = await diagnosticsUntil(doc.uri, (x) => x.some((d) => codeOf(d) === 'cost-total-mismatch'));
    const d = ds.find(
      (x) => codeOf(x) === 'cost-total-mismatch' && doc.lineAt(x.range.start.line).text.includes('270'),
    );
    assert.ok(d);
    return { doc, d };
  }

  test('the rule page opens rendered from the Problems panel link, the light bulb and the hover link', async () => {
    const { doc, d } = await jinanCost();
    const code = d.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/cost-total-mismatch\.md$/);
    // The Problems panel opens the code's target with the opener, as vscode.open does.
    await expectRendered(() => vscode.commands.executeCommand('vscode.open', code.target), 'Problems link');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const page = actions.find((a) => a.command?.command === 'jixiao.showRuleDoc');
    assert.ok(page?.command);
    await expectRendered(
      () => vscode.commands.executeCommand(page.command!.command, ...(page.command!.arguments ?? [])),
      'light bulb',
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      d.range.start.translate(0, 2),
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    const link = /\[`cost-total-mismatch`\]\(([^)]+)\)/.exec(text);
    assert.ok(link, text);
    await expectRendered(
      () => vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(link[1])),
      'hover link',
    );
    // The hover adds the facts and the link; the message is the diagnostic's, shown once by VS Code.
    assert.ok(!text.includes(d.message), 'the hover does not repeat the message');
    await vscode.window.showTextDocument(doc);
  });

  test('jixiao.uiLanguage zh-cn keeps a Chinese UI in any workbench; en makes it English', async () => {
    const { doc, d } = await jinanCost();
    const config = vscode.workspace.getConfiguration('jixiao');
    const titles = async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      return actions.map((a) => a.title);
    };
    const waitFor = async (want: string) => {
      let got: string[] = [];
      for (const end = Date.now() + 20_000; Date.now() < end; await sleep(300)) {
        await diagnosticsUntil(doc.uri, (x) => x.length > 0);
        got = await titles().then(undefined, () => []);
        if (got.includes(want)) return;
      }
      assert.fail(`“${want}” not among ${got.join(' | ')}`);
    };
    try {
      await config.update('uiLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
      await waitFor('查看规则说明：cost-total-mismatch');
      await config.update('uiLanguage', 'en', vscode.ConfigurationTarget.Global);
      await waitFor('Show rule documentation: cost-total-mismatch');
    } finally {
      await config.update('uiLanguage', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
