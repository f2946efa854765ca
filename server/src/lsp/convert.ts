import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
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

/**
 * What a diagnostic carries for its code actions, never parsed from the message: `rule` and
 * `path` name the finding; `fixes` are the fixes as published, for clients and tools (the server
 * itself takes them from its current check, so a stale diagnostic never edits newer text).
 */
export interface DiagnosticData {
  rule: string;
  path: string;
  fixes: Fix[];
}

/** Findings that point at text that can simply go: editors show them faded, like unused code. */
const UNNECESSARY = new Set(['suppression-unused', 'level2-empty']);

export function toDiagnostic(f: Finding): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, path: f.path, fixes: f.fixes };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocUri(f.rule) },
    source: 'jixiao',
    message: f.message,
    data,
  };
  if (UNNECESSARY.has(f.rule)) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/** Enough of our data to name a finding: its rule, and its path when the publisher gave one. */
export function isJixiaoData(d: unknown): d is Pick<DiagnosticData, 'rule'> & Partial<DiagnosticData> {
  if (!d || typeof d !== 'object') return false;
  const { rule, path } = d as Partial<DiagnosticData>;
  return typeof rule === 'string' && (path === undefined || typeof path === 'string');
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

/**
 * Edits of several fixes as one edit that applies cleanly: a fix any of whose edits overlaps an
 * edit already taken, or inserts at the same point, is left out whole (a later pass, or the next
 * save, applies it against the fixed text). `applied` counts the fixes kept.
 */
export function mergeFixes(fixes: Fix[]): { edits: TextEdit[]; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  const clash = (e: TextEdit, t: TextEdit) =>
    (key(e.range.start) < key(t.range.end) && key(t.range.start) < key(e.range.end)) ||
    (key(e.range.start) === key(t.range.start) && key(e.range.end) === key(t.range.end));
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  return { edits: taken, applied };
}
