import Decimal from 'decimal.js';
import { isScalar, scalarText, type YNode, type YScalar } from '../yaml/ast';
import type { Amount, CodeRef, OversizeAmount, TextField } from './types';
import { tooManyDigits } from '../values/numbers';

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
    return amount(raw, node, path, false);
  }
  if (typeof node.value !== 'string' || !NUMBER_TEXT.test(raw)) return undefined;
  return amount(raw.replace(/[,，]/g, ''), node, path, true);
}

function amount(text: string, node: YScalar, path: string, fromString: boolean): Amount | undefined {
  if (tooManyDigits(text)) {
    oversize?.push({ text, node, path, fromString });
    return undefined;
  }
  return { value: decimalOf(text), text, node, path, fromString };
}

/** Where `readAmount` puts the figures it leaves out, while `collectOversize` runs. */
let oversize: OversizeAmount[] | undefined;

/**
 * Runs a part of the model build, gathering the figures too long to be amounts that it read (each
 * project keeps its own, so that a project reused from the cache still has them).
 */
export function collectOversize<T>(read: () => T): { value: T; oversize: OversizeAmount[] } {
  const outer = oversize;
  const mine: OversizeAmount[] = [];
  oversize = mine;
  try {
    return { value: read(), oversize: mine };
  } finally {
    oversize = outer;
  }
}

/** Decimals are immutable, so equal amounts (drafts repeat many) share one. Bounded, cleared when full. */
const DECIMALS = new Map<string, Decimal>();

/**
 * The Decimal of a number's text. decimal.js grows its digit list by `push`, which leaves room for
 * 17 digit groups where amounts use one or two: replaced by an exact copy (same digits, so the same
 * value), a third of the memory of tens of thousands of amounts.
 */
function decimalOf(text: string): Decimal {
  let d = DECIMALS.get(text);
  if (d) return d;
  d = new Decimal(text);
  const digits = d as unknown as { d: number[] | null };
  if (digits.d) digits.d = digits.d.slice();
  if (DECIMALS.size >= 20000) DECIMALS.clear();
  DECIMALS.set(text, d);
  return d;
}

export function readText(node: YNode | undefined, path: string): TextField | undefined {
  if (!node || scalarText(node) === undefined) return undefined;
  return new NodeText(node, path);
}

/**
 * The text is read from the node when asked (it is the node's value, or its source): one field
 * less on the commonest model object, of which a 5,000-project draft keeps some 55,000.
 */
class NodeText implements TextField {
  constructor(
    readonly node: YNode,
    readonly path: string,
  ) {}
  get text(): string {
    return scalarText(this.node)!;
  }
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
  const lead = node.style === 'plain' ? 0 : 1;
  const codeAt = lead + text.indexOf(m[1]);
  const nameAt = m[2] ? lead + text.lastIndexOf(m[2]) : -1;
  return new NodeCodeRef(
    shared(m[1]),
    m[2] ? shared(m[2]) : undefined,
    node as YScalar,
    path,
    codeAt,
    nameAt,
  );
}

/**
 * Codes and names repeat across a draft (every 明细 line's 30299 其他商品和服务支出), and the refs
 * are kept with the project's model: one string per distinct code or name. Bounded, cleared when full.
 */
const CODE_TEXTS = new Map<string, string>();

function shared(s: string): string {
  const known = CODE_TEXTS.get(s);
  if (known !== undefined) return known;
  if (CODE_TEXTS.size >= 8192) CODE_TEXTS.clear();
  CODE_TEXTS.set(s, s);
  return s;
}

/**
 * Offsets are getters relative to the node, because a cached node moves with edits above it and
 * the offsets must follow; on the prototype, so that the many refs of a large draft stay cheap.
 */
class NodeCodeRef implements CodeRef {
  constructor(
    readonly code: string,
    readonly name: string | undefined,
    readonly node: YScalar,
    readonly path: string,
    private readonly codeAt: number,
    private readonly nameAt: number,
  ) {}
  get codeStart(): number {
    return this.node.start + this.codeAt;
  }
  get codeEnd(): number {
    return this.node.start + this.codeAt + this.code.length;
  }
  get nameStart(): number | undefined {
    return this.name === undefined ? undefined : this.node.start + this.nameAt;
  }
  get nameEnd(): number | undefined {
    return this.name === undefined ? undefined : this.node.start + this.nameAt + this.name.length;
  }
}
