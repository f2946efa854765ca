import type { CheckResult } from '../engine/engine';
import type { Severity } from '../engine/findings';
import { renderBody, titleOf } from './render';

export interface PreviewContent {
  title: string;
  /** The page body (no scripts); the client puts it into its webview shell. */
  body: string;
  findings: Record<Severity, number>;
  openReviews: number;
}

/** What the editor's preview shows for a check: the same body as the report, without rule docs. */
export function previewOf(result: CheckResult): PreviewContent {
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of result.findings) findings[f.severity]++;
  let body: string;
  try {
    body = renderBody(result.draft, result.findings);
  } catch (e) {
    // A renderer bug must not take the preview down: say so where the tables would be.
    body = `<p class="sev-error">预览生成失败：${String((e as Error)?.message ?? e).replace(/[<>&]/g, '')}</p>`;
  }
  return {
    title: titleOf(result.draft),
    body,
    findings,
    openReviews: result.draft.allReviews.filter((r) => r.status?.text === '待修改').length,
  };
}
