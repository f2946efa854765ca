import type { Config } from '../config';
import type { Fix, Severity } from '../findings';
import type { Draft, Project } from '../model/types';
import type { YNode } from '../yaml/ast';
import type { WalkOptions } from '../util/walk';

/** An edit in document offsets; the engine turns it into an LSP range. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FixSpec {
  title: string;
  edits: OffsetEdit[];
  /** safe: mechanical and meaning-preserving (fix-all applies it); absent = suggestion. */
  kind?: 'safe' | 'suggestion';
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
 * Which part of the draft a 'piece' rule is asked about: everything but the projects (whose
 * mappings are listed, to be skipped), or one project.
 */
export type Part = { kind: 'rest'; projectNodes: ReadonlySet<YNode> } | { kind: 'project'; project: Project };

export interface RuleContext {
  draft: Draft;
  config: Config;
  report(r: Report): void;
  /** Set for 'piece' rules; absent means the whole draft. */
  part?: Part;
}

/**
 * One rule: a stable id (RULES.md), its default severity, a one-line Chinese description (for
 * hovers and docs), and a check that reads the model and reports. Rules never throw on odd
 * input: a missing or mistyped field means silence; the schema rule speaks for it.
 */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /**
   * 'project': the rule reads one project at a time (and the header), so the engine may run it
   * on each project alone and reuse its findings while that project's text is unchanged.
   *
   * 'piece': the rule's findings are local to where they are found (a key, an amount, a code), so
   * the engine asks it about the part outside the projects once, and about each project apart
   * (`ctx.part`), reusing a project's findings while its text is unchanged.
   */
  scope?: 'project' | 'piece';
  check(ctx: RuleContext): void;
}

export type { Fix };

/**
 * The trees a walking 'piece' rule visits: the root without the projects, one project's mapping
 * (with its path), or for the whole draft the root.
 */
export function partTrees(ctx: RuleContext): { root: YNode; options: WalkOptions }[] {
  const { draft, part } = ctx;
  if (part?.kind === 'project')
    return [{ root: part.project.node, options: { basePath: part.project.path } }];
  if (!draft.root) return [];
  if (!part) return [{ root: draft.root, options: {} }];
  return [{ root: draft.root, options: { skip: part.projectNodes } }];
}
