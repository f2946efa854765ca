import type { ErrorObject, ValidateFunction } from 'ajv';
import budgetSchema from '../../../../schemas/budget.schema.json';
import * as generated from './validators.generated';
import { editDistance } from '../../util/distance';
import { clip } from '../util/clip';

/**
 * One schema violation, located in the data. For an unknown key the path includes the key and
 * `target` is 'key'; for a missing key it is the path of the object that lacks it.
 */
export interface SchemaIssue {
  path: (string | number)[];
  target: 'key' | 'value';
  message: string;
  /** For an unknown key: the near allowed keys it may be a typo of, not already in its mapping. */
  renames?: string[];
  /** Exactly one allowed key is near (and free): renaming is mechanical. */
  renameUnique?: boolean;
  /** For a missing required key: its name. */
  missing?: string;
}

type Path = (string | number)[];

interface SchemaNode {
  type?: string | string[];
  pattern?: string;
  properties?: Record<string, unknown>;
  examples?: unknown[];
}

let draftValidator: ValidateFunction | undefined;

/**
 * The whole draft at once, compiled on first use (only tests and tools ask for it; the checker
 * validates the rest and each project apart, with the precompiled validators below).
 */
export function validateDraft(data: unknown): SchemaIssue[] {
  // Required here, not imported: Ajv's compiler is large and most processes never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  // verbose: each error carries its schema node and data, which the messages are built from.
  draftValidator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(budgetSchema);
  return run(draftValidator, data);
}

/**
 * The draft without its projects' contents (the 项目 list's items left open), so each project can
 * be validated apart (`validateProject`) and its result kept while it is unchanged. Precompiled
 * at build time (validators.generated.js): no process compiles a schema at start.
 */
export function validateRest(data: unknown): SchemaIssue[] {
  return run(generated.validateRest as ValidateFunction, data);
}

/** One item of the 项目 list, located at `prefix` (['项目', index]). */
export function validateProject(data: unknown, prefix: Path): SchemaIssue[] {
  return run(generated.validateProject as ValidateFunction, data, prefix);
}

export function validateConfig(data: unknown): SchemaIssue[] {
  return run(generated.validateConfig as ValidateFunction, data);
}

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  integer: '整数',
  string: '字符串',
  object: '映射（键: 值）',
  array: '列表（- 项）',
  boolean: '布尔值',
  null: '空值',
};

function actualType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : '小数';
  return typeof v;
}

function accepts(type: string, v: unknown): boolean {
  switch (type) {
    case 'null':
      return v === null || v === undefined;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    default:
      return typeof v === type;
  }
}

function typesOf(node: SchemaNode | undefined): string[] {
  if (!node?.type) return [];
  return Array.isArray(node.type) ? node.type : [node.type];
}

function parsePointer(p: string): Path {
  if (!p) return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** How the located thing is named in a message: “金额”, “项目”的第2项, 文件. */
function label(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return '文件';
  if (typeof last === 'string') return `“${last}”`;
  const key = path[path.length - 2];
  return `${typeof key === 'string' ? `“${key}”` : '列表'}的第${last + 1}项`;
}

const ITEM_NOUN: Record<string, string> = {
  项目: '项目',
  预算单位: '预算单位',
  审核意见: '审核意见',
  明细: '明细行',
  采购: '采购行',
  支出功能分类: '支出功能分类的一行',
  基本支出经济分类: '基本支出经济分类的一行',
  年度主要任务: '年度主要任务',
};

/** The object that lacks a key, named as the budget officer would: 项目, 文件, “三公经费”. */
function owner(path: Path): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const key = path[path.length - 2];
    if (typeof key === 'string' && ITEM_NOUN[key]) return ITEM_NOUN[key];
  }
  return label(path);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The intended spelling(s) of a word among the allowed ones, or nothing when no option is close.
 * Two-character Chinese keys are all within distance 2 of each other, so the allowed distance
 * grows with the length; a shared start (其他类 → 其他运转类) or containment (功能 → 功能科目)
 * also counts. Ties are all offered rather than one picked at random.
 */
