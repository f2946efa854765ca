import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

// The TextMate grammar as package.json contributes it, checked by vscode-tmgrammar-test against
// the scope assertions in test/grammar/*.budget.yaml (columns count characters, not display width).
const root = join(__dirname, '..', '..');
const tool = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const specs = readdirSync(__dirname)
  .filter((f) => f.endsWith('.budget.yaml'))
  .map((f) => join(__dirname, f));
const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'budget-yaml.tmLanguage.json'), 'utf8')) as {
  repository: Record<string, { match?: string; patterns?: { match?: string }[] }>;
};

function run(...files: string[]) {
  return spawnSync(process.execPath, [tool, ...files], { cwd: root, encoding: 'utf8' });
}

test('the grammar gives every asserted token its scope', () => {
  assert.deepEqual(specs.map((f) => f.slice(__dirname.length + 1)).sort(), [
    'budget.budget.yaml',
    'values.budget.yaml',
  ]);
  const r = run(...specs);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout.match(/run successfuly/g)?.length, specs.length, r.stdout);
});

test('a wrong scope assertion fails (the check can fail)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-grammar-'));
  const broken = join(dir, 'broken.budget.yaml');
  writeFileSync(
    broken,
    readFileSync(specs[0], 'utf8').replace(
      'constant.other.code.budget-yaml',
      'constant.numeric.amount.budget-yaml',
    ),
  );
  let r = run(broken);
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /missing required scopes: constant\.numeric\.amount\.budget-yaml/);
  // A negative assertion turned positive: 高于 in prose is not an operator, and the check says so.
  const values = join(__dirname, 'values.budget.yaml');
  const prose = join(dir, 'prose.budget.yaml');
  writeFileSync(
    prose,
    readFileSync(values, 'utf8').replace(/(\^\^ )- (keyword\.operator\.comparison\.budget-yaml)/, '$1$2'),
  );
  r = run(prose);
  assert.notEqual(r.status, 0);
  assert.match(
    r.stdout,
    /服务质量: 高于往年水平[\s\S]*missing required scopes: keyword\.operator\.comparison\.budget-yaml/,
  );
});

/** The alternatives of the `(…|…)` group of a pattern that lists `member` (no nested groups). */
function alternatives(match: string | undefined, member: string): string[] {
  for (const m of (match ?? '').matchAll(/\((?:\?:)?([^?()][^()]*)\)/g)) {
    const alts = m[1].split('|');
    if (alts.includes(member)) return alts;
  }
  return [];
}

test('every key of the draft schema is highlighted as a format key', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'budget.schema.json'), 'utf8')) as unknown;
  const names = new Set<string>();
  (function walk(o: unknown): void {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const props = (o as { properties?: Record<string, unknown> }).properties;
      if (props) for (const k of Object.keys(props)) names.add(k);
      Object.values(o).forEach(walk);
    }
  })(schema);
  const keys = new Set([
    ...alternatives(grammar.repository.key.patterns![0].match, '格式'),
    ...alternatives(grammar.repository['code-field'].match, '科目'),
  ]);
  assert.ok(names.size > 90, `${names.size} keys in the schema`);
  assert.deepEqual(
    [...names].filter((n) => !keys.has(n)),
    [],
  );
});

test('every operator spelling the checker reads is highlighted', () => {
  const source = readFileSync(join(root, 'server', 'src', 'engine', 'values', 'operators.ts'), 'utf8');
  const table = (name: string) =>
    [
      ...new RegExp(`const ${name}[^=]*= \\[([\\s\\S]*?)\\n\\];`).exec(source)![1].matchAll(/\['([^']+)',/g),
    ].map((m) => m[1]);
  const operator = grammar.repository.operator.patterns!.flatMap((p) => [
    ...alternatives(p.match, '≤'),
    ...alternatives(p.match, '不低于'),
  ]);
  const leadIn = alternatives(grammar.repository['lead-in'].match, '达到');
  const suffix = alternatives(grammar.repository.amount.match, '以上');
  // Full-width forms are normalised before the table is consulted (numbers.ts): the grammar sees them raw.
  for (const s of [...table('STRONG'), '＜', '＞', '＝']) assert.ok(operator.includes(s), `operator ${s}`);
  for (const s of table('LEAD_IN')) assert.ok(leadIn.includes(s), `lead-in ${s}`);
  for (const s of table('SUFFIX')) assert.ok(suffix.includes(s), `suffix ${s}`);
  assert.ok(table('STRONG').length > 30 && table('SUFFIX').length >= 10);
});
