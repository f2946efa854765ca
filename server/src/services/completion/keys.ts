import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver';
import type { Profile } from '../../engine/config';
import { canonicalLevel1, catalogFor, normaliseIndicatorName } from '../../engine/model/indicatorNames';
import { ITEM, type CursorContext } from './context';
import { child, objectOf, schemaAt, valueShape, type Schema } from './schema';

export const INDENT = '  ';

/** Where a project's (or its 长期目标's) indicator tree starts in a path; -1 when outside one. */
export function indicatorTreeAt(path: string[]): number {
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] !== '指标') continue;
    if (path[i - 1] === '绩效目标' && path[i - 2] === ITEM && path[i - 3] === '项目') return i;
    if (path[i - 1] === '长期目标' && path[i - 2] === '绩效目标') return i;
  }
  return -1;
}

interface KeyChoice {
  name: string;
  doc: string;
  shape: 'object' | 'list' | 'scalar';
  kind: CompletionItemKind;
}

/**
 * 一级 and 二级 names of the profile's indicator catalog at this depth of a project's tree: the
 * schema describes the 2021 catalog only, so the names come from the engine's catalog, and the
 * schema lends its descriptions where it has them.
 */
function indicatorChoices(path: string[], at: number, profile: Profile): KeyChoice[] | undefined {
  const depth = path.length - at - 1;
  const catalog = catalogFor(profile);
  const tree = schemaAt(path.slice(0, at + 1));
  if (depth === 0)
    return Object.keys(catalog).map((name) => ({
      name,
      doc: describe(child(tree, name)) ?? `一级指标：${name}`,
      shape: 'object',
      kind: CompletionItemKind.Module,
    }));
  if (depth === 1) {
    const one = canonicalLevel1(path[at + 1], profile);
    if (!one) return [];
    return catalog[one].map((name) => ({
      name,
      doc:
        (profile === 2021 ? describe(objectOf(child(tree, one))?.properties?.[name]) : undefined) ??
        `${name}：${one}下的二级指标${profile === 2015 ? '（财预〔2015〕88号指标体系）' : ''}`,
      shape: 'object',
      kind: CompletionItemKind.Field,
    }));
  }
  // 三级 names are the user's own words.
  if (depth === 2) return [];
  return undefined;
}

function describe(s: Schema | undefined): string | undefined {
  if (!s) return undefined;
  return s.description ?? s.anyOf?.map(describe).find(Boolean);
}

/** Keys the mapping at the cursor may still take, with the schema's Chinese descriptions. */
export function keyItems(ctx: CursorContext, range: Range, profile: Profile): CompletionItem[] {
  const tree = indicatorTreeAt(ctx.path);
  let choices = tree >= 0 ? indicatorChoices(ctx.path, tree, profile) : undefined;
  // 一级/二级 names are compared in their catalog spelling (经济成本 is 经济成本指标).
  const names = !!choices;
  if (!choices) {
    const props = objectOf(schemaAt(ctx.path))?.properties ?? {};
    choices = Object.entries(props).map(([name, s]) => ({
      name,
      doc: describe(s) ?? name,
      shape: valueShape(s),
      kind: CompletionItemKind.Property,
    }));
  }
  const present = new Set([...ctx.present].map((k) => (names ? normaliseIndicatorName(k) : k)));
  return choices
    .filter((c) => !present.has(c.name))
    .map((c, i) => ({
      label: c.name,
      kind: c.kind,
      documentation: c.doc,
      sortText: String(i).padStart(3, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      // The nested line carries its own indentation (see snippets.ts).
      insertTextMode: InsertTextMode.asIs,
      textEdit: {
        range,
        newText: ctx.colonFollows ? c.name : c.name + after(c.shape, ctx),
      },
    }));
}

/** After `键`: `: ` for a scalar; for a mapping or a list, a new line indented one step deeper. */
function after(shape: KeyChoice['shape'], ctx: CursorContext): string {
  if (ctx.flow || shape === 'scalar') return ': $0';
  const inner = ' '.repeat(ctx.keyCol) + INDENT;
  return shape === 'list' ? `:\n${inner}- $0` : `:\n${inner}$0`;
}