export function didYouMean(word: string, options: string[]): string[] {
  const scored: { o: string; score: number[] }[] = [];
  for (const o of new Set(options)) {
    if (o === word) continue;
    const dist = editDistance(word, o);
    const prefix = commonPrefix(word, o);
    const contains = Math.min(word.length, o.length) >= 2 && (o.includes(word) || word.includes(o));
    const close = dist <= Math.min(2, Math.floor(Math.max(word.length, o.length) / 2));
    if (!close && !contains && prefix < 2) continue;
    scored.push({ o, score: [contains ? 0 : 1, dist, -prefix] });
  }
  if (!scored.length) return [];
  const cmp = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  scored.sort((a, b) => cmp(a.score, b.score));
  return scored.filter((s) => cmp(s.score, scored[0].score) === 0).map((s) => s.o);
}

function guessText(guesses: string[]): string {
  return guesses.length
    ? `，是否应为${guesses
        .slice(0, 3)
        .map((g) => `“${g}”`)
        .join('或')}？`
    : '';
}

function unknownKey(
  path: Path,
  key: string,
  guesses: string[],
  allowed: string[],
  present: () => ReadonlySet<string>,
): SchemaIssue {
  let hint = guessText(guesses);
  if (!hint && allowed.length) {
    const unused = allowed.filter((k) => !present().has(k));
    const list = unused.length ? unused : allowed;
    hint = `，此处可用的键有：${list.slice(0, 5).join('、')}${list.length > 5 ? ' 等' : ''}`;
  }
  const renames = guesses.filter((g) => !present().has(g));
  return {
    path: [...path, key],
    target: 'key',
    message: `未知的键“${clip(key)}”${hint}`,
    ...(renames.length ? { renames, renameUnique: guesses.length === 1 && renames.length === 1 } : {}),
  };
}

/** A value as a message quotes it: a pasted 100 KB value is named, not copied. */
function show(v: unknown): string {
  return typeof v === 'string' ? `“${clip(v)}”` : clip(String(v));
}

