import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../engine/findings';
import { ruleDocUri } from '../node/docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its code actions: quick fixes are built from this, never from the message. */
export interface DiagnosticData {
  rule: string;
  path: string;
  fixes: Fix[];
}

export function toDiagnostic(f: Finding): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, path: f.path, fixes: f.fixes };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocUri(f.rule) },
    source: 'jixiao',
    message: f.message,
    data,
  };
}

export function isJixiaoData(d: unknown): d is DiagnosticData {
  return (
    !!d &&
    typeof d === 'object' &&
    typeof (d as DiagnosticData).rule === 'string' &&
    Array.isArray((d as DiagnosticData).fixes)
  );
}

export function fixToAction(
  uri: string,
  fix: Fix,
  diagnostic: Diagnostic | undefined,
  preferred: boolean,
): CodeAction {
  const action = CodeAction.create(
    fix.title,
    { changes: { [uri]: fix.edits as TextEdit[] } },
    CodeActionKind.QuickFix,
  );
  if (diagnostic) action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** Edits of several fixes, dropping any that overlap an earlier one, so the result applies cleanly. */
export function mergeEdits(fixes: Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  for (const fix of fixes) {
    const overlaps = fix.edits.some(
      (e) =>
        taken.some((t) => key(e.range.start) < key(t.range.end) && key(t.range.start) < key(e.range.end)) ||
        taken.some((t) => key(e.range.start) === key(t.range.start) && key(e.range.end) === key(t.range.end)),
    );
    if (!overlaps) taken.push(...fix.edits);
  }
  return taken;
}
