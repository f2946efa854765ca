import { ImportRefusal, type Cell, type ClippedText, type Line, type SourceDoc } from '../types';

/** A text run as PDF.js reports it, in page space (points, y upwards). */
interface Run {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

type Rect = [number, number, number, number];

interface PdfJs {
  getDocument(src: object): { promise: Promise<PdfDocument> };
  OPS: Record<string, number>;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  view: number[];
  getTextContent(): Promise<{
    items: { str?: string; transform: number[]; width: number; height: number }[];
  }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}

let loaded: Promise<PdfJs> | undefined;

/**
 * PDF.js 4.10 legacy build, loaded on first use only (the CLI must not pay for it otherwise). Its
 * worker runs in this thread: PDF.js takes the handler from `globalThis.pdfjsWorker`, which lets the
 * bundled CLI carry the worker inline instead of loading a file beside it.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    // PDF.js warns on load that Node lacks canvas polyfills; text extraction needs none of them.
    const warn = console.warn;
    const log = console.log;
    console.warn = console.log = () => undefined;
    try {
      return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    } finally {
      console.warn = warn;
      console.log = log;
    }
  })();
  return loaded;
}

const mul = (a: number[], b: number[]) => [
  a[0] * b[0] + a[2] * b[1],
  a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4],
  a[1] * b[4] + a[3] * b[5] + a[5],
];

function transformRect(m: number[], [x0, y0, x1, y1]: Rect): Rect {
  const pts = [
    [x0, y0],
    [x0, y1],
    [x1, y0],
    [x1, y1],
  ].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const intersect = (a: Rect, b: Rect): Rect => [
  Math.max(a[0], b[0]),
  Math.max(a[1], b[1]),
  Math.min(a[2], b[2]),
  Math.min(a[3], b[3]),
];

/**
 * The areas in which the page draws its text: the page box cut by the clip paths in effect at each
 * text-showing operator (their bounding boxes). Text outside all of them is never seen by a reader.
 */
function visibleAreas(
  ops: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
  view: number[],
): Rect[] {
  const page: Rect = [view[0], view[1], view[2], view[3]];
  let state = { ctm: [1, 0, 0, 1, 0, 0], clip: page };
  const stack: (typeof state)[] = [];
  let path: Rect | undefined;
  let pendingClip = false;
  const areas = new Map<string, Rect>();
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(state);
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: mul(state.ctm, args as number[]) };
    else if (fn === OPS.constructPath) {
      const minMax = (args?.[2] ?? null) as number[] | null;
      path =
        minMax && minMax.length === 4 && Number.isFinite(minMax[0])
          ? transformRect(state.ctm, minMax as Rect)
          : undefined;
    } else if (fn === OPS.clip || fn === OPS.eoClip) pendingClip = true;
    else if (fn === OPS.endPath || fn === OPS.fill || fn === OPS.stroke || fn === OPS.eoFill) {
      if (pendingClip && path) state = { ...state, clip: intersect(state.clip, path) };
      pendingClip = false;
      path = undefined;
    } else if (fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText) {
      areas.set(state.clip.join(','), state.clip);
    }
  });
  return areas.size ? [...areas.values()] : [page];
}

const NUMERIC = /^[\d,.\-−%]+$/;

/** CJK Radicals Supplement forms (NFKC leaves them) that stand for common simplified ideographs. */
const RADICALS: Record<string, string> = {
  '⺠': '民',
  '⻔': '门',
  '⻓': '长',
  '⻅': '见',
  '⻘': '青',
  '⻝': '食',
  '⻜': '飞',
  '⻢': '马',
  '⻋': '车',
  '⻆': '角',
  '⻉': '贝',
  '⻚': '页',
  '⻛': '风',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻄': '西',
  '⺟': '母',
  '⻙': '韦',
  '⻬': '齐',
  '⻮': '齿',
  '⻳': '龟',
  '⻰': '龙',
  '⻩': '黄',
  '⻨': '麦',
  '⻤': '鬼',
  '⻣': '骨',
  '⻧': '卤',
};

/** Runs on one baseline, left to right, joined into cells where they touch; an amount never joins a label. */
function cellsOf(runs: Run[]): Cell[] {
  const cells: Cell[] = [];
  let current: (Cell & { numeric: boolean }) | undefined;
  for (const r of runs) {
    const numeric = NUMERIC.test(r.text);
    const gap = current ? r.x0 - current.x1 : Infinity;
    // A complete amount (two decimals) never runs on into the next column's amount.
    const complete = current?.numeric && numeric && /\.\d\d$/.test(current.text);
    const joins =
      current && !complete && (gap <= 0.8 || (gap <= r.size * 0.45 && current.numeric === numeric));
    if (current && joins) {
      current.text += r.text;
      current.x1 = Math.max(current.x1, r.x1);
      current.numeric = current.numeric && numeric;
    } else {
      current = { text: r.text, x0: r.x0, x1: r.x1, numeric };
      cells.push(current);
    }
  }
  return cells.map(({ text, x0, x1 }) => ({ text: text.trim(), x0, x1 })).filter((c) => c.text);
}

