/**
 * The syntax tree the engine works on. Offsets are UTF-16 code units into the
 * document text, which is what LSP positions count, so no re-encoding is needed.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar {
  type: 'scalar';
  start: number;
  end: number;
  /** The value as js-yaml read it (CORE schema): string, number, boolean or null. */
  value: unknown;
  /** The exact source text of the node; amounts and codes are read from this, never from `value`. */
  source: string;
  style: ScalarStyle;
}

export interface YPair {
  key: YNode;
  value: YNode;
  start: number;
  end: number;
}

export interface YMap {
  type: 'map';
  start: number;
  end: number;
  pairs: YPair[];
  flow: boolean;
}

export interface YSeq {
  type: 'seq';
  start: number;
  end: number;
  items: YNode[];
  flow: boolean;
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
