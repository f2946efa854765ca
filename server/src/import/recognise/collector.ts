import { convertAmount, readAmount, sameAmount, type Unit } from '../amounts';
import { emptyDraft, type Amount, type DraftOut } from '../draft/model';
import { whereOf, whereText, type ImportIssue, type Line, type SourceDoc, type Where } from '../types';
import type { Row } from './columns';

/** A figure printed by more than one table (RULES.md table-repeat-mismatch). */
export interface RepeatMismatch {
  what: string;
  first: Amount;
  second: Amount;
}

/**
 * What the recognisers build: the draft, the import report, and the count of printed numbers
 * that reached the draft. Every table mapper goes through `take` for each amount it keeps and
 * `finishRow` for each row, so a number it did not use is reported rather than dropped.
 */
export class Collector {
  readonly draft: DraftOut;
  readonly issues: ImportIssue[] = [];
  readonly mismatches: RepeatMismatch[] = [];
  /** False once the 收入 prints a source other than 一般公共预算: the 一般公共预算 table is then a part. */
  fundsAllGeneral = true;
  printed = 0;
  landed = 0;
  private readonly facts = new Map<string, Amount>();

  constructor(
    readonly doc: SourceDoc,
    unit: Unit,
  ) {
    this.draft = emptyDraft(unit);
  }

  where(line: Line | undefined): Where {
    return whereOf(line, this.doc.sheetNames);
  }

  /** The amount a cell prints, converted from the table's unit to the draft's; undefined if none. */
  amount(text: string | undefined, line: Line, table: string, unit: Unit | undefined): Amount | undefined {
    if (text === undefined) return undefined;
    const printed = readAmount(text);
    if (printed === undefined) return undefined;
    const value = convertAmount(printed, unit ?? this.draft.unit, this.draft.unit);
    if (value === undefined) return undefined;
    return { value, where: this.where(line), table };
  }

  /**
   * A figure that more than one table prints, under one key: the first copy is kept, a later one
   * that disagrees is a table-repeat-mismatch. Returns the kept copy.
   */
  fact(key: string, what: string, amount: Amount, kept = '草稿保留前者'): Amount {
    const first = this.facts.get(key);
    if (!first) {
      this.facts.set(key, amount);
      return amount;
    }
    if (!sameAmount(first.value, amount.value)) {
      this.mismatches.push({ what, first, second: amount });
      this.issue(
        'table-repeat-mismatch',
        amount.where,
        `${what}：${first.table}（${whereText(first.where)}）印为${first.value}，${amount.table}（${whereText(amount.where)}）印为${amount.value}；${kept}`,
      );
      const code = /^fn:(\d+):/.exec(key)?.[1];
      if (code) this.issues[this.issues.length - 1].subject = code;
    }
    return first;
  }

  hasFact(key: string): Amount | undefined {
    return this.facts.get(key);
  }

  issue(code: ImportIssue['code'], where: Where, message: string, lostNumbers = 0): void {
    this.issues.push({ code, where, message, lostNumbers });
  }

  /** A whole table not imported: its numbers are counted as printed and reported as lost, with why. */
  skipTable(rows: Line[], where: Where, message: string): void {
    const numbers = rows.reduce(
      (n, r) => n + r.cells.filter((x) => readAmount(x.text) !== undefined).length,
      0,
    );
    this.printed += numbers;
    this.issue('table-unknown', where, message, numbers);
  }

  /** Counts a row's numbers: those in `used` columns landed; the others are reported. */
  finishRow(
    row: Row,
    used: Set<number>,
    table: string,
    labelOf: (index: number) => string,
    why?: string,
  ): void {
    const lost: string[] = [];
    for (const [index, text] of row.cells) {
      const value = readAmount(text);
      if (value === undefined) continue;
      this.printed++;
      // A printed zero may be left out: omitted means zero (IMPORT.md).
      if (used.has(index) || /^-?0*(\.0+)?$/.test(value)) this.landed++;
      else lost.push(`${labelOf(index) || `第${index + 1}列`} ${text}`);
    }
    if (lost.length)
      this.issue(
        'cell-unknown',
        this.where(row.line),
        `${table}：未导入的数字 ${lost.join('，')}${why ? `；${why}` : ''}`,
        lost.length,
      );
  }
}
