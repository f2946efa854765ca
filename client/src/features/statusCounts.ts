/** Errors and warnings among one document's diagnostics. */
export interface StatusCounts {
  errors: number;
  warnings: number;
}

// vscode.DiagnosticSeverity, kept as numbers so this module (and its test) needs no `vscode`.
const ERROR = 0;
const WARNING = 1;

/** Counts only Jixiao's diagnostics: the YAML extension's or a spell checker's are not ours. */
export function countJixiao(diagnostics: ReadonlyArray<{ source?: string; severity: number }>): StatusCounts {
  const counts: StatusCounts = { errors: 0, warnings: 0 };
  for (const d of diagnostics) {
    if (d.source !== 'jixiao') continue;
    if (d.severity === ERROR) counts.errors++;
    else if (d.severity === WARNING) counts.warnings++;
  }
  return counts;
}

/** `$(error) 7 $(warning) 10 绩效`, or `$(check) 绩效` for a clean file. */
export function statusText(counts: StatusCounts, label: string): string {
  if (!counts.errors && !counts.warnings) return `$(check) ${label}`;
  return `$(error) ${counts.errors} $(warning) ${counts.warnings} ${label}`;
}