function enumIssue(path: Path, e: ErrorObject, value: unknown): SchemaIssue {
  if (e.keyword === 'const') {
    const want = (e.params as { allowedValue: unknown }).allowedValue;
    return { path, target: 'value', message: `${label(path)}应为${show(want)}，实际为${show(value)}` };
  }
  const allowed = [...new Set(((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String))];
  return {
    path,
    target: 'value',
    message:
      `${label(path)}的值${show(value)}不在允许范围内：${allowed.join('、')}` +
      guessText(didYouMean(String(value), allowed)),
  };
}

/** A code reference's accepted spellings (FORMAT.md), shown with the field's own example code. */
function codeSpelling(node: SchemaNode | undefined): string {
  const ex = String(node?.examples?.[0] ?? '2101501 行政运行');
  const m = /^(\S+)\s+(.*)$/.exec(ex);
  const [code, name] = m ? [m[1], m[2]] : [ex, ''];
  return `应写作“编码 名称”，如“${code} ${name}”“${code}-${name}”“[${code}]${name}”或只写编码“${code}”`;
}

/**
 * Type and pattern failures at one location, as one message. Under anyOf, ajv reports every
 * branch; the branches whose type does not fit the data are noise when another's does.
 */
function shapeIssue(path: Path, errs: ErrorObject[], value: unknown): SchemaIssue | undefined {
  const alt = errs.find((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const branches = alt ? (alt.schema as SchemaNode[]) : [];
  const node = (alt?.parentSchema ?? errs.find((e) => e.keyword === 'type')?.parentSchema) as
    SchemaNode | undefined;
  const expected = new Set<string>();
  for (const b of branches) for (const t of typesOf(b)) expected.add(t);
  for (const e of errs.filter((x) => x.keyword === 'type'))
    for (const t of String((e.params as { type: string | string[] }).type).split(',')) expected.add(t);
  const isAmount = branches.some((b) => typesOf(b).includes('number')) && branches.some((b) => b.pattern);
  const isCode = !isAmount && branches.some((b) => b.pattern);
  const typeFits = alt ? branches.some((b) => typesOf(b).some((t) => accepts(t, value))) : false;
  const hasTypeError = errs.some((e) => e.keyword === 'type');
  const pattern = errs.find((e) => e.keyword === 'pattern');
  if ((alt && typeFits) || (!alt && !hasTypeError)) {
    if (!pattern) return undefined;
    if (isCode)
      return { path, target: 'value', message: `${label(path)}${codeSpelling(node)}，实际为${show(value)}` };
    const what = isAmount ? TYPE_ZH.number : `符合格式的${TYPE_ZH.string}`;
    return {
      path,
      target: 'value',
      message: `${label(path)}应为${what}，实际为${TYPE_ZH.string}${show(value)}`,
    };
  }
  if (!expected.size) return undefined;
  if (isCode) {
    const actual = TYPE_ZH[actualType(value)] ?? actualType(value);
    return { path, target: 'value', message: `${label(path)}${codeSpelling(node)}，实际为${actual}` };
  }
  // A string branch of an amount only tolerates "1,751.54"; the officer should write a number.
  if (isAmount) expected.delete('string');
  if (expected.has('number')) expected.delete('integer');
  if (expected.size > 1) expected.delete('null');
  const names = [...expected].map((t) => TYPE_ZH[t] ?? t);
  const want = names.length > 1 ? `${names.slice(0, -1).join('、')}或${names[names.length - 1]}` : names[0];
  if (value === null || value === undefined)
    return { path, target: 'value', message: `${label(path)}为空，应为${want}` };
  const actual = TYPE_ZH[actualType(value)] ?? actualType(value);
  return { path, target: 'value', message: `${label(path)}应为${want}，实际为${actual}` };
}

function rangeIssue(path: Path, e: ErrorObject, value: unknown): SchemaIssue {
  const { comparison, limit } = e.params as { comparison: string; limit: number };
  const bound = comparison.startsWith('>') ? '不小于' : '不大于';
  const strict = comparison.length === 1 ? '（不含）' : '';
  return {
    path,
    target: 'value',
    message: `${label(path)}的值 ${String(value)} 超出范围：应${bound} ${limit}${strict}`,
  };
}

const HANDLED = new Set([
  'additionalProperties',
  'required',
  'enum',
  'const',
  'type',
  'pattern',
  'anyOf',
  'oneOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

/** All issues at one location of the data, the errors ajv reported there turned into sentences. */
function issuesAt(path: Path, errs: ErrorObject[], value: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const suggested = new Set<string>();
  // The keys present, gathered once per location: 10,000 unknown keys must not cost 10,000².
  let keys: ReadonlySet<string> | undefined;
  const present = () =>
    (keys ??= new Set(value && typeof value === 'object' ? Object.keys(value as object) : []));
  for (const e of errs.filter((x) => x.keyword === 'additionalProperties')) {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
    const guesses = didYouMean(key, allowed);
    if (guesses.length === 1) suggested.add(guesses[0]);
    out.push(unknownKey(path, key, guesses, allowed, present));
  }
  const last = path[path.length - 1];
  for (const e of errs.filter((x) => x.keyword === 'required')) {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    // 金顿 for 金额 is one mistake: the unknown key already says what is missing.
    if (suggested.has(missing)) continue;
    out.push({
      path,
      target: typeof last === 'string' ? 'key' : 'value',
      message: `${owner(path)}缺少必填的“${missing}”`,
      missing,
    });
  }
  const en = errs.find((e) => e.keyword === 'enum' || e.keyword === 'const');
  if (en) {
    out.push(enumIssue(path, en, value));
    return out;
  }
  const shape = shapeIssue(path, errs, value);
  if (shape) {
    out.push(shape);
    return out;
  }
  for (const e of errs) {
    if (/^(exclusiveM|m)(in|ax)imum$/.test(e.keyword)) out.push(rangeIssue(path, e, value));
    else if (!HANDLED.has(e.keyword))
      out.push({
        path,
        target: 'value',
        message: `${label(path)}不符合格式要求（${e.message ?? e.keyword}）`,
      });
  }
  return out;
}

function run(validate: ValidateFunction, data: unknown, prefix: Path = []): SchemaIssue[] {
  if (validate(data)) return [];
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of validate.errors ?? []) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const [pointer, errs] of byPath) {
    const path = [...prefix, ...parsePointer(pointer)];
    for (const issue of issuesAt(path, errs, errs[0].data)) {
      const key = `${JSON.stringify(issue.path)}|${issue.target}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
