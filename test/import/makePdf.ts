/**
 * A small PDF writer for tests: pages of text placed at points, in a CID font whose glyph ids are
 * the characters' Unicode values and whose ToUnicode map says so, so PDF.js (and poppler) read the
 * text back exactly without any font file. Nothing is downloaded, nothing is drawn but text.
 */
export interface PdfText {
  x: number;
  /** Baseline from the top of the page, in points (the writer turns it into PDF's y upwards). */
  top: number;
  text: string;
  size?: number;
}

export interface PdfOptions {
  /** An /Encrypt dictionary whose user password is not empty: readers must ask for a password. */
  encrypted?: boolean;
  width?: number;
  height?: number;
}

const hex = (text: string) =>
  [...text]
    .map((ch) => (ch.codePointAt(0)! & 0xffff).toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

export function makePdf(pages: PdfText[][], options: PdfOptions = {}): Uint8Array {
  const width = options.width ?? 595;
  const height = options.height ?? 842;
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (content: string, extra = '') =>
    `<< /Length ${Buffer.byteLength(content, 'latin1')}${extra} >>\nstream\n${content}\nendstream`;
  const catalog = add('');
  const pagesObj = add('');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    '1 beginbfrange <0000> <FFFF> <0000> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(stream(cmap));
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const items of pages) {
    const content = items
      .map((t) => `BT /F1 ${t.size ?? 10} Tf 1 0 0 1 ${t.x} ${height - t.top} Tm <${hex(t.text)}> Tj ET`)
      .join('\n');
    const contents = add(stream(content));
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(
        // Standard security handler, RC4 40-bit; O and U are not derived from an empty password,
        // so opening the file needs one.
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> >>`,
      )
    : undefined;
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = '0123456789abcdef0123456789abcdef';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of text, one item per line, top to bottom, wrapped onto new pages every `perPage` lines. */
export function linesPdf(pages: string[][], options: PdfOptions = {}): Uint8Array {
  return makePdf(
    pages.map((lines) => lines.map((text, i) => ({ x: 60, top: 60 + i * 18, text, size: 10 }))),
    options,
  );
}