/** Reads a PDF's text layer into lines of positioned cells; refuses encrypted, broken and scanned files. */
export async function readPdf(data: Uint8Array, name: string): Promise<SourceDoc> {
  const pdfjs = await loadPdfJs();
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      // PDF.js refuses a Node Buffer (a Uint8Array subclass) as "not binary data": hand it a plain copy.
      data: new Uint8Array(data),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const err = e as { name?: string };
    if (err.name === 'PasswordException')
      throw new ImportRefusal(`${name} 已加密，无法读取；请提供未加密的 PDF`);
    throw new ImportRefusal(`${name} 不是可读取的 PDF 文件（文件损坏或格式错误）`);
  }
  const lines: Line[] = [];
  const clipped: ClippedText[] = [];
  const blankPages: number[] = [];
  let chars = 0;
  let ideographs = 0;
  let unreadable = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    // Clip paths hide text in the margins (a paragraph that overflowed its page); reading the
    // operator list costs a full page parse, so only pages with text near an edge pay for it.
    const [vx0, vy0, vx1, vy1] = page.view;
    const nearEdge = content.items.some((item) => {
      const [, , , , x, y] = item.transform;
      return x < vx0 + 40 || x > vx1 - 40 || y < vy0 + 50 || y > vy1 - 50;
    });
    const areas = nearEdge
      ? visibleAreas(await page.getOperatorList(), pdfjs.OPS, page.view)
      : [[vx0, vy0, vx1, vy1] as Rect];
    const runs: Run[] = [];
    const hidden: Run[] = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string' || !item.str.trim()) continue;
      const [a, b, , , x, y] = item.transform;
      const size = Math.hypot(a, b) || item.height || 10;
      // Some producers (Chromium's print) map CJK glyphs to Kangxi radicals (⽬ for 目): NFKC reads
      // them back as the ideographs they look like, and nothing else is normalised.
      const str = item.str.replace(/[\u2e80-\u2fdf]/g, (ch) => RADICALS[ch] ?? ch.normalize('NFKC'));
      const run: Run = { text: str, x0: x, x1: x + item.width, y, size };
      const inside = areas.some(
        (r) =>
          x + 0.5 >= r[0] - 1 &&
          x + 0.5 <= r[2] + 1 &&
          y + size * 0.3 >= r[1] - 1 &&
          y + size * 0.3 <= r[3] + 1,
      );
      (inside ? runs : hidden).push(run);
    }
    chars += runs.reduce((s, r) => s + r.text.length, 0);
    ideographs += runs.reduce((s, r) => s + (r.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0), 0);
    unreadable += runs.reduce((s, r) => s + (r.text.match(/[\ufffd\ue000-\uf8ff]/g)?.length ?? 0), 0);
    if (hidden.length)
      clipped.push({
        page: n,
        text: groupLines(hidden)
          .map((l) => l.map((r) => r.text).join(''))
          .join(''),
      });
    if (!runs.length) blankPages.push(n);
    for (const group of groupLines(runs)) {
      const cells = cellsOf(group);
      if (!cells.length) continue;
      lines.push({
        cells,
        page: n,
        y: group[0].y,
        size: group[0].size,
        indexed: false,
        tabular: cells.length > 1,
      });
    }
  }
  await doc.destroy();
  // Fonts without a map to Unicode give a text layer of private-use or replacement characters:
  // a few are imported as printed (text-garbled), a whole layer of them cannot be read at all.
  if (chars > 0 && ideographs === 0 && unreadable * 2 >= chars)
    throw new ImportRefusal(
      `${name} 的文字层无法识别（${chars} 个字符中 ${unreadable} 个无法识别，字体缺少编码映射）：jixiao import 不做文字识别（OCR）`,
    );
  // A scan carries no text, or only what the scanner stamps on it (page numbers, a file name): no
  // Chinese at all and a few characters a page.
  if (chars === 0 || (ideographs === 0 && chars < 40 * doc.numPages))
    throw new ImportRefusal(`${name} 没有文字层（可能是扫描件）：jixiao import 不做文字识别（OCR）`);
  return { kind: 'pdf', name, lines, pageCount: doc.numPages, blankPages, clipped };
}

/** Runs on one baseline (within a third of the font size), top of the page first. */
function groupLines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - r.y) <= Math.max(1.5, r.size * 0.3)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => g.sort((a, b) => a.x0 - b.x0));
}
