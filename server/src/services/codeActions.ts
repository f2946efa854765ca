import * as l10n from '@vscode/l10n';
import type { CheckResult } from '../engine/engine';
import type { Finding, Fix } from '../engine/findings';
import type { Range } from '../engine/text/lineIndex';
import { suppressEdit } from './suppressAction';
import { changedSpan, fixAllUntilStable, onePass } from '../engine/fixAll';

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
  const seenRules = new Set<string>();
  const seenDocs = new Set<string>();
  targets.forEach(({ rule, finding }, target) => {
    if (finding) {
      finding.fixes.forEach((fix, i) =>
        actions.push({ title: fix.title, kind: 'quickfix', target, edits: plain(fix), preferred: i === 0 }),
      );
      if (!seenRules.has(rule)) {
        seenRules.add(rule);
        const sameRule = fixAllOfRule(result, rule);
        if (sameRule) actions.push({ ...sameRule, target });
      }
      // Findings about suppression comments are reported after suppressions apply: none reaches them.
      const suppress = rule.startsWith('suppression-')
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

function plain(fix: Fix): PlainEdit[] {
  return fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText }));
}

/**
 * Edits of several fixes as one edit that applies cleanly: a fix any of whose edits overlaps an
 * edit already taken, or inserts at the same point, is left out whole (a later pass, or the next
 * save, applies it against the fixed text). `applied` counts the fixes kept.
 */
export function mergeFixes(fixes: Fix[]): { edits: PlainEdit[]; applied: number } {
  const taken: PlainEdit[] = [];
  let applied = 0;
  const clash = (e: PlainEdit, t: PlainEdit) =>
    (e.start < t.end && t.start < e.end) || (e.start === t.start && e.end === t.end);
  for (const fix of fixes) {
    const edits = plain(fix);
    if (edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  return { edits: taken, applied };
}

function fixAllOfRule(result: CheckResult, rule: string): PlannedAction | undefined {
  const fixable = result.findings.filter((f) => f.rule === rule && f.fixes.length);
  if (fixable.length < 2) return undefined;
  const { edits, applied } = mergeFixes(fixable.map((f) => f.fixes[0]));
  if (applied < 2) return undefined;
  return {
    title: l10n.t('修复此文件中所有同类问题（{0}，共{1}处）', rule, applied),
    kind: 'quickfix',
    edits,
  };
}

/**
 * The file's fix-all: the first fix of every finding without overlaps, applied again on the result
 * until nothing changes, so that fix-all is idempotent (saving twice changes nothing the second
 * time; a sum is fixed after its parts, a second skeleton where the first went). One pass: its
 * edits, each on its own lines; several: the one span that changed.
 */
function fixAll(result: CheckResult): PlannedAction[] {
  const first = onePass(result.findings, (f) => f.fixes[0]);
  if (!first.length) return [];
  const all = fixAllUntilStable(result);
  const edits = all.passes <= 1 ? first : [changedSpan(result.draft.text, all.text)];
  return [{ title: l10n.t('修复所有可自动修复的问题（绩效检查）'), kind: 'fixAll', edits }];
}
