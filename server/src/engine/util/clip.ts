/** Longest excerpt of draft text a message quotes: a message names the value, it does not copy it. */
export const MAX_QUOTE = 40;

/** `text`, or its first characters and `…（共N字）` when it is longer than `max` code points. */
export function clip(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2));
  if (chars.length <= max && text.length <= max * 2) return text;
  return `${chars.slice(0, max).join('')}…（共${text.length}字）`;
}
