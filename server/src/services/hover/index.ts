import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/engine';
import { codeHover } from './codes';
import { findingsHover } from './findings';
import { indicatorHover } from './indicators';
import type { Provider, Section } from './markdown';
import { projectHover } from './project';
import { proseHover } from './prose';
import { sumHover } from './sums';
import { suppressionHover } from './suppression';

/**
 * At most one of these describes what is under the cursor; their order settles overlaps (a
 * suppression comment trails a value, an indicator's value may be an amount).
 */
const SUBJECTS: Provider[] = [
  suppressionHover,
  proseHover,
  projectHover,
  codeHover,
  indicatorHover,
  sumHover,
];

/**
 * Hover: what the text under the cursor is (a code, an amount, an indicator, a project, a
 * suppression comment), then the findings there. A provider that throws loses its section only:
 * a hover must never fail the request; `errors`, when given, collects the failures for tests.
 */
export function hover(result: CheckResult, offset: number, errors?: string[]): Hover | null {
  const sections: Section[] = [];
  const run = (p: Provider) => {
    try {
      return p(result, offset);
    } catch (e) {
      errors?.push((e as Error)?.stack ?? String(e));
      return undefined;
    }
  };
  for (const p of SUBJECTS) {
    const s = run(p);
    if (s) {
      sections.push(s);
      break;
    }
  }
  const found = run(findingsHover);
  if (found) sections.push(found);
  if (!sections.length) return null;
  const value = sections.map((s) => s.markdown).join('\n\n---\n\n');
  const at = sections.find((s) => s.start !== undefined && s.end !== undefined);
  const hover: Hover = { contents: { kind: MarkupKind.Markdown, value } };
  if (at) hover.range = result.draft.lines.range(at.start!, at.end!);
  return hover;
}
