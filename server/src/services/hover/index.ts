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
 * Hover: the rules of the findings there (linked to their pages), then what the text under the
 * cursor is (a code, an amount, an indicator, a project, a suppression comment). A provider that throws loses its section only:
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
  // The rule links of the findings here come first, one line each, right under the messages the
  // editor shows: a tall hover scrolls, and the facts below may be cut, never the links.
  const found = run(findingsHover);
  if (found) sections.push(found);
  for (const p of SUBJECTS) {
    const s = run(p);
    if (s) {
      sections.push(s);
      break;
    }
  }
  if (!sections.length) return null;
  const value = sections.map((s) => s.markdown).join('\n\n---\n\n');
  const at = sections.find((s) => s.start !== undefined && s.end !== undefined);
  const hover: Hover = { contents: { kind: MarkupKind.Markdown, value } };
  if (at) hover.range = result.draft.lines.range(at.start!, at.end!);
  return hover;
}
