/**
 * The syntax tree the engine works on. Offsets are UTF-16 code units into the
 * document text, which is what LSP positions count, so no re-encoding is needed.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar {
  readonly type: 'scalar';
  start: number;
  /** Always `start + source.length` (derived: one field less on the commonest node). */
  readonly end: number;
  /** The value as js-yaml read it (CORE schema): string, number, boolean or null. */
  readonly value: unknown;
  /** The exact source text of the node; amounts and codes are read from this, never from `value`. */
  readonly source: string;
  /** Read from the source's first character, which always says it (quote, `|`, `>` or none). */
  readonly style: ScalarStyle;
}

export interface YPair {
  readonly key: YNode;
  readonly value: YNode;
  /** Derived from key and value: the key's start, the later of their ends. */
  readonly start: number;
  readonly end: number;
}

export interface YMap {
  readonly type: 'map';
  readonly start: number;
  readonly end: number;
  readonly pairs: YPair[];
  readonly flow: boolean;
}

export interface YSeq {
  readonly type: 'seq';
  start: number;
  end: number;
  readonly items: YNode[];
  readonly flow: boolean;
}

/*
 * The nodes as classes whose derivable fields are getters on the prototype. A 5,000-project draft
 * has about 390,000 scalars, 230,000 pairs and 70,000 block mappings, kept as long as the document
 * is open (and reused by every edit): an object literal spent 72, 56 and 64 bytes on them, these
 * spend 48, 40 and 32. Derived offsets also follow a moved piece without being shifted (see
 * chunks.ts shiftAll: only a scalar's start and a sequence's or flow collection's own span move).
 */

/** A scalar: its start and source; end, style and type follow from the source. */
abstract class ScalarNode implements YScalar {
  abstract start: number;
  abstract readonly value: unknown;
  abstract readonly source: string;
  get type(): 'scalar' {
    return 'scalar';
  }
  get end(): number {
    return this.start + this.source.length;
  }
  get style(): ScalarStyle {
    switch (this.source.charCodeAt(0)) {
      case 0x22:
        return 'double';
      case 0x27:
        return 'single';
      case 0x7c:
        return 'literal';
      case 0x3e:
        return 'folded';
      default:
        return 'plain';
    }
  }
}

/** A scalar whose value is not its source text: a number, a quoted or block string, null. */
class ValueScalar extends ScalarNode {
  constructor(
    public start: number,
    readonly value: unknown,
    readonly source: string,
  ) {
    super();
  }
}

/** The commonest scalar, plain text read as itself (all Chinese text): the value is the source. */
class TextScalar extends ScalarNode {
  constructor(
    public start: number,
    readonly source: string,
  ) {
    super();
  }
  get value(): string {
    return this.source;
  }
}

/** A scalar node; one field fewer when the value is exactly the source text. */
export function scalarNode(start: number, value: unknown, source: string): YScalar {
  return value === source ? new TextScalar(start, source) : new ValueScalar(start, value, source);
}

export class Pair implements YPair {
  constructor(
    readonly key: YNode,
    readonly value: YNode,
  ) {}
  get start(): number {
    return this.key.start;
  }
  get end(): number {
    const v = this.value.end;
    const k = this.key.end;
    return v > k ? v : k;
  }
}

/** A block mapping (never empty): it spans from its first pair's start to its last pair's end. */
export class BlockMap implements YMap {
  constructor(readonly pairs: YPair[]) {}
  get type(): 'map' {
    return 'map';
  }
  get flow(): boolean {
    return false;
  }
  get start(): number {
    return this.pairs[0].start;
  }
  get end(): number {
    return this.pairs[this.pairs.length - 1].end;
  }
}

/**
 * Moves a node by `d` without its children: only the offsets it keeps itself (a scalar's start, a
 * sequence's, flow mapping's or error's span); pairs and block mappings follow their children.
 */
export function moveNode(n: YNode, d: number): void {
  if (n instanceof ScalarNode) n.start += d;
  else if (!(n instanceof BlockMap)) {
    const own = n as { start: number; end: number };
    own.start += d;
    own.end += d;
  }
}

/** Whether a move must shift this node itself (see moveNode). */
export function ownsOffsets(n: YNode): boolean {
  return !(n instanceof BlockMap);
}

/** A piece of the document that failed to parse; kept so that list indices stay stable. */
export interface YError {
  type: 'error';
  start: number;
  end: number;
}

export type YNode = YScalar | YMap | YSeq | YError;

export interface SyntaxProblem {
  message: string;
  /** Offset of the problem in the document. */
  offset: number;
  /** Original (English) js-yaml reason, used to pick a Chinese explanation. */
  reason: string;
}

export interface ParsedDocument {
  text: string;
  root: YNode | undefined;
  problems: SyntaxProblem[];
  /** Where each line starts, when the parse already found out (saves the LineIndex a pass). */
  lineStarts?: Uint32Array;
}

export function isMap(n: YNode | undefined | null): n is YMap {
  return !!n && n.type === 'map';
}
export function isSeq(n: YNode | undefined | null): n is YSeq {
  return !!n && n.type === 'seq';
}
export function isScalar(n: YNode | undefined | null): n is YScalar {
  return !!n && n.type === 'scalar';
}

/** The key text of a pair: keys are nearly always plain scalars; others are rendered from source. */
export function keyText(pair: YPair): string {
  const k = pair.key;
  if (k.type === 'scalar') return k.value === null ? '' : String(k.value);
  return '';
}

/** First pair whose key is `name` (a later duplicate is reported by duplicate-key, not used). */
export function getPair(map: YMap | undefined, name: string): YPair | undefined {
  if (!map) return undefined;
  for (const p of map.pairs) if (keyText(p) === name) return p;
  return undefined;
}

export function get(map: YNode | undefined, name: string): YNode | undefined {
  return isMap(map) ? getPair(map, name)?.value : undefined;
}

/**
 * A scalar's value as text: strings as js-yaml read them (folded, unescaped), anything else
 * (numbers, booleans, null) as written, so `036` stays `036` and `1.50` stays `1.50`.
 */
export function scalarText(n: YNode | undefined): string | undefined {
  if (!n || n.type !== 'scalar') return undefined;
  if (typeof n.value === 'string') return n.value;
  return n.source;
}
