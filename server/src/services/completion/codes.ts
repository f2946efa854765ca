import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import {
  normalizeName,
  parseCodeRef,
  type Catalog,
  type CatalogEntry,
  type Scheme,
} from '../../catalog/catalog';

/** Which catalog a code-valued key draws from, and which level of it (undefined: every level). */
export interface CodeField {
  scheme: Scheme;
  level?: number;
}

/**
 * The catalog behind a key at a path: 功能科目 is a 7-digit 项 wherever it is written, a 明细's
 * 经济科目 a 5-digit 款; the rows of the two tables take any level, since 类 and 款 rows are
 * assertions of their children's sums.
 */
export function codeFieldFor(path: string[], key: string): CodeField | undefined {
  const table = path[0];
  if (key === '功能科目') return { scheme: 'func', level: 3 };
  if (key === '经济科目') return { scheme: 'deptEco', level: 2 };
  if (key === '政府科目') return { scheme: 'govEco' };
  if (key === '科目' && table === '支出功能分类') return { scheme: 'func' };
  if (key === '科目' && table === '基本支出经济分类') return { scheme: 'deptEco' };
  return undefined;
}

/** Too many items slow the editor down; the list is marked incomplete so typing narrows it. */
const LIMIT = 200;

/**
 * Entries matching what was typed: digits are a prefix of the code (a name typed after the code
 * is ignored); Chinese is a part of the name; Latin letters are pinyin initials anywhere in the
 * name (`ylbz` finds 其他医疗保障管理事务支出), as vscode-beancount matches payees.
 */
export function matchEntries(entries: CatalogEntry[], typed: string): CatalogEntry[] {
  const t = typed.trim();
  if (!t) return entries;
  const ref = parseCodeRef(t);
  if (ref) return entries.filter((e) => e.code.startsWith(ref.code));
  if (/^\d+$/.test(t)) return entries.filter((e) => e.code.startsWith(t));
  if (/^[a-zA-Z]+$/.test(t)) {
    const py = t.toLowerCase();
    return entries.filter((e) => e.py.includes(py));
  }
  const name = normalizeName(t);
  return entries.filter((e) => normalizeName(e.name).includes(name));
}

export function codeItems(
  catalog: Catalog,
  field: CodeField,
  typed: string,
  range: Range,
): { items: CompletionItem[]; incomplete: boolean } {
  const all = catalog.all(field.scheme).filter((e) => field.level === undefined || e.level === field.level);
  const hits = matchEntries(all, typed);
  const items = hits.slice(0, LIMIT).map((e): CompletionItem => {
    const text = `${e.code} ${e.name}`;
    const parents = catalog
      .chain(field.scheme, e.code)
      .filter((p) => p.code !== e.code)
      .map((p) => `${p.code} ${p.name}`);
    return {
      label: text,
      kind: CompletionItemKind.Reference,
      detail: parents.length ? parents.join(' › ') : '类级科目',
      documentation: e.explain,
      sortText: e.code,
      // The client filters by the text from the range's start; it was already matched here
      // (by pinyin or inside the name, which the client's prefix matching would reject).
      filterText: typed.trim() ? typed : text,
      textEdit: { range, newText: text },
    };
  });
  return { items, incomplete: hits.length > LIMIT || !!typed.trim() };
}
