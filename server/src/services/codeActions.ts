import * as l10n from '@vscode/l10n';
import type { CheckResult } from '../engine/engine';
import type { Finding, Fix } from '../engine/findings';
import type { Range } from '../engine/text/lineIndex';
import { suppressEdit } from './suppressAction';
import { newDraftAction } from './newDraftAction';
import { REASON_PLACEHOLDER } from '../engine/suppress';
import { changedSpan, fixAllUntilStable, isSafe, mergeFixes, onePass, safeFixOf } from '../engine/fixAll';

/** An edit as offsets into the checked text; the LSP edge turns it into positions once. */
export interface PlainEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * One action, in plain terms: `quickfix` actions answer the finding `target` (an index into the
 * targets asked about), `fixAll` is the save-time action of the whole file.
 */
export interface PlannedAction {
  title: string;
  kind: 'quickfix' | 'fixAll';
  target?: number;
  edits?: PlainEdit[];
  preferred?: boolean;
  /** After the edit, the range (of the edited text) the editor selects for the user to type over. */
  select?: Range;
  /** Open this rule's documentation instead of editing. */
  ruleDoc?: string;
  /** Run “新建部门预算草稿” on this (empty) file instead of editing. */
  newDraft?: boolean;
}

/** A finding asked about: its rule, and the finding itself when it is still in the current check. */
export interface ActionTarget {
  rule: string;
  finding?: Finding;
}

/**
 * The ladder of actions of a finding, as in vscode-eslint: its fixes (the first preferred), fix
 * all of this rule, accept it here with a reason, read the rule's page; and the file's fix-all for
 * save. The findings come from the current check, so a diagnostic published for an older text
 * never yields an edit for this one.
 */
export function codeActions(
  result: CheckResult,
  targets: ActionTarget[],
  want: { quickFix: boolean; fixAll: boolean },
): PlannedAction[] {
  const actions: PlannedAction[] = [];
  if (want.fixAll) actions.push(...fixAll(result));
  if (!want.quickFix) return actions;
  actions.push(...newDraftAction(result, targets));
  const seenRules = new Set<string>();
  const seenDocs = new Set<string>();
  targets.forEach(({ rule, finding }, target) => {
    if (finding) {
      for (const fix of finding.fixes) {
        const select = reasonSelection(result, fix);
        actions.push({
          title: fix.title,
          kind: 'quickfix',
          target,
          edits: fix.edits.map(({ start, end, newText }) => ({ start, end, newText })),
          preferred: isPreferredFix(finding, fix),
          ...(select ? { select } : {}),
        });
      }
      if (!seenRules.has(rule)) {
        seenRules.add(rule);
        const sameRule = fixAllOfRule(result, rule);
        if (sameRule) actions.push({ ...sameRule, target });
      }
      // Findings about suppression comments are reported after suppressions apply: none reaches them.
      // A rule whose own readings include accepting the finding needs no second "ignore".
      const suppress =
        rule.startsWith('suppression-') || finding.fixes.some(insertsSuppression)
          ? undefined
          : suppressEdit(result, finding.range, rule);
      if (suppress)
        actions.push({
          title: l10n.t('忽略此处（需填写理由）'),
          kind: 'quickfix',
          target,
          edits: [suppress.edit],
          select: suppress.select,
        });
    }
    if (seenDocs.has(rule)) return;
    seenDocs.add(rule);
    actions.push({ title: l10n.t('查看规则说明：{0}', rule), kind: 'quickfix', target, ruleDoc: rule });
  });
  return actions;
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

export { isSafe, safeFixOf };

function insertsSuppression(fix: Fix): boolean {
  return fix.edits.some((e) => e.newText.includes('绩效检查-忽略'));
}

/**
 * A rule's own "accept with a reason" reading inserts the reason placeholder: select it after the
 * edit, as the generic 忽略此处 action does, so the officer types the reason over it.
 */
function reasonSelection(result: CheckResult, fix: Fix): Range | undefined {
  const e = fix.edits.find((x) => x.newText.includes(REASON_PLACEHOLDER));
  if (!e || fix.edits.length !== 1) return undefined;
  const at = result.draft.lines.position(e.start);
  const before = e.newText.slice(0, e.newText.indexOf(REASON_PLACEHOLDER)).split('\n');
  const line = at.line + before.length - 1;
  const character = (before.length === 1 ? at.character : 0) + before[before.length - 1].length;
  return {
    start: { line, character },
    end: { line, character: character + REASON_PLACEHOLDER.length },
  };
}

/** Every safe fix of one rule in the file; suggestions are never applied in bulk. */
function fixAllOfRule(result: CheckResult, rule: string): PlannedAction | undefined {
  const safe = result.findings
    .filter((f) => f.rule === rule)
    .map(safeFixOf)
    .filter((f): f is Fix => !!f);
  if (safe.length < 2) return undefined;
  const { edits, applied } = mergeFixes(safe);
  if (applied < 2) return undefined;
  return {
    title: l10n.t('修复此文件中所有同类问题（{0}，共{1}处）', rule, applied),
    kind: 'quickfix',
    edits,
  };
}

/**
 * The file's fix-all (`source.fixAll.jixiao`, save): the safe fix of every finding without
 * overlaps, applied again on the result until nothing changes, so that fix-all is idempotent
 * (saving twice changes nothing the second time; a sum is fixed after its parts, a second skeleton
 * where the first went). A suggestion (an amount, a target, a review 状态) is a judgment that a
 * save must never make. When one pass settles: its edits, each on its own lines; when later passes
 * were needed: the one span that changed.
 */
function fixAll(result: CheckResult): PlannedAction[] {
  const first = onePass(result.findings, safeFixOf);
  if (!first.length) return [];
  const all = fixAllUntilStable(result, safeFixOf);
  const edits = all.passes <= 1 ? first : [changedSpan(result.draft.text, all.text)];
  return [{ title: l10n.t('修复所有可自动修复的问题（绩效检查）'), kind: 'fixAll', edits }];
}
