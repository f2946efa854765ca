import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver';
import { applyFix, check } from '../helpers';
import { reviewEdit, type ReviewAction } from '../../server/src/services/reviews';

/** Shared by the review service tests (not collected as a test file itself). */
export const WHO = { reviewer: '财政局预算科', date: '2025-10-12' };

export function edits(text: string, request: ReviewAction): TextEdit[] {
  const out = reviewEdit(text, check(text), request);
  assert.ok('edits' in out, `expected edits, got ${JSON.stringify(out)}`);
  return out.edits;
}

/** Applies the action, and checks the result still parses with no rule crashing. */
export function act(text: string, request: ReviewAction): string {
  const after = applyFix(text, { title: '', edits: edits(text, request) });
  const r = check(after);
  assert.deepEqual(r.draft.parsed.problems, [], `the edited draft parses:\n${after}`);
  return after;
}

/**
 * The lines that differ, by common prefix and suffix of the line lists: everything outside
 * `at … at + removed.length` is byte-identical (line endings and comments included).
 */
export function lineDiff(before: string, after: string): { at: number; removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  return { at: head, removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}
