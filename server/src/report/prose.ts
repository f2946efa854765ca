import type { Finding, Severity } from '../engine/findings';
import { SEVERITY_ORDER } from '../engine/findings';
import type { Draft } from '../engine/model/types';
import type { ProseText } from '../engine/model/proseText';
import { esc } from './html';
import type { Sheet } from './sheet';

interface Mark {
  start: number;
  end: number;
  findings: Finding[];
}

/** Where each finding on a section falls in its text (by the characters it covers), inside it only. */
function marksOf(draft: Draft, s: ProseText, findings: Finding[]): Mark[] {
  const first = s.offsetAt(0);
  const last = s.offsetAt(s.text.length);
  const indexOf = new Map<number, number>();
  for (let i = 0; i <= s.text.length; i++) if (!indexOf.has(s.offsetAt(i))) indexOf.set(s.offsetAt(i), i);
  const marks: Mark[] = [];
  for (const f of findings) {
    if (f.path !== s.path) continue;
    const a = draft.lines.offset(f.range.start);
    const b = draft.lines.offset(f.range.end);
    if (a < first || b > last || b <= a) continue;
    const start = indexOf.get(a);
    const end = indexOf.get(b);
    if (start === undefined || end === undefined || end <= start) continue;
    const same = marks.find((m) => m.start === start && m.end === end);
    if (same) same.findings.push(f);
    else marks.push({ start, end, findings: [f] });
  }
  // Overlapping marks would cross HTML elements: an overlap joins the mark before it.
  marks.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: Mark[] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.findings.push(...m.findings);
    } else merged.push(m);
  }
  return merged;
}

function worst(fs: Finding[]): Severity {
  return fs.reduce(
    (w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w),
    'hint' as Severity,
  );
}

/**
 * A text as published, escaped, paragraphs kept, each finding on it marked on the very characters it
 * blames (with its source position, like a cell). Used for 说明 and for 总体目标.
 */
export function markedText(
  sheet: Sheet,
  draft: Draft,
  s: ProseText,
  findings: Finding[],
  refs: Map<Finding, number>,
): string {
  const marks = marksOf(draft, s, findings);
  sheet.claim(marks.flatMap((m) => m.findings));
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += esc(s.text.slice(at, m.start));
    const title = m.findings.map((f) => `[${f.rule}] ${f.message}`).join('\n');
    const n = m.findings.map((f) => refs.get(f)).filter((x) => x !== undefined);
    out +=
      `<mark class="finding finding-${worst(m.findings)}" title="${esc(title)}" data-rules="${esc(m.findings.map((f) => f.rule).join(' '))}"` +
      ` data-refs="${n.join(',')}" tabindex="0"${sheet.position({ start: s.offsetAt(m.start), end: s.offsetAt(m.end) })}>` +
      `${esc(s.text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  out += esc(s.text.slice(at));
  return out
    .replace(/\n+$/, '')
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('');
}

/**
 * The draft's 说明 (and each project's) as printed: heading and text, one row each. The cell
 * carries the section's findings like any table cell; inside it, each finding marks its words.
 */
export function proseTable(s: Sheet, draft: Draft, findings: Finding[], refs: Map<Finding, number>): string {
  const sections = [...draft.prose, ...draft.projects.flatMap((p) => p.prose)];
  if (!sections.length) return '';
  const rows = sections.map((sec) => {
    const project = sec.projectIndex !== undefined ? draft.projects[sec.projectIndex]?.name?.text : undefined;
    const heading = project ? `${project} · ${sec.heading}` : sec.heading;
    return (
      `<tr>${s.text(heading, { th: true, cls: 'label', node: sec.headingNode })}` +
      `${s.html(markedText(s, draft, sec, findings, refs), { path: sec.path, node: sec.node, cls: 'prose' })}</tr>`
    );
  });
  return `<h2 id="t-prose">说明</h2><table class="prose"><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * Prose as the reader should see it. Drafts transcribed from published pages keep the markup the
 * budget system pasted into 总体目标 (`<p>…</p>`, `<br>`, `&nbsp;`): shown as text, never as raw
 * tags. Paragraph and line breaks become line breaks; other tags go; the five XML entities and
 * &nbsp; are read. Only the tags such editors write are taken for tags: `A<B 且 5>3` is text. The result is still escaped by the caller like any other text.
 */
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&amp;': '&',
};

/** An opening or closing tag of the kinds pasted prose carries, with well-formed attributes. */
const TAG =
  /<\/?(p|div|span|li|ul|ol|b|strong|i|em|u|font|a|sup|sub|h[1-6])(\s+[a-z-]+(=("[^"]*"|'[^']*'|[^\s>]*))?)*\s*\/?>/g;

export function proseText(text: string | undefined): string | undefined {
  if (text === undefined || !/[<&]/.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|div|li)>\s*/g, '\n')
    .replace(TAG, '')
    .replace(/&(nbsp|lt|gt|quot|#39|apos|amp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
