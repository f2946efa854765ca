import type { Draft } from '../../engine/model/types';
import { isMap, isSeq, type YMap, type YNode } from '../../engine/yaml/ast';
import { eolOf as eolOfText } from '../../engine/text/lineIndex';

/** The line ending the file already uses, so an inserted line never mixes CRLF into LF. */
export function eolOf(text: string): string {
  return eolOfText(text);
}

const CORE_NON_STRING = /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * A one-line scalar that reads back as exactly `s`: plain when YAML would not read it as
 * anything else (a number, a boolean, a comment, a mapping…), else double-quoted.
 */
export function scalar(s: string, flow: boolean): string {
  const plain =
    s !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`+.\d]/.test(s) &&
    !/\s$/.test(s) &&
    !hasControl(s, '') &&
    !/:(\s|$)/.test(s) &&
    !/\s#/.test(s) &&
    !(flow && /[,[\]{}]/.test(s)) &&
    !CORE_NON_STRING.test(s);
  return plain ? s : quoted(s);
}

/** A character YAML would not keep as written in a plain or block scalar (`allowed` excepted). */
function hasControl(s: string, allowed: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const control = c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
    if (control && !allowed.includes(ch)) return true;
  }
  return false;
}

/** YAML double-quoted style: escapes every character that would otherwise end or break it. */
export function quoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0x85) out += '\\N';
    else if (c === 0x2028) out += '\\L';
    else if (c === 0x2029) out += '\\P';
    else if (c === 0xfeff) out += '\\ufeff';
    else out += ch;
  }
  return out + '"';
}

/**
 * The value of `key:` written at `indent` in block style: a literal block scalar for text of
 * several lines (read back unchanged: no line starts with a space, none ends the text), else a
 * one-line scalar.
 */
export function blockValue(s: string, indent: string, eol: string): string {
  const lines = s.split('\n');
  const literal =
    lines.length > 1 && /^[^ \t]/.test(lines[0]) && lines[lines.length - 1] !== '' && !hasControl(s, '\n\t');
  if (!literal) return ' ' + scalar(s, false);
  return ' |-' + lines.map((l) => eol + (l === '' ? '' : indent + l)).join('');
}

/** The whitespace a line starts with, up to `column` (tabs kept as written). */
export function leadOf(draft: Draft, offset: number): string {
  const pos = draft.lines.position(offset);
  const prefix = draft.lines.prefix(pos.line, pos.character);
  return /^[ \t]*$/.test(prefix) ? prefix : ' '.repeat(draft.lines.indentColumn(offset));
}

/** Offset just before the line break of the line holding `offset` (a comment there stays put). */
export function lineEndAt(draft: Draft, offset: number): number {
  const line = draft.lines.position(offset).line;
  return draft.lines.lineStart(line) + draft.lines.lineText(line).length;
}

/** Offset of the start of the line after the one holding `offset` (or the end of the text). */
export function nextLineStart(draft: Draft, offset: number): number {
  const line = draft.lines.position(offset).line;
  return line + 1 < draft.lines.lineCount ? draft.lines.lineStart(line + 1) : draft.text.length;
}

/**
 * How far this file indents a nested block: taken from the first nested mapping or list found
 * under `map` (then under the root), so a file indented by 4 keeps being indented by 4.
 */
export function indentStep(draft: Draft, map: YMap | undefined): string {
  for (const m of [map, draft.root]) {
    const step = m ? stepUnder(draft, m) : 0;
    if (step > 0) return ' '.repeat(step);
  }
  return '  ';
}

function stepUnder(draft: Draft, map: YMap): number {
  const col = (n: YNode) => draft.lines.indentColumn(n.start);
  for (const pair of map.pairs) {
    const v = pair.value;
    if (isMap(v) && !v.flow && v.pairs.length) {
      const d = col(v.pairs[0].key) - col(pair.key);
      if (d > 0) return d;
    }
    if (isSeq(v) && !v.flow && v.items.length) {
      const dash = dashBefore(draft, v.items[0]);
      const d = dash === undefined ? 0 : draft.lines.indentColumn(dash) - col(pair.key);
      if (d > 0) return d;
    }
  }
  return 0;
}

/** Offset of the `-` that introduces a block list item, if it is on the item's first line. */
export function dashBefore(draft: Draft, item: YNode): number | undefined {
  const pos = draft.lines.position(item.start);
  const prefix = draft.lines.prefix(pos.line, pos.character);
  const m = /^([ \t]*)-[ \t]+(?:-[ \t]+)*$/.exec(prefix);
  return m ? draft.lines.lineStart(pos.line) + (pos.character - prefix.length) + m[1].length : undefined;
}

/** Today as YYYY-MM-DD in local time, the form FORMAT.md writes 日期 in. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
