import type { Project } from '../../model/types';
import { validateProject, validateRest, type SchemaIssue } from '../../schema/validate';
import { isMap, isSeq, type YNode } from '../../yaml/ast';
import { nodeAt, pathString, toPlain } from '../../util/walk';
import type { Rule, RuleContext } from '../rule';
import { renameFixes } from '../fixes/rename';

/** A finding about a whole mapping is shown on its first key, not across the whole block. */
function narrow(node: YNode): YNode {
  return isMap(node) && node.pairs.length ? node.pairs[0].key : node;
}

const PROJECTS = '项目';

const rule: Rule = {
  id: 'schema',
  severity: 'error',
  category: 'syntax',
  fixable: 'both',
  docs: 'docs/rules/schema.md',
  description: '不符合草稿格式：未知的键、类型错误、缺少必填项（依据 schemas/budget.schema.json）。',
  piece(part, ctx) {
    const root = ctx.draft.parsed.root;
    if (!root) {
      if (!ctx.draft.parsed.problems.length && part.kind !== 'project') {
        ctx.report({
          start: 0,
          end: 0,
          path: '',
          message: '文件为空：预算草稿至少应写明“格式: 部门预算/1”“部门”和“预算年度”',
        });
      }
      return;
    }
    if (part.kind === 'project') {
      checkProject(ctx, part.project);
      return;
    }
    // The projects are validated one by one (and, in the editor, only when they change).
    const projects = new Set(part.projectNodes);
    const list = nodeAt(root, [PROJECTS]).node;
    // A project that failed to parse is yaml-syntax's finding alone (its placeholder is not “empty”).
    if (isSeq(list)) for (const item of list.items) if (item.type === 'error') projects.add(item);
    const broken = keysWithSyntaxErrors(ctx);
    report(
      ctx,
      root,
      validateRest(toPlain(root, projects)).filter(
        (i) => !(i.path.length === 0 && i.missing && broken.has(i.missing)),
      ),
    );
    if (isSeq(list))
      list.items.forEach((item, i) => {
        if (!projects.has(item))
          report(ctx, item, validateProject(toPlain(item), [PROJECTS, i]), [PROJECTS, i]);
      });
  },
};

/**
 * The top-level keys whose piece failed to parse: the key written above each syntax error at the
 * left margin. Such a key is there, only unreadable; “缺少必填的…” would report the error twice.
 */
function keysWithSyntaxErrors(ctx: RuleContext): Set<string> {
  const { text, problems } = ctx.draft.parsed;
  const keys = new Set<string>();
  for (const p of problems) {
    const lineEnd = text.indexOf('\n', p.offset);
    const upTo = text.slice(0, lineEnd < 0 ? text.length : lineEnd);
    const atMargin = [...upTo.matchAll(/^([^\s#'"-][^:\n]*):/gm)];
    if (atMargin.length) keys.add(atMargin[atMargin.length - 1][1].trim());
  }
  return keys;
}

function checkProject(ctx: RuleContext, p: Project): void {
  const at = [PROJECTS, p.index];
  report(ctx, p.node, validateProject(toPlain(p.node), at), at);
}

/** Places each issue on its node; `base` is where `top` sits in the data (issue paths are absolute). */
function report(ctx: RuleContext, top: YNode, issues: SchemaIssue[], base: (string | number)[] = []): void {
  const seen = new Set<string>();
  for (const issue of issues) {
    const at = nodeAt(top, issue.path.slice(base.length));
    const node = issue.target === 'key' && at.key ? at.key : (at.node ?? at.parent ?? top);
    const key = `${node.start}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.report({
      node: issue.target === 'key' ? node : narrow(node),
      path: pathString(issue.path),
      message: issue.message,
      fixes:
        issue.renames && at.key
          ? renameFixes(at.key, { names: issue.renames, unique: !!issue.renameUnique })
          : [],
    });
  }
}

export default rule;
