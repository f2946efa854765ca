import type { CheckResult } from '../../engine/engine';
import type { Amount, Draft } from '../../engine/model/types';

/** One block of a hover and the text it is about, so the editor can highlight that text. */
export interface Section {
  markdown: string;
  start?: number;
  end?: number;
}

export type Provider = (result: CheckResult, offset: number) => Section | undefined;

/** User text (names, indicator values) must not turn into Markdown: `*`, `_`, `<p>` are literal. */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => '\\' + c);
}

/** A written amount with the file's unit, exactly as written: `116.00万元`. */
export function written(a: Amount, draft: Draft): string {
  return `${a.text}${draft.header.moneyUnit}`;
}

export function inside(node: { start: number; end: number } | undefined, offset: number): boolean {
  return !!node && node.start <= offset && offset <= node.end;
}
