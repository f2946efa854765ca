import budgetSchema from '../../../../schemas/budget.schema.json';
import { ITEM } from './context';

/** The part of JSON Schema that schemas/budget.schema.json uses. */
export interface Schema {
  $ref?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  required?: string[];
}

const ROOT = budgetSchema as unknown as Schema & { definitions: Record<string, Schema> };

function resolve(s: Schema | undefined): Schema | undefined {
  if (!s?.$ref) return s;
  const name = /^#\/definitions\/(.+)$/.exec(s.$ref)?.[1];
  return name ? ROOT.definitions[name] : undefined;
}

function is(s: Schema, type: string): boolean {
  return s.type === type || (Array.isArray(s.type) && s.type.includes(type));
}

/** The object alternative of a schema (`null | object` is how optional subtrees are written). */
export function objectOf(s: Schema | undefined): Schema | undefined {
  const r = resolve(s);
  if (!r) return undefined;
  if (r.properties || is(r, 'object')) return r;
  for (const alt of r.anyOf ?? []) {
    const o = objectOf(alt);
    if (o) return o;
  }
  return undefined;
}

export function arrayOf(s: Schema | undefined): Schema | undefined {
  const r = resolve(s);
  if (!r) return undefined;
  if (is(r, 'array') || r.items) return r;
  for (const alt of r.anyOf ?? []) {
    const a = arrayOf(alt);
    if (a) return a;
  }
  return undefined;
}

/** The schema of a child: a list's items, a property, or what any other key of the mapping holds. */
export function child(s: Schema | undefined, seg: string): Schema | undefined {
  if (seg === ITEM) return resolve(arrayOf(s)?.items);
  const o = objectOf(s);
  if (!o) return undefined;
  if (o.properties && Object.prototype.hasOwnProperty.call(o.properties, seg))
    return resolve(o.properties[seg]);
  return typeof o.additionalProperties === 'object' ? resolve(o.additionalProperties) : undefined;
}

export function schemaAt(path: string[]): Schema | undefined {
  let s: Schema | undefined = ROOT;
  for (const seg of path) {
    s = child(s, seg);
    if (!s) return undefined;
  }
  return s;
}

/** Enumerated values of a scalar schema (类别, 性质, 状态 …), when it has any. */
export function enumOf(s: Schema | undefined): string[] {
  const r = resolve(s);
  if (!r) return [];
  if (r.enum) return r.enum.filter((v): v is string => typeof v === 'string');
  if (typeof r.const === 'string') return [r.const];
  return (r.anyOf ?? []).flatMap(enumOf);
}

/** What a key's value is, for the text inserted after it. */
export function valueShape(s: Schema | undefined): 'object' | 'list' | 'scalar' {
  const r = resolve(s);
  if (!r) return 'scalar';
  const alts = [r, ...(r.anyOf ?? []).map(resolve)].filter((x): x is Schema => !!x);
  if (alts.some((a) => is(a, 'string') || is(a, 'number') || is(a, 'integer'))) return 'scalar';
  if (alts.some((a) => a.properties || is(a, 'object'))) return 'object';
  if (alts.some((a) => is(a, 'array') || a.items)) return 'list';
  return 'scalar';
}
