import type { Range } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** 'safe' fixes are mechanical and meaning-preserving (fix-all applies them); absent means 'suggestion'. */
export type FixKind = 'safe' | 'suggestion';

export interface Fix {
  title: string;
  edits: TextEdit[];
  kind?: FixKind;
}

/** One finding, exactly the shape of RULES.md "Machine-readable output" (the CLI adds `file`). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  range: Range;
  fixes: Fix[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export const SEVERITY_ZH: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
  hint: '建议',
};
