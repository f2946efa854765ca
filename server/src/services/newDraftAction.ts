import * as l10n from '@vscode/l10n';
import type { CheckResult } from '../engine/engine';
import type { ActionTarget, PlannedAction } from './codeActions';

/**
 * An empty file is a draft not yet begun: its one finding (文件为空) gets the way to begin, the
 * same command as "Jixiao: 新建部门预算草稿", which asks 部门, 年度 and 金额单位 and writes the
 * skeleton into this file.
 */
export function newDraftAction(result: CheckResult, targets: ActionTarget[]): PlannedAction[] {
  if (result.draft.text.trim()) return [];
  const target = targets.findIndex((t) => t.rule === 'schema');
  return [
    {
      title: l10n.t('新建部门预算草稿…'),
      kind: 'quickfix',
      newDraft: true,
      preferred: true,
      ...(target >= 0 ? { target } : {}),
    },
  ];
}
