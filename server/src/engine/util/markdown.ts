/**
 * Draft text as the content of one Markdown table cell (or heading): HTML is shown, not run
 * (`<img onerror=…>`), `|` does not open a column, a line break does not end the row, and
 * Markdown's own marks (links, emphasis, code) read as the characters they are. Marks are
 * escaped first, so the entities added after (`&#124;`) keep their `#`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]#!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
}
