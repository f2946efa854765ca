import { readText } from './readers/text';
import { recognise, type ImportResult } from './recognise/recognise';
import { ImportRefusal, isRefusal, type SourceDoc } from './types';
import { dropUnprintable } from './readers/unprintable';

export { ImportRefusal, isRefusal };
export type { ImportResult };

export type InputKind = 'pdf' | 'xlsx' | 'text';

/** The kind of an input by its name, or by its first bytes when the name does not say (stdin). */
export function inputKind(name: string, data: Uint8Array): InputKind {
  if (/\.pdf$/i.test(name) || (data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46))
    return 'pdf';
  if (/\.xlsx$/i.test(name) || (data[0] === 0x50 && data[1] === 0x4b)) return 'xlsx';
  return 'text';
}

export interface Imported extends ImportResult {
  doc: SourceDoc;
}

/**
 * Imports one input into a draft. The PDF and spreadsheet readers are loaded here, on first use,
 * so that a `jixiao check` of YAML drafts never loads PDF.js or exceljs.
 */
export async function importInput(name: string, data: Uint8Array): Promise<Imported> {
  const kind = inputKind(name, data);
  let doc: SourceDoc;
  // Bundled, these imports load dist/import-pdf.js / import-xlsx.js (scripts/build.mjs), whose
  // CommonJS exports arrive under `default`.
  if (kind === 'pdf') {
    const m = (await import('./readers/pdf')) as typeof import('./readers/pdf') & {
      default?: typeof import('./readers/pdf');
    };
    doc = await (m.readPdf ?? m.default!.readPdf)(data, name);
  } else if (kind === 'xlsx') {
    const m = (await import('./readers/xlsx')) as typeof import('./readers/xlsx') & {
      default?: typeof import('./readers/xlsx');
    };
    doc = await (m.readXlsx ?? m.default!.readXlsx)(data, name);
  } else {
    let text: string;
    try {
      // Strict: bytes that are not UTF-8 (a GBK export) would otherwise become U+FFFD silently.
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new ImportRefusal(`${name} 不是有效的 UTF-8 文本；若文件是 GBK 等其他编码，请另存为 UTF-8`);
    }
    if (text.includes('\u0000')) throw new ImportRefusal(`${name} 不是文本文件，也不是 PDF 或 Excel 工作簿`);
    doc = readText(text, name);
  }
  const dropped = dropUnprintable(doc);
  const result = recognise(doc);
  return { ...result, issues: [...dropped, ...result.issues], doc };
}
