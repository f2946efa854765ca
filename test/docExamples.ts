// The examples of docs/rules/<id>.md, made runnable. A page's `## 错误示例` blocks must raise the
// rule exactly on the lines marked `# ← <id>`; its `## 正确示例` blocks must not raise it; a block
// under `## 修复` is the text after the first fix of the first wrong example.
//
// A block is a complete draft (```yaml), or a fragment that a wrapper named in its info string
// completes (```yaml 项目 …):
//   顶层  top-level keys after a standard header (tables, 收入, 三公经费 …)
//   项目  entries of 项目 (each `- 名称: …` at the left margin)
//   指标  the 指标 of one standard project (金额 44.36): the block's 一级指标 at the left margin,
//         followed by the standard project's other 一级 (成本, 产出, 效益, 满意度指标) so that the
//         example shows only what matters; use 项目 when a 一级 must be missing. `金额=80` after
//         the wrapper's name sets the project's 金额 (and the standard 总成本) instead of 44.36
// Markers are removed before the text is checked, so a fix leaves no trace of them.

export const HEADER = `格式: 部门预算/1
部门: 济南市历下区医疗保障局
部门编码: "362"
预算年度: 2026
金额单位: 万元
预算单位:
  - { 编码: "362001", 名称: 济南市历下区医疗保障局, 性质: 行政单位 }
`;

const PROJECT_HEAD = `项目:
  - 名称: 医疗保障工作经费
    类别: 其他运转类
    金额: 44.36
    绩效目标:
      总体目标: 组织实施医疗保障工作
      指标:
`;

/** The standard project's 一级指标, each complete and correct. */
const STANDARD_LEVEL1: Record<string, string> = {
  成本指标: '成本指标:\n  经济成本指标:\n    总成本: ≤44.36万元\n',
  产出指标: '产出指标:\n  数量指标:\n    医保政策宣传场次: ≥2场次\n',
  效益指标: '效益指标:\n  社会效益指标:\n    减轻参保患者看病就医负担: 有所减轻\n',
  满意度指标: '满意度指标:\n  服务对象满意度指标:\n    人民群众对医疗救助工作满意度: ≥90%\n',
};

const indent = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l.trim() ? ' '.repeat(n) + l : l))
    .join('\n');

export const WRAPPERS: Record<string, (code: string, options: Record<string, string>) => string> = {
  顶层: (code) => HEADER + code,
  项目: (code) => `${HEADER}项目:\n${indent(code, 2)}`,
  指标: (code, options) => {
    const amount = options['金额'] ?? '44.36';
    const own = new Set([...code.matchAll(/^([^\s#][^:]*):/gm)].map((m) => m[1]));
    const rest = Object.entries(STANDARD_LEVEL1).filter(([name]) => !own.has(name));
    const filled = code + rest.map(([, block]) => block.replace('44.36', amount)).join('');
    return HEADER + PROJECT_HEAD.replace('44.36', amount) + indent(filled, 8);
  },
};

export interface DocBlock {
  section: 'wrong' | 'right' | 'fixed';
  /** The wrapper named in the info string, if any, and its `key=value` options. */
  wrapper?: string;
  options: Record<string, string>;
  code: string;
  /** 1-based line of the block's first line in the page. */
  pageLine: number;
}

const SECTIONS: Record<string, DocBlock['section']> = { 错误示例: 'wrong', 正确示例: 'right', 修复: 'fixed' };

/** The yaml blocks of the three runnable sections. */
export function docBlocks(page: string): DocBlock[] {
  const out: DocBlock[] = [];
  const lines = page.split('\n');
  let section: DocBlock['section'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const h = /^## (.+?)\s*$/.exec(lines[i]);
    if (h) {
      section = SECTIONS[h[1]];
      continue;
    }
    const open = /^```yaml(?:\s+(.*?))?\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    const code = lines.slice(start, i + 1).join('\n') + '\n';
    i++;
    const [wrapper, ...args] = open[1]?.split(/\s+/) ?? [];
    const options = Object.fromEntries(args.map((a) => a.split('=') as [string, string]));
    if (section) out.push({ section, wrapper, options, code, pageLine: start + 1 });
  }
  return out;
}

const MARKER = /\s*# ← ([a-z0-9-]+(?:[,，]\s*[a-z0-9-]+)*)\s*$/;

/** The block as a draft: wrapped, markers removed; `marked` are the 1-based lines marked for `rule`. */
export function runnable(block: DocBlock, rule: string): { text: string; marked: number[] } {
  const wrap = block.wrapper ? WRAPPERS[block.wrapper] : (c: string) => c;
  if (!wrap)
    throw new Error(`unknown wrapper “${block.wrapper}” (known: ${Object.keys(WRAPPERS).join('、')})`);
  const marked: number[] = [];
  const text = wrap(block.code, block.options)
    .split('\n')
    .map((line, i) => {
      const m = MARKER.exec(line);
      if (!m) return line;
      if (m[1].split(/[,，]\s*/).includes(rule)) marked.push(i + 1);
      return line.slice(0, m.index);
    })
    .join('\n');
  return { text, marked };
}
