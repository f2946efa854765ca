/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  // U+E000 marks cell placeholders while a page is built (sheet.ts); it never comes from a draft.
  return s
    .replace(/\uE000/g, '')
    .replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
    );
}

/** An amount as the published tables print it: two decimals, blank when absent or zero. */
export function money(d: { toFixed(n: number): string; isZero(): boolean } | undefined): string {
  return d === undefined || d.isZero() ? '' : d.toFixed(2);
}

/** A letters-digits-dashes id for anchors, stable for a rule id. */
export function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;
}
