import type { YNode, YScalar } from '../yaml/ast';
import { endsLineBreak, nextLineStart } from '../text/lineIndex';

/**
 * Where each character of a scalar's value stands in its source, relative to the node's start.
 * A value differs from its source in block scalars (indentation removed, `>` folds line breaks
 * into spaces), in quoted scalars (quotes, escapes, folded lines) and in plain multi-line
 * scalars. The value is aligned with the source greedily: each value character is found at or
 * after the previous one, skipping only what YAML may drop (indentation, line breaks, escapes,
 * quotes). A claim read from the value thus maps to its exact characters in the document.
 */
export function valueOffsets(node: YScalar, value: string): Int32Array {
  const src = node.source;
  const rel = new Int32Array(value.length + 1);
  let j = bodyStart(node);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let k = j;
    // A line break of any style stands for the value's `\n` (or, folded, its space).
    const breakFor = c === ' ' || c === '\n';
    while (k < src.length && src[k] !== c && !(breakFor && endsLineBreak(src, k)) && droppable(src[k])) k++;
    if (k < src.length && (src[k] === c || (breakFor && endsLineBreak(src, k)))) {
      rel[i] = k;
      j = k + 1;
    } else {
      // An escape that produced a character absent from the source (`\t`, `\u…`): stay in step.
      rel[i] = Math.min(j, src.length);
      if (j < src.length) j++;
    }
  }
  rel[value.length] = value.length ? Math.min(rel[value.length - 1] + 1, src.length) : j;
  return rel;
}

function droppable(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\\' || c === '"' || c === "'";
}

/** The first source character that can belong to the value: past the header of a block scalar, past a quote. */
function bodyStart(node: YScalar): number {
  if (node.style === 'literal' || node.style === 'folded') {
    const next = nextLineStart(node.source);
    return next < 0 ? node.source.length : next;
  }
  if (node.style === 'single' || node.style === 'double') return 1;
  return 0;
}

/** A text that can be read into claims: its value and where each character sits in the document. */
export interface ProseText {
  text: string;
  node: YNode;
  path: string;
  /** Document offset of the character at `i` of `text` (or just past it for `i === text.length`). */
  offsetAt(i: number): number;
}

/** A ProseText over a scalar; offsets follow the node when an edit above moves it. */
export function proseText(node: YNode, text: string, path: string): ProseText {
  let rel: Int32Array | undefined;
  return {
    text,
    node,
    path,
    offsetAt(i: number): number {
      if (node.type !== 'scalar') return node.start;
      rel ??= valueOffsets(node, text);
      return node.start + rel[Math.max(0, Math.min(i, text.length))];
    },
  };
}
