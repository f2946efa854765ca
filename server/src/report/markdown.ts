import { esc } from './html';

/**
 * The small Markdown of docs/rules/*.md (headings, paragraphs, lists, fenced code, inline code,
 * bold, links) as HTML, so the report carries the rule docs offline. Links become anchors to other
 * rules in the same report when they point at one, and plain text otherwise: the report must not
 * reference anything outside itself.
 */
export function markdownToHtml(md: string, ruleAnchor: (id: string) => string | undefined): string {
  const out: string[] = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '), ruleAnchor)}</p>`);
    if (list.length) out.push(`<ul>${list.map((l) => `<li>${inline(l, ruleAnchor)}</li>`).join('')}</ul>`);
    para = [];
    list = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*```/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) code.push(lines[i]);
      out.push(`<pre><code>${esc(code.join('\n'))}</code></pre>`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      // A rule doc's own title is the article heading; its sections sit below it.
      const level = Math.min(6, h[1].length + 3);
      out.push(`<h${level}>${inline(h[2], ruleAnchor)}</h${level}>`);
      continue;
    }
    const li = /^\s*[-*]\s+(.*)$/.exec(line);
    if (li) {
      if (para.length) flush();
      list.push(li[1]);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (list.length && /^\s+\S/.test(line)) list[list.length - 1] += ' ' + line.trim();
    else {
      if (list.length) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

function inline(text: string, ruleAnchor: (id: string) => string | undefined): string {
  // Split out code spans first so their content is left alone.
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (/^`[^`]*`$/.test(part)) return `<code>${esc(part.slice(1, -1))}</code>`;
      let s = esc(part);
      s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
        const m = /(?:^|\/)([a-z0-9-]+)\.md(?:#.*)?$/.exec(href);
        const target = m ? ruleAnchor(m[1]) : undefined;
        return target ? `<a href="#${target}">${label}</a>` : label;
      });
      return s;
    })
    .join('');
}
