import { convertAmount } from '../amounts';
import type { ProjectOut } from '../draft/model';
import type { Collector } from './collector';
import type { Block, ProseBlock } from './segment';

const NUMBERING =
  /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)\s*/;
const TERMINAL = /[。；;！!？?：:”」）)]$/;
const PROJECT_TITLE = /^(.+?)情况说明$/;
const NOT_PROJECT = /其他相关|编制说明|三公|收支|重要事项|预算情况|机关运行|政府采购|国有资产|绩效/;

/** The heading as a 说明 key: the printed words without their numbering. */
export function headingKey(text: string): string {
  return text
    .replace(NUMBERING, '')
    .replace(/^[、.．\s]+/, '')
    .trim();
}

function startsNumbered(text: string): boolean {
  return /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[-•])/.test(
    text.trim(),
  );
}

/**
 * The prose under `说明`, heading → text in printed order. Lines a page or column wrapped are joined
 * back: a PDF line that is not indented continues its paragraph, and in copied text a paragraph
 * that stops without terminal punctuation runs on into the next unnumbered one. A "<项目>情况说明"
 * followed by 项目概述 starts a project's own 说明 (项目经费情况说明).
 */
export function mapProse(blocks: Block[], c: Collector): void {
  let key: string | undefined;
  let paragraphs: string[] = [];
  let where: ProseBlock['line'] | undefined;
  let project: ProjectOut | undefined;
  const flush = () => {
    if (key !== undefined && paragraphs.length) {
      const text = paragraphs.join('\n');
      if (project) project.notes.push({ heading: key, text });
      else {
        let k = key;
        for (let n = 2; c.draft.prose.some((p) => p.heading === k); n++) k = `${key}（${n}）`;
        c.draft.prose.push({ heading: k, text, where: c.where(where) });
      }
    }
    paragraphs = [];
  };
  blocks.forEach((block, i) => {
    if (block.type === 'table') {
      flush();
      key = undefined;
      return;
    }
    if (block.type === 'heading') {
      flush();
      const next = blocks[i + 1];
      const title = PROJECT_TITLE.exec(block.text);
      const numbered = NUMBERING.test(block.text);
      if (title && !NOT_PROJECT.test(block.text) && next?.type === 'heading' && /项目概述/.test(next.text)) {
        if (project) finishProject(c, project);
        project = startProject(c, title[1], block);
        key = undefined;
        return;
      }
      if (!numbered && project) {
        finishProject(c, project);
        project = undefined;
      }
      key = headingKey(block.text) || undefined;
      where = block.line;
      return;
    }
    if (key === undefined) return; // cover lines before the first heading: read by the header
    const text = block.text.trim();
    const last = paragraphs[paragraphs.length - 1];
    const runsOn =
      last !== undefined &&
      (block.continues || (block.line.indexed && !TERMINAL.test(last) && !startsNumbered(text)));
    if (runsOn) paragraphs[paragraphs.length - 1] = last + text;
    else paragraphs.push(text);
  });
  flush();
  if (project) finishProject(c, project);
}

function startProject(c: Collector, title: string, block: ProseBlock): ProjectOut {
  // “<名称>项目经费情况说明” is the template's heading; “<名称>经费情况说明” keeps its 经费.
  const name = title.replace(/[\s\u3000]+/g, '').replace(/项目经费$/, '');
  const existing = c.draft.projects.find((p) => p.name === name || p.name === name.replace(/经费$/, ''));
  if (existing) return existing;
  const project: ProjectOut = {
    name,
    where: c.where(block.line),
    sources: new Map(),
    indicators: [],
    notes: [],
  };
  c.draft.projects.push(project);
  c.draft.projectsWhere ??= project.where;
  return project;
}

/** A project known only from its 情况说明 takes its 金额 from 年度预算安排, converted exactly. */
function finishProject(c: Collector, project: ProjectOut): void {
  if (project.amount) return;
  const plan = project.notes.find((n) => /年度预算安排/.test(n.heading));
  const m = plan && /(?:总预算|预算安排|预算)\s*([\d,]+(?:\.\d+)?)\s*(万元|万|元)/.exec(plan.text);
  if (!m) return;
  const value = convertAmount(m[1].replace(/,/g, ''), m[2] === '元' ? '元' : '万元', c.draft.unit);
  if (value === undefined) return;
  project.amount = { value, where: project.where, table: '项目经费情况说明' };
  project.amountNote = `年度预算安排印为${m[1]}${m[2]}`;
}
