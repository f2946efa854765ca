import { checkText, type CheckResult } from './engine';
import type { Finding, Fix } from './findings';

/** Passes of fix-all at most: each is a full check, and real drafts settle in one or two. */
export const MAX_FIX_PASSES = 8;

export interface OffsetChange {
  start: number;
  end: number;
  newText: string;
}

/** A fix is safe when mechanical and meaning-preserving; only those are applied in bulk. */
export function isSafe(fix: Fix): boolean {
  return fix.kind === 'safe';
}

/**
 * The one safe fix of a finding that fix-all may apply, when there is exactly one: of two safe
 * readings none is preferred, so fix-all applies neither and the officer chooses.
 */
export function safeFixOf(f: Finding): Fix | undefined {
  const safe = f.fixes.filter(isSafe);
  return safe.length === 1 ? safe[0] : undefined;
}

/**
 * Edits of several fixes as one edit that applies cleanly: a fix any of whose edits touches an
 * edit already taken is left out whole (a later pass applies it against the fixed text). Sorted
 * intervals, so a draft with thousands of fixes is not compared pair by pair. `applied` counts the
 * fixes kept.
 */
export function mergeFixes(fixes: readonly Fix[]): { edits: OffsetChange[]; applied: number } {
  const taken: OffsetChange[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const edits = fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText }));
    if (edits.some((e) => clashes(taken, e))) continue;
    for (const e of edits) insertSorted(taken, e);
    applied++;
  }
  return { edits: taken, applied };
}

/** The edits one pass applies: the fix `pick` chooses of every finding, without clashes. */
export function onePass(
  findings: Finding[],
  pick: (f: Finding) => Fix | undefined = safeFixOf,
): OffsetChange[] {
  return mergeFixes(findings.map(pick).filter((f): f is Fix => !!f)).edits;
}

/** Whether `e` overlaps a taken edit, or inserts where one already inserts (their order is undefined). */
function clashes(sorted: OffsetChange[], e: OffsetChange): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end < e.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i].start <= e.end; i++) {
    const t = sorted[i];
    if (e.start < t.end && t.start < e.end) return true;
    if (e.start === t.start && e.end === t.end) return true;
    if (e.start === e.end && t.start === t.end && e.start === t.start) return true;
    // An insertion at the edge of a replaced span: which comes first is undefined.
    if (
      (e.start === e.end && (e.start === t.start || e.start === t.end) && t.start !== t.end) ||
      (t.start === t.end && (t.start === e.start || t.start === e.end) && e.start !== e.end)
    )
      return true;
  }
  return false;
}

function insertSorted(sorted: OffsetChange[], e: OffsetChange): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1].start > e.start) i--;
  sorted.splice(i, 0, e);
}

export function applyChanges(text: string, changes: OffsetChange[]): string {
  let out = '';
  let at = 0;
  for (const c of [...changes].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, c.start) + c.newText;
    at = c.end;
  }
  return out + text.slice(at);
}

export interface FixAllResult {
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** False when it stopped at MAX_FIX_PASSES or on a text it had already produced (a cycle). */
  settled: boolean;
}

/**
 * Fix-all applied until nothing changes, so that fix-all is idempotent: a fix can only be made once
 * another has (a sum fixed after its parts; a second skeleton where the first went), and one pass
 * left such fixes for the next save. Later passes take only fixes left over (overlaps) and those of
 * findings the fixes brought up: a finding the first pass declined (no safe fix, or two) stays
 * declined, known by rule, path and message. Bounded, and a cycle ends it.
 */
export function fixAllUntilStable(
  first: CheckResult,
  pick: (f: Finding) => Fix | undefined = safeFixOf,
): FixAllResult {
  const declined = new Set(first.findings.filter((f) => !pick(f)).map(identity));
  const later = (f: Finding) => (declined.has(identity(f)) ? undefined : pick(f));
  let result = first;
  let text = first.draft.text;
  const seen = new Set<string>([text]);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const changes = onePass(result.findings, pass ? later : pick);
    const next = changes.length ? applyChanges(text, changes) : text;
    if (next === text) return { text, passes: pass, settled: true };
    if (seen.has(next)) return { text, passes: pass, settled: false };
    seen.add(next);
    text = next;
    result = checkText(text, { config: first.config });
  }
  const last = onePass(result.findings, later);
  return { text, passes: MAX_FIX_PASSES, settled: !last.length };
}

function identity(f: Finding): string {
  return `${f.rule}\u0000${f.path}\u0000${f.message}`;
}

/** The one span that differs between two texts, as a replacement (common start and end kept). */
export function changedSpan(before: string, after: string): OffsetChange {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start: head, end: before.length - tail, newText: after.slice(head, after.length - tail) };
}
