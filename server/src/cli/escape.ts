/**
 * Draft text made safe for a terminal or a CI log, one finding per line: a control character is
 * shown as `\u001b` (an ESC sequence could retitle the window or clear the screen), a line break as
 * `⏎` (a newline in a 名称 could forge a line such as `::error file=…` or “没有发现问题”), and
 * bidirectional overrides as `\u202e` (they reorder what is shown).
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /\r\n|[\n\r\u2028\u2029]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\t]/g,
    (c) =>
      c === '\r\n' || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029'
        ? '⏎'
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
