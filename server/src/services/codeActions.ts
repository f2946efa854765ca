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
import type { Finding } from '../engine/findings';
import { ruleById } from '../engine/rules';
import { fixToAction, isJixiaoData, mergeFixes, type DiagnosticData } from '../lsp/convert';
import { suppressAction } from './suppressAction';
import { changedSpan, fixAllUntilStable, onePass } from '../engine/fixAll';

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
  const seenRules = new Set<string>();
  const seenDocs = new Set<string>();
  for (const d of context.diagnostics ?? []) {
    if (d?.source !== 'jixiao' || !isJixiaoData(d.data) || !ruleById(d.data.rule)) continue;
    const data = d.data;
    const finding = currentFinding(result, d, data);
    if (finding) {
      finding.fixes.forEach((fix, i) => actions.push(fixToAction(uri, fix, d, i === 0)));
      if (!seenRules.has(data.rule)) {
        seenRules.add(data.rule);
        const sameRule = fixAllOfRule(uri, result, data.rule, d);
        if (sameRule) actions.push(sameRule);
      }
      // Findings about suppression comments are reported after suppressions apply: none reaches them.
      const suppress = data.rule.startsWith('suppression-')
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

function fixAllOfRule(uri: string, result: CheckResult, rule: string, d: Diagnostic): CodeAction | undefined {
  const fixable = result.findings.filter((f) => f.rule === rule && f.fixes.length);
  if (fixable.length < 2) return undefined;
  const { edits, applied } = mergeFixes(fixable.map((f) => f.fixes[0]));
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
 * `source.fixAll.jixiao`: the first fix of every finding without overlaps, applied again on the
 * result until nothing changes (fix-all is idempotent: saving twice changes nothing the second
 * time). One pass: its edits, each on its own lines; several: the one span that changed.
 */
function fixAll(uri: string, result: CheckResult): CodeAction[] {
  const lines = result.draft.lines;
  const first = onePass(result.findings, lines, (f) => f.fixes[0]);
  if (!first.length) return [];
  const all = fixAllUntilStable(result);
  const changes =
    all.passes <= 1
      ? first.map((c) => ({ range: lines.range(c.start, c.end), newText: c.newText }))
      : [changedSpan(result.draft.text, all.text)].map((c) => ({
          range: lines.range(c.start, c.end),
          newText: c.newText,
        }));
  return [
    CodeAction.create(
      l10n.t('修复所有可自动修复的问题（绩效检查）'),
      { changes: { [uri]: changes } },
      FIX_ALL_KIND,
    ),
  ];
}
