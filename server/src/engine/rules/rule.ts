import type { Config } from '../config';
import type { Fix, FixKind, Severity } from '../findings';
import type { Draft, IndicatorTree, Project } from '../model/types';
import type { YNode } from '../yaml/ast';
import type { WalkOptions } from '../util/walk';

/**
 * The rule contract.
 *
 * A rule is one module under `rules/` that default-exports a {@link Rule}: its metadata (the one
 * source of truth for the config schema, `package.json`, the doc page headers and the README
 * table — `npm run generate` writes them) and one or more hooks. The engine owns iteration,
 * caching and reuse; a rule only says what it wants to look at:
 *
 * - `project(p, ctx)`: one project (its 明细, 资金来源, 绩效目标 …). Called for every project; the
 *   findings are reused while the project's text, the header and the configuration are unchanged,
 *   so the hook must read nothing of other projects (use `draft` for cross-project checks).
 * - `tree(tree, ctx)`: one indicator tree — each project's 绩效目标 and 长期目标 (cached with their
 *   project), and the department's 整体绩效目标 (`tree.overall`, checked once per draft).
 * - `draft(d, ctx)`: the whole draft once: tables, totals, anything across projects.
 * - `piece(part, ctx)`: findings local to where they are found (a key, an amount, a code). The
 *   engine asks once about everything outside the projects and once about each project (cached
 *   like `project`). {@link partTrees} gives the syntax trees of a part to walk.
 *
 * `ctx.draft` is the whole draft, for lookups (header, 预算单位, money unit, text, lines).
 * Rules never throw on odd input: a missing or mistyped field means silence (the schema rule
 * speaks for it), and they never see the cache.
 *
 * @example
 * // rules/projects/total-budget-less.ts (abridged)
 * const rule: Rule = {
 *   id: 'total-budget-less',
 *   severity: 'error',
 *   category: 'projects',
 *   fixable: 'suggestion',
 *   docs: 'docs/rules/total-budget-less.md',
 *   description: '项目总预算小于项目当年金额。',
 *   project(p, ctx) {
 *     if (!p.amount || !p.totalBudget || p.totalBudget.value.gte(p.amount.value)) return;
 *     const node = p.totalBudget.node;
 *     ctx.report({
 *       node,
 *       path: p.totalBudget.path,
 *       message: `总预算${p.totalBudget.text}小于当年金额${p.amount.text}`,
 *       fixes: [{ title: '改为当年金额', kind: 'suggestion', edits: [{ start: node.start, end: node.end, newText: p.amount.text }] }],
 *     });
 *   },
 * };
 * export default rule;
 *
 * Then write docs/rules/<id>.md (with runnable examples), a test file, register the rule in its
 * category's index.ts, and run `npm run generate` for the schema, package.json and README.
 */
export interface Rule extends RuleMeta {
  project?(p: Project, ctx: RuleContext): void;
  tree?(tree: IndicatorTree, ctx: RuleContext): void;
  draft?(d: Draft, ctx: RuleContext): void;
  piece?(part: Part, ctx: RuleContext): void;
}

/** The RULES.md sections; the README table and the generated docs group rules by them. */
export type Category =
  'syntax' | 'indicators' | 'projects' | 'codes' | 'tables' | 'prose' | 'published' | 'reviews';

/** Which kinds of fix the rule can offer (fix-all and fix-on-save apply only safe ones). */
export type Fixable = 'none' | 'safe' | 'suggestion' | 'both';

export interface RuleMeta {
  /** Stable id, as in RULES.md. */
  id: string;
  severity: Severity;
  /** One line in Chinese, for hovers, the schema and the README table. */
  description: string;
  category: Category;
  fixable: Fixable;
  /** The rule's doc page, relative to the repository root: `docs/rules/<id>.md`. */
  docs: string;
}

/** An edit in document offsets; the engine turns it into an LSP range. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FixSpec {
  title: string;
  edits: OffsetEdit[];
  /**
   * 'safe': mechanical and meaning-preserving (an operator proven wrong, quoting, number format,
   * punctuation, an unambiguous move); fix-all and fix-on-save apply it. 'suggestion' (the
   * default when absent): a judgment — an amount, a target, a review 状态, deleting content.
   */
  kind?: FixKind;
}

export interface Report {
  /** The narrowest node to blame; or give start/end offsets. */
  node?: YNode;
  start?: number;
  end?: number;
  path: string;
  message: string;
  fixes?: FixSpec[];
  /** Overrides the rule's severity for this finding (e.g. info on an unverified catalog entry). */
  severity?: Severity;
  /**
   * The message names something outside the reported node's own text (a line number), so it
   * must not be reused when the project moves: the engine recomputes such a project each check.
   */
  volatile?: boolean;
}

/**
 * Which part of the draft a `piece` hook is asked about: everything but the projects (whose
 * mappings are listed, to be skipped), or one project.
 */
export type Part = { kind: 'rest'; projectNodes: ReadonlySet<YNode> } | { kind: 'project'; project: Project };

export interface RuleContext {
  /** The whole draft, read-only; a `project` hook must not read other projects through it. */
  readonly draft: Draft;
  readonly config: Config;
  report(r: Report): void;
}

export type { Fix };

/** The trees a walking `piece` hook visits: the root without the projects, or one project's mapping. */
export function partTrees(part: Part, draft: Draft): { root: YNode; options: WalkOptions }[] {
  if (part.kind === 'project') return [{ root: part.project.node, options: { basePath: part.project.path } }];
  if (!draft.root) return [];
  return [{ root: draft.root, options: { skip: part.projectNodes } }];
}
