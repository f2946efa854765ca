/**
 * 科目 named in prose, in the phrasings real budgets use:
 * - with codes: `公共安全支出（204类）司法（06款）行政运行（01项）`;
 * - with levels only: `“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目`;
 * - dashed: `“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目`;
 * - a full code before the name: `2101501行政运行`.
 * A level's name is read back to the nearest delimiter, so it may carry a lead-in (`其中公共安全支出`);
 * the checks compare names by their ending, never guess one.
 */
export interface KemuLevel {
  level: 1 | 2 | 3;
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The code as written in the level's bracket (`204`, `06`, `01`), if any. */
  code?: string;
}

export interface KemuMention {
  start: number;
  end: number;
  levels: KemuLevel[];
  /** The full code (3, 5 or 7 digits) when the written codes make one. */
  code?: string;
  style: 'bracket' | 'dash' | 'code';
}

const NAME =
  '[\\u4e00-\\u9fa5A-Za-z]+(?:[（(](?![类款项][)）])[\\u4e00-\\u9fa5]{1,3}[)）][\\u4e00-\\u9fa5A-Za-z]*)*';
const LEVEL = new RegExp(`(${NAME})[（(]\\s*([0-9]{2,7})?\\s*(类|款|项)\\s*[)）]`, 'g');
const LEVEL_OF: Record<string, 1 | 2 | 3> = { 类: 1, 款: 2, 项: 3 };
const DASHED = /[“"]([^”"\n]{2,80}?-[^”"\n]{2,80}?)[”"]\s*科目/g;
const FULL_CODE = /(?<![0-9.])([0-9]{7})\s*[-—－]?\s*([\u4e00-\u9fa5]+)/g;

export function readKemu(text: string): KemuMention[] {
  const out: KemuMention[] = [];
  let current: KemuMention | undefined;
  for (const m of text.matchAll(LEVEL)) {
    const start = m.index ?? 0;
    const level = LEVEL_OF[m[3]];
    const l: KemuLevel = { level, name: m[1], nameStart: start, nameEnd: start + m[1].length, code: m[2] };
    // Levels written one after another (quotes or blanks between) are one mention.
    const gap = current ? text.slice(current.end, start) : '';
    if (current && /^[\s“"]*$/.test(gap) && level > current.levels[current.levels.length - 1].level) {
      current.levels.push(l);
      current.end = start + m[0].length;
    } else {
      current = { start, end: start + m[0].length, levels: [l], style: 'bracket' };
      out.push(current);
    }
  }
  for (const m of text.matchAll(DASHED)) {
    const at = (m.index ?? 0) + 1;
    if (out.some((k) => k.start < at + m[1].length && at < k.end)) continue;
    const parts = m[1].split('-');
    if (parts.length > 3) continue;
    const levels: KemuLevel[] = [];
    let pos = at;
    parts.forEach((name, i) => {
      levels.push({ level: (i + 1) as 1 | 2 | 3, name, nameStart: pos, nameEnd: pos + name.length });
      pos += name.length + 1;
    });
    out.push({ start: at - 1, end: (m.index ?? 0) + m[0].length, levels, style: 'dash' });
  }
  for (const m of text.matchAll(FULL_CODE)) {
    const start = m.index ?? 0;
    if (out.some((k) => k.start <= start && start < k.end)) continue;
    const nameStart = start + m[0].length - m[2].length;
    out.push({
      start,
      end: start + m[0].length,
      levels: [{ level: 3, name: m[2], nameStart, nameEnd: nameStart + m[2].length }],
      code: m[1],
      style: 'code',
    });
  }
  out.sort((a, b) => a.start - b.start);
  assembleCodes(out);
  return out;
}

/**
 * The full code of each bracket mention: 类 `204`, 款 `06` → `20406`, 项 `01` → `2040601`. A mention
 * that starts below 类 (`住房公积金（01项）`) continues the codes of the mention before it.
 */
function assembleCodes(mentions: KemuMention[]): void {
  let prefix: string[] = [];
  for (const k of mentions) {
    if (k.style !== 'bracket') continue;
    const codes: (string | undefined)[] = [];
    for (const l of k.levels) codes[l.level - 1] = l.code;
    const first = k.levels[0].level;
    // Only a mention that stops right above this one (`住房改革支出（02款）：住房公积金（01项）…`) lends its codes.
    const chain: string[] = first === 1 ? [] : prefix.length === first - 1 ? [...prefix] : [];
    let ok = chain.length === first - 1;
    for (const l of k.levels) {
      const c = l.code;
      if (!c || !ok) {
        ok = false;
        break;
      }
      // A level's code may be written in full (`2040601项`) or as its own two digits.
      const own = l.level === 1 ? (c.length === 3 ? c : undefined) : c.length === 2 ? c : c.slice(-2);
      if (!own) {
        ok = false;
        break;
      }
      chain.push(own);
    }
    if (ok && chain.length) {
      k.code = chain.join('');
      prefix = chain;
    }
  }
}
