import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver';
import { getCatalog } from '../../catalog/catalog';
import type { CheckResult } from '../../engine/engine';
import type { Draft } from '../../engine/model/types';
import { codeFieldFor, codeItems } from './codes';
import { cursorContext, ITEM, type CursorContext } from './context';
import { keyItems } from './keys';
import { enumOf, schemaAt } from './schema';
import { fileSnippet, snippetItems } from './snippets';

export interface CompletionOptions {
  /** 审核意见 dates default to this day. */
  today?: Date;
}

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/**
 * Completion at an offset of the checked document: keys of the schema (or the indicator catalog)
 * where a key is being typed, codes of the right catalog or the allowed values where a value is,
 * and snippets for a new project, a 明细 line or a 审核意见. Reads its context from the text, so
 * that a half-typed line works; never throws.
 */
export function completion(
  result: CheckResult,
  offset: number,
  options: CompletionOptions = {},
): CompletionList {
  try {
    return complete(result, offset, options);
  } catch {
    return EMPTY;
  }
}

function complete(result: CheckResult, offset: number, options: CompletionOptions): CompletionList {
  const { draft, config } = result;
  // An empty file: the whole draft's skeleton.
  if (!draft.text.trim())
    return { isIncomplete: false, items: [fileSnippet(draft, options.today ?? new Date())] };
  const ctx = cursorContext(draft.lines, offset);
  if (!ctx) return EMPTY;
  const range: Range = draft.lines.range(ctx.start, ctx.end);
  const { catalog } = getCatalog(draft.header.year?.value);
  if (ctx.position === 'value') {
    const list = valueItems(ctx, range, draft, catalog);
    // Right after `键:` (the `:` trigger) the value still needs its blank.
    if (draft.text[ctx.start - 1] === ':')
      for (const i of list.items) if (i.textEdit) i.textEdit.newText = ' ' + i.textEdit.newText;
    return list;
  }
  // A key with a blank in it is not a key being typed but a sentence (total text of a goal, say).
  if (/\s/.test(ctx.typed.trim())) return EMPTY;
  const env = { draft, config, catalog, today: options.today ?? new Date() };
  const items = [...keyItems(ctx, range, config.profile), ...snippetItems(ctx, range, env)];
  return { isIncomplete: false, items };
}

function valueItems(
  ctx: CursorContext,
  range: Range,
  draft: Draft,
  catalog: ReturnType<typeof getCatalog>['catalog'],
): CompletionList {
  const key = ctx.key ?? '';
  const field = codeFieldFor(ctx.path, key);
  if (field) {
    const { items, incomplete } = codeItems(catalog, field, ctx.typed, range);
    return { isIncomplete: incomplete, items };
  }
  const choices = enumOf(schemaAt([...ctx.path, key]));
  if (
    key === '预算单位' &&
    (ctx.path[0] === '项目' || ctx.path[0] === '基本支出经济分类') &&
    ctx.path[1] === ITEM
  )
    for (const u of draft.header.units) {
      const name = u.name?.text.trim() || u.code?.text.trim();
      if (name) choices.push(name);
    }
  const items = choices.map((v, i): CompletionItem => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range, newText: v },
  }));
  return { isIncomplete: false, items };
}
