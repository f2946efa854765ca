import {
  CodeAction,
  CodeActionKind,
  Command,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as l10n from '@vscode/l10n';
import type { CheckResult } from '../../engine/engine';
import { ruleById } from '../../engine/rules';
import { codeActions, type ActionTarget, type PlainEdit } from '../../services/codeActions';
import { findingByData, isJixiaoData } from '../convert';
import type { Feature } from '../context';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.jixiao';

/**
 * Code actions over LSP: the diagnostics' data name findings of the current check (by key), the
 * service plans the actions in offsets, and here they become CodeActions whose edits are
 * versioned `documentChanges`, so an editor whose text moved on refuses them instead of misplacing
 * them. Clients without `documentChanges` get plain `changes`.
 */
export function lspCodeActions(
  doc: TextDocument,
  result: CheckResult,
  p: Pick<CodeActionParams, 'context'>,
  versioned = true,
): CodeAction[] {
  const only = p.context?.only;
  // `only` names kinds by prefix: `source` or `source.fixAll` asks for ours too.
  const fixAll = !!only?.some((k) => isPrefixKind(k, FIX_ALL_KIND));
  const quickFix = !only || only.some((k) => isPrefixKind(k, CodeActionKind.QuickFix));
  const diagnostics: Diagnostic[] = [];
  const targets: ActionTarget[] = [];
  for (const d of p.context?.diagnostics ?? []) {
    if (d?.source !== 'jixiao' || !isJixiaoData(d.data) || !ruleById(d.data.rule)) continue;
    diagnostics.push(d);
    targets.push({ rule: d.data.rule, finding: findingByData(result, d.data) });
  }
  const edit = (edits: PlainEdit[]): WorkspaceEdit => {
    const lsp = edits.map((e) => ({
      range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
      newText: e.newText,
    }));
    return versioned
      ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] }
      : { changes: { [doc.uri]: lsp } };
  };
  return codeActions(result, targets, { quickFix, fixAll }).map((a) => {
    const action = CodeAction.create(a.title, a.kind === 'fixAll' ? FIX_ALL_KIND : CodeActionKind.QuickFix);
    if (a.edits) action.edit = edit(a.edits);
    if (a.target !== undefined) action.diagnostics = [diagnostics[a.target]];
    if (a.preferred !== undefined) action.isPreferred = a.preferred;
    if (a.select)
      action.command = Command.create(l10n.t('选择理由占位符'), 'jixiao.selectReason', doc.uri, a.select);
    if (a.ruleDoc) action.command = Command.create(a.title, 'jixiao.showRuleDoc', a.ruleDoc);
    return action;
  });
}

/** Whether a requested kind covers `kind` (`source` covers `source.fixAll.jixiao`). */
function isPrefixKind(requested: string, kind: string): boolean {
  return kind === requested || kind.startsWith(requested + '.');
}

export const codeActionFeature: Feature = {
  capabilities: {
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND],
    },
  },
  register({ connection, resultFor, clientCapabilities }) {
    connection.onCodeAction((p) => {
      const r = resultFor(p.textDocument.uri);
      const versioned = clientCapabilities()?.workspace?.workspaceEdit?.documentChanges === true;
      return r ? lspCodeActions(r.doc, r.result, p, versioned) : [];
    });
  },
};
