/** A UI string's translation: what a bundle maps the Chinese source to, with `{0}` … filled in. */
export function localize(
  bundle: Readonly<Record<string, string>> | undefined,
  message: string,
  args: ReadonlyArray<string | number | boolean>,
): string {
  const text = bundle?.[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (whole, i: string) =>
    Number(i) < args.length ? String(args[Number(i)]) : whole,
  );
}

/** True for the display languages that get the English bundle (`en`, `en-us`, `en-GB` …). */
export const isEnglish = (language: string): boolean => /^en(?:-|$)/i.test(language);
