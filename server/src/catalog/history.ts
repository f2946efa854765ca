import history from '../../data/historic-names.json';

/** A name a 科目 had before it was renamed, and when. */
export interface Renaming {
  code: string;
  old: string;
  /** The last year the old name was in use. */
  until: number;
  current: string;
  provenance: string;
}

const RENAMED: Renaming[] = (history as { renamed: Renaming[] }).renamed;

/** The renaming whose old name a text ends with (lead-in words such as `其中` allowed before it), for the year. */
export function outdatedName(text: string, year: number, code?: string): Renaming | undefined {
  return RENAMED.find((r) => (!code || r.code === code) && year > r.until && text.endsWith(r.old));
}

export function renamings(): readonly Renaming[] {
  return RENAMED;
}
