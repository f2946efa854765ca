import type { Config } from '../config';
import type { Fix, Severity } from '../findings';
import type { Draft } from '../model/types';
import type { YNode } from '../yaml/ast';

/** An edit in document offsets; the engine turns it into an LSP range. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FixSpec {
  title: string;
  edits: OffsetEdit[];
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
}

export interface RuleContext {
  draft: Draft;
  config: Config;
  report(r: Report): void;
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
   */
  scope?: 'project';
  check(ctx: RuleContext): void;
}

export type { Fix };
