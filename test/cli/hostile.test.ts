import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../../server/src/cli/files';
import { draftWith, GOOD_PROJECT } from '../helpers';

/** Hostile inputs to the CLI (issue 15): each one once hung, crashed, or said the wrong thing. */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const BAD = draftWith(GOOD_PROJECT.replace('≤44.36万元', '≤270万元'));

function run(args: string[], cwd: string, extra: SpawnSyncOptions = {}) {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, ...extra });
  assert.equal(r.signal, null, `the CLI ended by itself (${args.join(' ')})`);
  return { code: r.status, out: String(r.stdout), err: String(r.stderr) };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-hostile-'));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'good.budget.yaml'), draftWith(GOOD_PROJECT));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'bad.budget.yaml'), BAD);
  return dir;
}

test('EPIPE: `check … | head -1` and `report … | head -c 10` end quietly', () => {
  const dir = workspace();
  const many = Array.from({ length: 2000 }, (_, i) =>
    GOOD_PROJECT.replace('≤44.36万元', '≤270万元').replace('医疗保障工作经费', `项目${i}`),
  );
  writeFileSync(join(dir, 'big.budget.yaml'), draftWith(many.join('')));
  for (const cmd of ['check big.budget.yaml | head -1', 'report big.budget.yaml | head -c 10']) {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${cmd} >/dev/null; true`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    // stdout of the pipeline goes to /dev/null; what matters is that node printed no stack trace.
    const r2 = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${CLI}" ${cmd.replace('|', '2>&1 1>/dev/null |')}`],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    assert.equal(r.stderr, '', `${cmd}: nothing on stderr`);
    assert.doesNotMatch(r2.stdout, /EPIPE|Unhandled|at .*:\d+:\d+/);
    const inner = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${CLI}" ${cmd.split('|')[0]} 2>err.txt | ${cmd.split('|')[1]} >/dev/null`,
      ],
      { cwd: dir },
    );
    assert.equal(inner.status, 0);
    assert.equal(
      fs.readFileSync(join(dir, 'err.txt'), 'utf8'),
      '',
      `${cmd}: the CLI wrote nothing to stderr`,
    );
  }
});

test('directory symlinks are never followed; each file is checked once by its real path', () => {
  const dir = workspace();
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('.', join(dir, 'again'));
  symlinkSync('sub', join(dir, 'link'));
  symlinkSync(join(dir, 'sub', 'bad.budget.yaml'), join(dir, 'alias.budget.yaml'));
  const r = run(['check', '.'], dir);
  assert.match(r.out, /检查了 2 个文件/);
  assert.equal(r.code, 1);
  const same = run(['check', 'good.budget.yaml', './good.budget.yaml', join(dir, 'good.budget.yaml')], dir);
  assert.match(same.out, /检查了 1 个文件，没有发现问题/);
  const glob = run(['check', '**/*.budget.yaml'], dir);
  assert.match(glob.out, /检查了 2 个文件/);
  // A link to itself with a draft's name: reported, not silently dropped, and the rest is checked.
  symlinkSync('loop.budget.yaml', join(dir, 'loop.budget.yaml'));
  const loop = run(['check', '.'], dir);
  assert.match(loop.err, /loop\.budget\.yaml：符号链接无法打开：符号链接循环（ELOOP）/);
  assert.match(loop.out, /检查了 2 个文件，另有 1 项无法检查/);
  assert.equal(loop.code, 2);
});

test('a FIFO named *.budget.yaml is skipped with a message, never read', () => {
  const dir = workspace();
  const made = spawnSync('mkfifo', [join(dir, 'pipe.budget.yaml')]);
  if (made.status !== 0) return; // no mkfifo here
  const r = run(['check', '.'], dir);
  assert.match(r.err, /pipe\.budget\.yaml：不是普通文件/);
  assert.match(r.out, /检查了 2 个文件，另有 1 项无法检查/);
  assert.equal(r.code, 2);
  const named = run(['check', 'pipe.budget.yaml'], dir);
  assert.match(named.err, /pipe\.budget\.yaml：不是普通文件/);
  assert.equal(named.code, 2);
  const report = run(['report', 'pipe.budget.yaml', '-o', 'x.html'], dir);
  assert.match(report.err, /无法读取 pipe\.budget\.yaml：不是普通文件/);
  assert.equal(report.code, 2);
});

