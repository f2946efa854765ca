import { DEFAULT_CONFIG, type Config } from './config';
import { SEVERITY_ORDER, TextEdit, type Finding } from './findings';
import { buildDraft } from './model/build';
import type { Draft, Project } from './model/types';
import { allRuleIds, ruleById, RULES } from './rules';
import type { Part, Report, Rule, RuleContext } from './rules/rule';
import { findSuppressions, hasReason, SuppressionIndex, type Suppression } from './suppress';
import { eolOf, LineIndex } from './text/lineIndex';
import { ParseCache, parseDocument } from './yaml/chunks';

export interface CheckOptions {
  config?: Config;
  /** Reused between checks of one document, so an edit re-parses only what it touched. */
  cache?: ParseCache;
}

export interface CheckResult {
  /** Fresh objects with ranges computed for this text: they never change afterwards. */
  findings: Finding[];
  /**
   * The model of this text. With a cache, its unchanged pieces are reused (and moved) by the next
   * check: its offsets are valid until then (the invariant is stated on ParseCache).
   */
  draft: Draft;
  config: Config;
  suppressions: Suppression[];
  /** Rule crashes, caught so the user still gets every other finding; tests assert there are none. */
  internalErrors: string[];
}

/** Parse → model → rules → suppressions. Pure: knows nothing of LSP, files or the terminal. */
export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const parsed = parseDocument(text, options.cache);
  const lines = new LineIndex(text, parsed.lineStarts);
  const draft = buildDraft(parsed, config.profile, lines, options.cache?.modelMemo);
  const raw: Finding[] = [];
  const internalErrors: string[] = [];
  const run: Runner = (rule, sink, hook) => {
    try {
      hook({ draft, config, report: sink });
    } catch (e) {
      internalErrors.push(`${rule.id}: ${(e as Error)?.stack ?? String(e)}`);
    }
  };
  const active = RULES.filter((r) => config.rules[r.id] !== 'off');
  const eol = eolOf(text);
  const emit = (rule: Rule, r: Report) => raw.push(toFinding(rule, r, lines, config.rules[rule.id], eol));
  const rest: Part = { kind: 'rest', projectNodes: new Set(draft.projects.map((p) => p.node)) };
  const overallTree = draft.overall?.indicators;
  for (const rule of active) {
    const sink = (r: Report) => emit(rule, r);
    if (rule.draft) run(rule, sink, (ctx) => rule.draft!(draft, ctx));
    if (rule.piece) run(rule, sink, (ctx) => rule.piece!(rest, ctx));
    if (rule.tree && overallTree) run(rule, sink, (ctx) => rule.tree!(overallTree, ctx));
  }
  const perProject = active.filter((r) => r.project || r.tree || r.piece);
  const key = contextKey(draft, config);
  for (const p of draft.projects) {
    for (const { rule, report } of projectReports(p, key, perProject, run, options.cache)) emit(rule, report);
  }
  const suppressions = findSuppressions(lines);
  const findings = applySuppressions(raw, suppressions, config, lines);
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
  return { findings, draft, config, suppressions, internalErrors };
}

/** The rules that crashed in a check, each once, from its `internalErrors` (`<rule id>: <stack>`). */
export function crashedRules(internalErrors: readonly string[]): string[] {
  return [...new Set(internalErrors.map((e) => e.slice(0, e.indexOf(': '))))];
}

type Runner = (rule: Rule, sink: (r: Report) => void, hook: (ctx: RuleContext) => void) => void;

interface ProjectReports {
  key: string;
  index: number;
  /** The project's start when these reports were made: offsets shift with it. */
  base: number;
  reports: { rule: Rule; report: Report }[];
}

/**
 * What, besides a project's own text, the project hooks read: the header, the configuration, and
 * the one draft-wide fact a per-project finding depends on: whether the whole draft follows the
 * 2015 indicator layout (level2-invalid then leaves those moves to profile-mismatch).
 * (The contract in rules/rule.ts forbids them to read other projects.)
 */
function contextKey(draft: Draft, config: Config): string {
  const h = draft.header;
  const units = h.units.map((u) => `${u.code?.text}|${u.name?.text}|${u.nature?.text}`).join(';');
  return `${h.moneyUnit}|${h.year?.value}|${units}|${draft.follows2015}|${JSON.stringify(config)}`;
}

/**
 * The project rules' reports for one project. With a parse cache, an unchanged project keeps its
 * syntax nodes (the cache shifts them in place), so its reports are reused: node-based ranges
 * follow the nodes, and plain offsets are shifted by how far the project moved.
 */
