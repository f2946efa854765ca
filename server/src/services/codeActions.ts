import {
  CodeAction,
  CodeActionKind,
  Command,
  type CodeActionContext,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver';
import * as l10n from '@vscode/l10n';
import type { CheckResult } from '../engine/engine';
import type { Finding, Fix } from '../engine/findings';
import { ruleById } from '../engine/rules';
import { fixToAction, isJixiaoData, mergeFixes, type DiagnosticData } from '../lsp/convert';
import { suppressAction } from './suppressAction';
import { newDraftAction } from './newDraftAction';
import { REASON_PLACEHOLDER } from '../engine/suppress';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.jixiao';

/**
 * The ladder of actions of a finding, as in vscode-eslint: its fixes (the first preferred),
 * fix all of this rule, accept it here with a reason, read the rule's page; and
 * `source.fixAll.jixiao` for save. Everything is driven by `diagnostic.data`, never by parsing the
 * message; the data only names the finding, whose fixes are then taken from the current check, so
 * a diagnostic published for an older version of the text never yields an edit for this one.
 */
export function codeActions(
  uri: string,
  result: CheckResult,
  // The client already sends the diagnostics that overlap the requested range.
  _range: Range,
  context: CodeActionContext,
): CodeAction[] {
  const only = context.only;
  const actions: CodeAction[] = [];
  // `only` names kinds by prefix: `source` or `source.fixAll` asks for ours too.
  if (only?.some((k) => isPrefixKind(k, FIX_ALL_KIND))) actions.push(...fixAll(uri, result));
  if (only && !only.some((k) => isPrefixKind(k, CodeActionKind.QuickFix))) return actions;
  actions.push(...newDraftAction(uri, result, context.diagnostics ?? []));
  const seenRules = new Set<string>();
  const seenDocs = new Set<string>();
  for (const d of context.diagnostics ?? []) {
    if (d?.source !== 'jixiao' || !isJixiaoData(d.data) || !ruleById(d.data.rule)) continue;
    const data = d.data;
    const finding = currentFinding(result, d, data);
    if (finding) {
      for (const fix of finding.fixes) {
        const action = fixToAction(uri, fix, d, isPreferredFix(finding, fix));
        action.command = selectReasonCommand(uri, fix);
        actions.push(action);
      }
      if (!seenRules.has(data.rule)) {
        seenRules.add(data.rule);
        const sameRule = fixAllOfRule(uri, result, data.rule, d);
        if (sameRule) actions.push(sameRule);
      }
      // Findings about suppression comments are reported after suppressions apply: none reaches them.
      // A rule whose own readings include accepting the finding needs no second "ignore".
      const suppress =
        data.rule.startsWith('suppression-') || finding.fixes.some(insertsSuppression)
          ? undefined
          : suppressAction(uri, result, finding.range, d, data.rule);
      if (suppress) actions.push(suppress);
    }
    if (seenDocs.has(data.rule)) continue;
    seenDocs.add(data.rule);
    const docTitle = l10n.t('查看规则说明：{0}', data.rule);
    const doc = CodeAction.create(docTitle, CodeActionKind.QuickFix);
    doc.command = Command.create(docTitle, 'jixiao.showRuleDoc', data.rule);
    doc.diagnostics = [d];
    actions.push(doc);
  }
  return actions;
}

/** Whether a requested kind covers `kind` (`source` covers `source.fixAll.jixiao`). */
function isPrefixKind(requested: string, kind: string): boolean {
  return kind === requested || kind.startsWith(requested + '.');
}

/**
 * The finding of the current check that a diagnostic stands for: same rule and path; among
 * several (a path may hold more than one finding of a rule), the one at the diagnostic's range,
 * else the nearest. None when the finding is gone.
 */
function currentFinding(
  result: CheckResult,
  d: Diagnostic,
  data: Pick<DiagnosticData, 'rule'> & Partial<DiagnosticData>,
): Finding | undefined {
  const line = d.range?.start?.line ?? -1;
  const candidates = result.findings.filter(
    (f) => f.rule === data.rule && (typeof data.path !== 'string' || f.path === data.path),
  );
  const at = candidates.find(
    (f) =>
      f.range.start.line === line &&
      f.range.start.character === d.range?.start?.character &&
      f.range.end.line === d.range?.end?.line &&
      f.range.end.character === d.range?.end?.character,
  );
  if (at || typeof data.path !== 'string') return at;
  return candidates.sort(
    (a, b) => Math.abs(a.range.start.line - line) - Math.abs(b.range.start.line - line),
  )[0];
}

/**
 * The fix a finding's light bulb may apply on its own (Ctrl+. → first, "auto fix"): the only fix
 * there is, or a safe one that stands alone among the safe. Among several readings of a judgment
 * none is preferred, so the officer reads them before choosing.
 */
function isPreferredFix(finding: Finding, fix: Fix): boolean {
  if (finding.fixes.length === 1) return true;
  return isSafe(fix) && finding.fixes.filter(isSafe).length === 1;
}

export function isSafe(fix: Fix): boolean {
  return fix.kind === 'safe';
}

/** The one safe fix of a finding that fix-all may apply, when there is exactly one. */
export function safeFixOf(f: Finding): Fix | undefined {
  const safe = f.fixes.filter(isSafe);
  return safe.length === 1 ? safe[0] : undefined;
}

function insertsSuppression(fix: Fix): boolean {
  return fix.edits.some((e) => e.newText.includes('绩效检查-忽略'));
}

/**
 * A rule's own "accept with a reason" reading inserts the reason placeholder: select it after the
 * edit, as the generic 忽略此处 action does, so the officer types the reason over it.
 */
function selectReasonCommand(uri: string, fix: Fix): Command | undefined {
  const e = fix.edits.find((x) => x.newText.includes(REASON_PLACEHOLDER));
  if (!e || fix.edits.length !== 1) return undefined;
  const before = e.newText.slice(0, e.newText.indexOf(REASON_PLACEHOLDER)).split('\n');
  const line = e.range.start.line + before.length - 1;
  const character = (before.length === 1 ? e.range.start.character : 0) + before[before.length - 1].length;
  return Command.create(l10n.t('选择理由占位符'), 'jixiao.selectReason', uri, {
    start: { line, character },
    end: { line, character: character + REASON_PLACEHOLDER.length },
  });
}

/** Every safe fix of one rule in the file; suggestions are never applied in bulk. */
function fixAllOfRule(uri: string, result: CheckResult, rule: string, d: Diagnostic): CodeAction | undefined {
  const fixable = result.findings.filter((f) => f.rule === rule).map(safeFixOf);
  const safe = fixable.filter((f): f is Fix => !!f);
  if (safe.length < 2) return undefined;
  const { edits, applied } = mergeFixes(safe);
  if (applied < 2) return undefined;
  const action = CodeAction.create(
    l10n.t('修复此文件中所有同类问题（{0}，共{1}处）', rule, applied),
    { changes: { [uri]: edits } },
    CodeActionKind.QuickFix,
  );
  action.diagnostics = [d];
  return action;
}

/**
 * `source.fixAll.jixiao` (save): the safe fix of every finding, as one edit without overlaps. A
 * suggestion (an amount, a target, a review 状态) is a judgment that a save must never make.
 */
function fixAll(uri: string, result: CheckResult): CodeAction[] {
  const safe = result.findings.map(safeFixOf).filter((f): f is Fix => !!f);
  const { edits, applied } = mergeFixes(safe);
  if (!applied) return [];
  return [
    CodeAction.create(
      l10n.t('修复所有可自动修复的问题（绩效检查）'),
      { changes: { [uri]: edits } },
      FIX_ALL_KIND,
    ),
  ];
}
