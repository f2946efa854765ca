/**
 * Prose as the reader should see it. Drafts transcribed from published pages keep the markup the
 * budget system pasted into 总体目标 (`<p>…</p>`, `<br>`, `&nbsp;`): shown as text, never as raw
 * tags. Paragraph and line breaks become line breaks; other tags go; the five XML entities and
 * &nbsp; are read. Only the tags such editors write are taken for tags: `A<B 且 5>3` is text. The result is still escaped by the caller like any other text.
 */
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&amp;': '&',
};

/** An opening or closing tag of the kinds pasted prose carries, with well-formed attributes. */
const TAG =
  /<\/?(p|div|span|li|ul|ol|b|strong|i|em|u|font|a|sup|sub|h[1-6])(\s+[a-z-]+(=("[^"]*"|'[^']*'|[^\s>]*))?)*\s*\/?>/g;

export function proseText(text: string | undefined): string | undefined {
  if (text === undefined || !/[<&]/.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|div|li)>\s*/g, '\n')
    .replace(TAG, '')
    .replace(/&(nbsp|lt|gt|quot|#39|apos|amp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