test("a glob reads only the directories it can match: '*.nomatch' lists one directory", () => {
  const dir = workspace();
  for (let i = 0; i < 5; i++) mkdirSync(join(dir, 'sub', `d${i}`, 'e'), { recursive: true });
  const readdir = mock.method(fs, 'readdirSync');
  try {
    const r = expandInputs(['*.nomatch'], dir);
    assert.deepEqual(r.files, []);
    assert.deepEqual(r.missing, ['*.nomatch']);
    assert.equal(readdir.mock.callCount(), 1);
    readdir.mock.resetCalls();
    assert.deepEqual(expandInputs(['sub/*.budget.yaml'], dir).files, ['sub/bad.budget.yaml']);
    assert.equal(readdir.mock.callCount(), 1);
    assert.deepEqual(expandInputs(['**/bad.budget.yaml'], dir).files, ['sub/bad.budget.yaml']);
  } finally {
    readdir.mock.restore();
  }
  assert.equal(run(['check', '*.nomatch'], dir).code, 2);
});

/** As root, permissions do not stop a read: the CLI then runs as `nobody`. */
const asOther: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

test('an unreadable directory or file is reported with exit 2, never as “没有发现问题”', () => {
  const dir = workspace();
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'x.budget.yaml'), BAD);
  chmodSync(join(dir, 'locked'), 0o000);
  chmodSync(join(dir, 'sub'), 0o755);
  chmodSync(join(dir, 'sub', 'bad.budget.yaml'), 0o644);
  chmodSync(join(dir, 'good.budget.yaml'), 0o644);
  const r = run(['check', '.'], dir, asOther);
  assert.match(r.err, /locked：无法读取目录：没有读取权限（EACCES）/);
  assert.equal(r.code, 2);
  assert.match(r.out, /检查了 2 个文件，另有 1 项无法检查（见上方说明）/);
  writeFileSync(join(dir, 'secret.budget.yaml'), draftWith(GOOD_PROJECT));
  chmodSync(join(dir, 'secret.budget.yaml'), 0o000);
  const f = run(['check', 'secret.budget.yaml'], dir, asOther);
  assert.equal(f.code, 2);
  assert.match(f.err, /无法读取 secret\.budget\.yaml：没有读取权限（EACCES）/);
  assert.doesNotMatch(f.out, /没有发现问题/);
  assert.match(f.out, /检查了 0 个文件，另有 1 项无法检查（见上方说明）。/);
});

test('invalid UTF-8 is reported at its line with exit 2, not replaced silently', () => {
  const dir = workspace();
  const text = Buffer.concat([
    Buffer.from('格式: 部门预算/1\n部门: '),
    Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), // 测试 in GBK
    Buffer.from('局\n预算年度: 2026\n'),
  ]);
  writeFileSync(join(dir, 'gbk.budget.yaml'), text);
  const r = run(['check', 'gbk.budget.yaml'], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /无法读取 gbk\.budget\.yaml：不是有效的 UTF-8 文本（第2行第5列，字节 0xb2）/);
  assert.doesNotMatch(r.out, /没有发现问题/);
  assert.equal(run(['tables', 'gbk.budget.yaml'], dir).code, 2);
});

test("report -o '' is a usage error, nothing written to stdout", () => {
  const dir = workspace();
  for (const args of [
    ['report', 'good.budget.yaml', '-o', ''],
    ['report', 'good.budget.yaml', '--output='],
  ]) {
    const r = run(args, dir);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /的值不能为空/);
  }
});

test('text output escapes draft strings: no ESC sequence, no forged line', () => {
  const dir = workspace();
  const name = '"坏\\e]0;PWNED\\a\\e[2J\\n::error file=x.yaml::伪造\\r没有发现问题"';
  writeFileSync(
    join(dir, 'evil.budget.yaml'),
    draftWith(GOOD_PROJECT.replace('≤44.36万元', '≤270万元').replace('医疗保障工作经费', name)),
  );
  const r = run(['check', 'evil.budget.yaml'], dir);
  assert.equal(r.code, 1);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(r.out, /[\u0000-\u0009\u000b-\u001f\u007f]/);
  assert.doesNotMatch(r.out, /^::error/m);
  const lines = r.out.trimEnd().split('\n');
  assert.ok(
    lines.slice(0, -1).every((l) => l.startsWith('evil.budget.yaml:')),
    r.out,
  );
  assert.match(r.out, /坏\\u001b\]0;PWNED\\u0007\\u001b\[2J⏎::error file=x\.yaml::伪造⏎没有发现问题/);
  // JSON keeps the text exact (JSON escapes it).
  const json = JSON.parse(run(['check', '--format', 'json', 'evil.budget.yaml'], dir).out) as {
    message: string;
  }[];
  assert.ok(json.some((f) => f.message.includes('\u001b]0;PWNED\u0007')));
});

