import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import budgetSchema from '../../../../schemas/budget.schema.json';
import configSchema from '../../../../schemas/jixiao-config.schema.json';
import { editDistance } from '../util/distance';

export interface SchemaIssue {
  path: (string | number)[];
  target: 'key' | 'value';
  message: string;
}

let draftValidator: ValidateFunction | undefined;
let configValidator: ValidateFunction | undefined;

/** Compiled once, on first use: compiling costs more than validating a large draft. */
function compile(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(schema);
}

export function validateDraft(data: unknown): SchemaIssue[] {
  draftValidator ??= compile(budgetSchema);
  return run(draftValidator, data, budgetSchema as SchemaNode);
}

export function validateConfig(data: unknown): SchemaIssue[] {
  configValidator ??= compile(configSchema);
  return run(configValidator, data, configSchema as SchemaNode);
}

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
  enum?: unknown[];
  description?: string;
}

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  integer: '整数',
  string: '文本',
  object: '映射（键: 值）',
  array: '列表（- 项）',
  boolean: '是/否',
  null: '空值',
};

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function parsePointer(p: string): (string | number)[] {
  if (!p) return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v = data;
  for (const seg of path)
    v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function label(path: (string | number)[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '根';
}

function owner(path: (string | number)[]): string {
  const seg = path.filter((s) => typeof s === 'string');
  const last = seg[seg.length - 1];
  if (last === '项目') return '项目';
  return last ? `“${last}”` : '文件';
}

/** The properties allowed at a data path, found by walking the schema (for "did you mean"). */
function allowedKeys(root: SchemaNode, path: (string | number)[]): string[] {
  const resolve = (n: SchemaNode | undefined): SchemaNode | undefined =>
    n?.$ref ? root.definitions?.[n.$ref.replace('#/definitions/', '')] : n;
  let nodes: SchemaNode[] = [root];
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const raw of nodes) {
      const n = resolve(raw);
      if (!n) continue;
      for (const alt of [n, ...(n.anyOf ?? [])].map(resolve)) {
        if (!alt) continue;
        if (typeof seg === 'number' && alt.items) next.push(alt.items);
        else if (typeof seg === 'string') {
          const p =
            alt.properties?.[seg] ??
            (typeof alt.additionalProperties === 'object' ? alt.additionalProperties : undefined);
          if (p) next.push(p);
        }
      }
    }
    nodes = next;
  }
  const keys = new Set<string>();
  for (const raw of nodes) {
    const n = resolve(raw);
    for (const alt of [n, ...(n?.anyOf ?? [])].map(resolve))
      for (const k of Object.keys(alt?.properties ?? {})) keys.add(k);
  }
  return [...keys];
}

function nearest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const dist = editDistance(word, o);
    if (dist < bestD) {
      bestD = dist;
      best = o;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.min(2, Math.floor(word.length / 2)))
    ? best
    : undefined;
}

function run(validate: ValidateFunction, data: unknown, root: SchemaNode): SchemaIssue[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const key = e.instancePath;
    const list = byPath.get(key) ?? [];
    list.push(e);
    byPath.set(key, list);
  }
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  const push = (i: SchemaIssue) => {
    const k = `${i.path.join('\u0000')}|${i.target}|${i.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(i);
    }
  };
  for (const [pointer, errs] of byPath) {
    const path = parsePointer(pointer);
    const value = valueAt(data, path);
    const name = label(path);
    for (const e of errs.filter((x) => x.keyword === 'additionalProperties')) {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedKeys(root, path);
      const guess = nearest(extra, allowed);
      const hint = guess
        ? `，是否应为“${guess}”？`
        : allowed.length
          ? `；此处可用的键有：${allowed.slice(0, 6).join('、')}${allowed.length > 6 ? ' 等' : ''}`
          : '';
      push({ path: [...path, extra], target: 'key', message: `未知的键“${extra}”${hint}` });
    }
    for (const e of errs.filter((x) => x.keyword === 'required')) {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      push({ path, target: 'value', message: `${owner(path)}缺少必填的“${missing}”` });
    }
    const enumErr = errs.find((x) => x.keyword === 'enum' || x.keyword === 'const');
    if (enumErr) {
      const allowed = (enumErr.params as { allowedValues?: unknown[]; allowedValue?: unknown })
        .allowedValues ?? [(enumErr.params as { allowedValue?: unknown }).allowedValue];
      const guess = nearest(String(value), allowed.map(String));
      push({
        path,
        target: 'value',
        message:
          `“${name}”的值“${String(value)}”不在允许范围内：${allowed.map(String).join('、')}` +
          (guess ? `，是否应为“${guess}”？` : ''),
      });
      continue;
    }
    const typeErrs = errs.filter(
      (x) => x.keyword === 'type' || x.keyword === 'anyOf' || x.keyword === 'pattern',
    );
    const hasStructural = errs.some((x) => x.keyword === 'additionalProperties' || x.keyword === 'required');
    if (typeErrs.length && !hasStructural) {
      const patternErr = errs.find((x) => x.keyword === 'pattern');
      if (patternErr && typeof value === 'string' && /科目|品目/.test(name)) {
        push({
          path,
          target: 'value',
          message: `“${name}”应写为“编码 名称”，如 2101501 行政运行；实际为“${value}”`,
        });
        continue;
      }
      const expected = new Set<string>();
      for (const e of errs.filter((x) => x.keyword === 'type')) {
        const t = (e.params as { type: string | string[] }).type;
        for (const x of Array.isArray(t) ? t : [t]) expected.add(x);
      }
      if (patternErr) expected.add('string');
      if (!expected.size) continue;
      const list = [...expected].map((t) => TYPE_ZH[t] ?? t).join('或');
      push({
        path,
        target: 'value',
        message: `“${name}”应为${list}，实际为${TYPE_ZH[typeOf(value)] ?? typeOf(value)}`,
      });
    }
    for (const e of errs.filter((x) => x.keyword === 'minimum' || x.keyword === 'maximum')) {
      push({
        path,
        target: 'value',
        message: `“${name}”的值 ${String(value)} 超出范围（${e.message ?? ''}）`,
      });
    }
  }
  return out;
}
