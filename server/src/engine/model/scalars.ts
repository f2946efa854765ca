import Decimal from 'decimal.js';
import { isScalar, scalarText, type YNode } from '../yaml/ast';
import type { Amount, CodeRef, TextField } from './types';

const NUMBER_TEXT = /^[+-]?(\d+|\d{1,3}([,，]\d{3})+)(\.\d+)?$/;

/**
 * An amount from its source text: `1751.54` exactly, never via a JS number. A string that
 * reads as a number (`"1,751.54"`) is accepted too and marked, for amount-format to report.
 */
export function readAmount(node: YNode | undefined, path: string): Amount | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  const raw = (typeof node.value === 'number' ? node.source : String(node.value)).trim();
  if (typeof node.value === 'number') {
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw)) return undefined;
    return { value: new Decimal(raw), text: raw, node, path, fromString: false };
  }
  if (typeof node.value !== 'string' || !NUMBER_TEXT.test(raw)) return undefined;
  const text = raw.replace(/[,，]/g, '');
  return { value: new Decimal(text), text, node, path, fromString: true };
}

export function readText(node: YNode | undefined, path: string): TextField | undefined {
  const text = scalarText(node);
  if (text === undefined || !node) return undefined;
  return { text, node, path };
}

const CODE_REF =
  /^\s*(?:[[【［]\s*)?([A-Z]?\d{3,})(?:\s*[\]】］])?(?:[\s\u3000]*[-－—:：]?[\s\u3000]*)(.*?)\s*$/;

/**
 * A code reference in any FORMAT.md spelling: `2101501 行政运行`, `2101501-行政运行`,
 * `[2101501]行政运行`, or the bare code (which YAML may have read as a number).
 */
export function readCodeRef(node: YNode | undefined, path: string): CodeRef | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  const text = node.style === 'plain' ? node.source : String(node.value);
  const m = CODE_REF.exec(text);
  if (!m) return undefined;
  // Offsets into the document: exact for plain scalars, approximate (past the quote) otherwise.
  // Getters, because a cached node moves with edits above it and the offsets must follow.
  const lead = node.style === 'plain' ? 0 : 1;
  const codeAt = lead + text.indexOf(m[1]);
  const codeLen = m[1].length;
  const ref: CodeRef = {
    code: m[1],
    node,
    path,
    get codeStart() {
      return node.start + codeAt;
    },
    get codeEnd() {
      return node.start + codeAt + codeLen;
    },
  };
  if (m[2]) {
    const nameAt = lead + text.lastIndexOf(m[2]);
    const nameLen = m[2].length;
    ref.name = m[2];
    Object.defineProperties(ref, {
      nameStart: { get: () => node.start + nameAt, enumerable: true },
      nameEnd: { get: () => node.start + nameAt + nameLen, enumerable: true },
    });
  }
  return ref;
}
