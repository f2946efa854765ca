import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  IMPORT_BUDGET,
  PASTE_AS_DRAFT,
  type ImportBudgetResponse,
  type PasteAsDraftResponse,
} from '../../../../shared/protocol';
import { pasteAsDraft } from '../../services/pasteDraft';
import type { Feature } from '../context';

/**
 * The editor's import command and "粘贴为预算草稿" (IMPORT.md, "Commands and editor"): custom
 * requests, because LSP has neither. The importer is loaded on the first import, and it loads the
 * PDF and spreadsheet readers only for such inputs, so the server starts as fast as before.
 */
export const importFeature: Feature = {
  capabilities: {},
  register({ connection, documents }) {
    connection.onRequest(IMPORT_BUDGET, async (p: unknown): Promise<ImportBudgetResponse> => {
      const path = (p as { path?: unknown } | null)?.path;
      if (typeof path !== 'string') return { refused: '导入请求无效：path' };
      const name = basename(path);
      let data: Uint8Array;
      try {
        data = new Uint8Array(await readFile(path));
      } catch (e) {
        return { refused: `无法读取 ${name}：${(e as Error).message}` };
      }
      const { importInput, isRefusal } = await import('../../import/index');
      const { reportText } = await import('../../import/report');
      try {
        const result = await importInput(name, data);
        return {
          draftText: result.draftText,
          report: reportText(name, result),
          issues: result.issues.length,
          notLanded: result.printed - result.landed,
        };
      } catch (e) {
        if (isRefusal(e)) return { refused: e.message };
        return { refused: `导入 ${name} 失败：${(e as Error).message}` };
      }
    });
    connection.onRequest(PASTE_AS_DRAFT, (p: unknown): PasteAsDraftResponse => {
      const params = (p ?? {}) as {
        uri?: unknown;
        text?: unknown;
        position?: { line?: unknown; character?: unknown };
      };
      const { uri, text, position } = params;
      if (typeof uri !== 'string' || typeof text !== 'string') return null;
      if (typeof position?.line !== 'number' || typeof position.character !== 'number') return null;
      const doc = documents.get(uri);
      if (!doc) return null;
      return (
        pasteAsDraft(text, doc.getText(), { line: position.line, character: position.character }) ?? null
      );
    });
  },
};