test('tables --format md escapes HTML, pipes and line breaks in cells', () => {
  const dir = workspace();
  const name = '"<img src=x onerror=alert(1)>|列\\n| 伪造 | 行 |"';
  writeFileSync(join(dir, 'md.budget.yaml'), draftWith(GOOD_PROJECT.replace('医疗保障工作经费', name)));
  const r = run(['tables', 'md.budget.yaml', '--format', 'md'], dir);
  assert.equal(r.code, 0);
  assert.doesNotMatch(r.out, /<img/);
  assert.doesNotMatch(r.out, /^\| 伪造/m);
  assert.match(
    r.out,
    /\| &lt;img src=x onerror=alert\(1\)&gt;&#124;列<br>&#124; 伪造 &#124; 行 &#124; \| 其他运转类 \|/,
  );
});

test('a rule that crashes makes check (of a draft or an imported table), report and tables exit 2 and say so, never 0', async () => {
  const { main } = await import('../../server/src/cli/main');
  const { RULES } = await import('../../server/src/engine/rules');
  const dir = workspace();
  const crash = {
    ...RULES[0],
    id: 'crash-test',
    draft: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
    project: undefined,
    piece: undefined,
    tree: undefined,
  } as (typeof RULES)[number];
  RULES.push(crash);
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    let out = '';
    let err = '';
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const sink = (f: (s: string) => void): any => ({ write: (s: string) => (f(s), true) });
    const code = main(
      ['check', 'good.budget.yaml'],
      sink((s) => (out += s)),
      sink((s) => (err += s)),
    );
    assert.equal(code, 2);
    assert.match(
      err,
      /内部错误（good\.budget\.yaml）：crash-test: RangeError: Maximum call stack size exceeded/,
    );
    assert.match(out, /检查了 1 个文件/);
    for (const args of [
      ['report', 'good.budget.yaml', '-o', 'r.html'],
      ['tables', 'good.budget.yaml'],
    ]) {
      err = '';
      assert.equal(
        main(
          args,
          sink(() => {}),
          sink((s) => (err += s)),
        ),
        2,
        args[0],
      );
      assert.match(err, /内部错误：crash-test/);
    }
    // A published table checked in memory (`check x.txt`) as well.
    writeFileSync(
      'pasted.txt',
      [
        '项目名称\t医保窗口服务经费',
        '项目资金 (万元)\t年度预算资金总额:\t225.00',
        '总体目标\t保证各项经办业务正常开展',
        '\t一级指标\t二级指标\t三级指标\t指标值',
        '绩效指标\t成本指标\t经济成本\t总成本\t≤225.00',
      ].join('\n'),
    );
    err = '';
    const imported = await main(
      ['check', 'pasted.txt'],
      sink(() => {}),
      sink((s) => (err += s)),
    );
    assert.equal(imported, 2, err);
    assert.match(err, /内部错误（pasted\.txt）：crash-test: RangeError/);
  } finally {
    process.chdir(cwd);
    RULES.splice(RULES.indexOf(crash), 1);
  }
});

test('import and check of an unreadable table: a Chinese reason, the name escaped, exit 2', () => {
  const dir = workspace();
  for (const args of [
    ['import', 'missing\u001b[2J.txt'],
    ['check', 'missing\u001b[2J.txt'],
  ]) {
    const r = run(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /无法读取 missing\\u001b\[2J\.txt：文件不存在（ENOENT）/);
    assert.doesNotMatch(r.err, /no such file/);
    assert.ok(!r.err.includes('\u001b'), 'no raw ESC reaches the terminal');
  }
});

test('import of a table with control characters and of a GBK text: nothing raw reaches the terminal', () => {
  const dir = workspace();
  writeFileSync(
    join(dir, 'esc.txt'),
    [
      '项目名称\t医保窗口服务经费',
      '项目资金 (万元)\t年度预算资金总额:\t225.00',
      '总体目标\t保证各项经办业务正常开展',
      '\t一级指标\t二级指标\t三级指标\t指标值',
      '绩效指标\t成本指标\t经济成本\t总成本\u001b]0;PWNED\u0007\t≤225.00',
    ].join('\n'),
  );
  const r = run(['import', 'esc.txt'], dir);
  assert.equal(r.code, 0, r.err);
  assert.ok(!(r.out + r.err).includes('\u001b'), 'no raw ESC in the draft or the report');
  assert.match(r.err, /^esc\.txt:第5行 删除了 2 个不可打印的控制字符$/m);
  assert.match(r.out, /^ {12}总成本\]0;PWNED: ≤225\.00$/m);
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x09, 0x31, 0x32, 0x0a]));
  const g = run(['import', 'gbk.txt'], dir);
  assert.equal(g.code, 2);
  assert.match(
    g.err,
    /拒绝导入 gbk\.txt：gbk\.txt 不是有效的 UTF-8 文本；若文件是 GBK 等其他编码，请另存为 UTF-8/,
  );
  assert.equal(g.out, '');
});
