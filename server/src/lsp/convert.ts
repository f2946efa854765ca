import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { DiagnosticData } from '../../../shared/protocol';
import { crashedRules, type CheckResult } from '../engine/engine';
import type { Finding, Severity } from '../engine/findings';
import { ruleDocUri } from '../node/docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings that point at text that can simply go: editors show them faded, like unused code. */
const UNNECESSARY = new Set(['suppression-unused', 'level2-empty']);

/** `key` names the finding among the findings of its check (see `findingKeys`). */
export function toDiagnostic(f: Finding, key = findingKeys([f])[0]): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, key };
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

export function toDiagnostics(result: CheckResult): Diagnostic[] {
  const keys = findingKeys(result.findings);
  return [...result.findings.map((f, i) => toDiagnostic(f, keys[i])), ...crashDiagnostics(result)];
}

/**
 * A rule that crashed checked nothing: said in the Problems list, on the first line, so that its
 * silence does not pass for a clean draft (as the CLI says 内部错误 and exits 2). No data: there
 * is nothing to fix or suppress.
 */
function crashDiagnostics(result: CheckResult): Diagnostic[] {
  const at = { line: 0, character: 0 };
  return crashedRules(result.internalErrors).map((rule) => ({
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: 'jixiao',
    message: `内部错误：规则 ${rule} 运行出错，本文件未完成这项检查（详情见“Jixiao 绩效检查”输出窗口）`,
  }));
}

/**
 * Keys that name each finding of one check: its model path, a hash of its message, and a count
 * among equal ones. No position in it, so a diagnostic published before lines were inserted above
 * still names its finding in the next check (as vscode-eslint's `Diagnostics.computeKey`, but
 * stable under moves); a finding whose message changed (other numbers) is another finding.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}|${f.path}|${fnv1a(f.message)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}|${n}` : base;
  });
}

const byKey = new WeakMap<CheckResult, Map<string, Finding>>();

/** The finding of `result` that a diagnostic's data names, if it is still there. */
export function findingByData(result: CheckResult, data: DiagnosticData): Finding | undefined {
  let map = byKey.get(result);
  if (!map) {
    const keys = findingKeys(result.findings);
    map = new Map(keys.map((k, i) => [k, result.findings[i]]));
    byKey.set(result, map);
  }
  const f = map.get(data.key);
  return f?.rule === data.rule ? f : undefined;
}

/** Our data on a diagnostic, checked: anything a client sends back may be foreign or damaged. */
export function isJixiaoData(d: unknown): d is DiagnosticData {
  if (!d || typeof d !== 'object') return false;
  const { rule, key } = d as Partial<DiagnosticData>;
  return typeof rule === 'string' && typeof key === 'string';
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