function projectReports(
  p: Project,
  key: string,
  rules: Rule[],
  run: Runner,
  cache: ParseCache | undefined,
): { rule: Rule; report: Report }[] {
  const memo = cache?.memo as WeakMap<object, ProjectReports> | undefined;
  const hit = memo?.get(p.node);
  if (hit && hit.key === key && hit.index === p.index) {
    const delta = p.node.start - hit.base;
    if (delta) {
      for (const { report } of hit.reports) shiftReport(report, delta);
      hit.base = p.node.start;
    }
    return hit.reports;
  }
  const reports: { rule: Rule; report: Report }[] = [];
  const part: Part = { kind: 'project', project: p };
  const trees = [p.indicators, p.longTerm?.indicators].filter((t) => t !== undefined);
  let volatile = false;
  // A rule that crashed here is not cached: reused, its reports would pass for a finished check
  // and the crash would be said once, then never again.
  let crashed = false;
  const guarded: Runner = (rule, sink, hook) =>
    run(rule, sink, (ctx) => {
      try {
        hook(ctx);
      } catch (e) {
        crashed = true;
        throw e;
      }
    });
  for (const rule of rules) {
    const sink = (report: Report) => {
      volatile ||= report.volatile === true;
      reports.push({ rule, report });
    };
    if (rule.piece) guarded(rule, sink, (ctx) => rule.piece!(part, ctx));
    if (rule.project) guarded(rule, sink, (ctx) => rule.project!(p, ctx));
    if (rule.tree) for (const t of trees) guarded(rule, sink, (ctx) => rule.tree!(t, ctx));
  }
  if (volatile || crashed) memo?.delete(p.node);
  else memo?.set(p.node, { key, index: p.index, base: p.node.start, reports });
  return reports;
}

function shiftReport(r: Report, delta: number): void {
  if (!r.node) {
    if (r.start !== undefined) r.start += delta;
    if (r.end !== undefined) r.end += delta;
  }
  for (const f of r.fixes ?? [])
    for (const e of f.edits) {
      e.start += delta;
      e.end += delta;
    }
}

/** Rules write `\n`; an inserted line takes the file's own break, so a CR-only file stays one. */
function withEol(text: string, eol: string): string {
  return eol === '\n' || !text.includes('\n') ? text : text.replace(/\r?\n/g, eol);
}

function toFinding(
  rule: Rule,
  r: Report,
  lines: LineIndex,
  setting: string | undefined,
  eol: string,
): Finding {
  const start = r.node ? r.node.start : (r.start ?? 0);
  const end = r.node ? r.node.end : (r.end ?? start);
  const severity =
    setting && setting !== 'off' ? (setting as Finding['severity']) : (r.severity ?? rule.severity);
  return {
    rule: rule.id,
    severity,
    message: r.message,
    path: r.path,
    range: lines.range(start, end),
    fixes: (r.fixes ?? []).map((f) => ({
      title: f.title,
      // Copied: cached reports are shifted in place by later checks, this finding must not move.
      edits: f.edits.map((e) => new TextEdit(e.start, e.end, withEol(e.newText, eol), lines)),
      ...(f.kind ? { kind: f.kind } : {}),
    })),
  };
}

function applySuppressions(raw: Finding[], sups: Suppression[], config: Config, lines: LineIndex): Finding[] {
  if (!sups.length) return raw;
  const known = new Set(allRuleIds());
  const valid = (s: Suppression) => hasReason(s) && s.rules.length > 0 && s.rules.every((r) => known.has(r));
  const index = new SuppressionIndex(sups, valid);
  const kept = raw.filter((f) => !index.silences(f));
  const emit = (id: string, s: Suppression, message: string) => {
    const setting = config.rules[id];
    if (setting === 'off') return;
    const meta = ruleById(id)!;
    kept.push({
      rule: id,
      severity: setting ?? meta.severity,
      message,
      path: '',
      range: lines.range(s.start, s.end),
      fixes: [
        {
          title: '删除此忽略注释',
          edits: [new TextEdit(deleteFrom(lines, s), s.end, '', lines)],
          kind: meta.fixable === 'safe' ? 'safe' : 'suggestion',
        },
      ],
    });
  };
  for (const s of sups) {
    const unknown = s.rules.filter((r) => !known.has(r));
    if (!s.rules.length)
      emit('suppression-invalid', s, '忽略注释没有指定规则，应写为“# 绩效检查-忽略 规则编号: 理由”');
    else if (unknown.length) emit('suppression-invalid', s, `忽略注释中的规则“${unknown.join('、')}”不存在`);
    else if (!hasReason(s))
      emit('suppression-invalid', s, `忽略注释缺少理由：请在规则编号后写“: 理由”，否则不生效`);
    else if (!s.used)
      emit('suppression-unused', s, `忽略注释没有屏蔽任何问题（${s.rules.join('、')}），可以删除`);
  }
  return kept;
}

/** Deleting a trailing comment also removes the blanks before it. */
function deleteFrom(lines: LineIndex, s: Suppression): number {
  let i = s.start;
  const text = lines.text;
  while (i > lines.lineStart(s.line) && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}
