/** YAML scalars as the draft writes them: plain where YAML reads them back as the same string. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;

export function scalar(text: string, inFlow = false): string {
  const t = text;
  const plain =
    t.length > 0 &&
    PLAIN_START.test(t) &&
    !/[:：]\s|:$|\s#|\s$/.test(t.replace(/：/g, '')) &&
    !/: |:$| #/.test(t) &&
    !(inFlow && /[,[\]{}]/.test(t)) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(t) &&
    !/^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$/.test(t) &&
    !/^0[xob]/i.test(t) &&
    !/[\n\t\r]/.test(t);
  return plain ? t : JSON.stringify(t);
}

/** A mapping key: plain when safe, else double-quoted. */
export function key(text: string): string {
  return scalar(text);
}

/** A long or multi-line text as a literal block scalar under `indent`. */
export function block(text: string, indent: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  if (lines.length === 1 && !/^\s/.test(lines[0])) {
    const s = scalar(lines[0]);
    if (s === lines[0] && lines[0].length < 60) return s;
  }
  if (lines.some((l) => /^\s/.test(l))) return JSON.stringify(text);
  return `|-\n${lines.map((l) => (l ? indent + l : '')).join('\n')}`;
}
