import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PASTE_AS_DRAFT, type PasteAsDraftParams, type PasteAsDraftResponse } from '../../../shared/protocol';
import { t } from '../l10n';
import type { ClientFeature } from './types';

/**
 * The document paste API (finalised in VS Code 1.97) as far as this feature uses it. The
 * extension's engine is ^1.82 and its @types/vscode older, so the API is declared here and
 * looked up at run time: an older VS Code simply pastes as before.
 */
interface PasteEditKind {
  append(...parts: string[]): PasteEditKind;
}
interface PasteEdit {
  insertText: string | vscode.SnippetString;
  title: string;
  additionalEdit?: vscode.WorkspaceEdit;
}
type PasteProvider = Parameters<PasteApi['registerDocumentPasteEditProvider']>[1];
interface PasteApi {
  registerDocumentPasteEditProvider(
    selector: vscode.DocumentSelector,
    provider: {
      provideDocumentPasteEdits(
        document: vscode.TextDocument,
        ranges: readonly vscode.Range[],
        dataTransfer: vscode.DataTransfer,
        context: unknown,
        token: vscode.CancellationToken,
      ): Promise<PasteEdit[] | undefined>;
    },
    metadata: { providedPasteEditKinds: PasteEditKind[]; pasteMimeTypes: string[] },
  ): vscode.Disposable;
}
interface PasteClasses {
  DocumentPasteEdit?: new (insertText: string, title: string, kind: PasteEditKind) => PasteEdit;
  DocumentDropOrPasteEditKind?: { Text: PasteEditKind };
}

/** What the paste edit does, for the tests and the provider alike. */
export async function pasteDraftFor(
  client: LanguageClient,
  document: vscode.TextDocument,
  position: vscode.Position,
  text: string,
): Promise<PasteAsDraftResponse> {
  // A copied table row has a tab between cells; anything else is an ordinary paste, not a request.
  if (!/\S\t+\S/.test(text)) return null;
  const params: PasteAsDraftParams = {
    uri: document.uri.toString(),
    text,
    position: { line: position.line, character: position.character },
  };
  return client.sendRequest<PasteAsDraftResponse>(PASTE_AS_DRAFT, params);
}

/** "粘贴为预算草稿": tab-separated cells pasted into a draft, offered as converted YAML. */
export const pasteAsDraft: ClientFeature = (context, client) => {
  const languages = vscode.languages as unknown as Partial<PasteApi>;
  const classes = vscode as unknown as PasteClasses;
  const Edit = classes.DocumentPasteEdit;
  const baseKind = classes.DocumentDropOrPasteEditKind?.Text;
  if (typeof languages.registerDocumentPasteEditProvider !== 'function' || !Edit || !baseKind) return;
  const kind = baseKind.append('jixiao', 'budgetDraft');
  const provider: PasteProvider = {
    async provideDocumentPasteEdits(document, ranges, dataTransfer, _context, token) {
      if (ranges.length !== 1) return undefined;
      const text = await dataTransfer.get('text/plain')?.asString();
      if (!text || token.isCancellationRequested) return undefined;
      const start = ranges[0].start;
      const draft = await pasteDraftFor(client, document, start, text);
      if (!draft || token.isCancellationRequested) return undefined;
      const edit = new Edit(draft.text, t('粘贴为预算草稿'), kind);
      if (draft.deleteBefore > 0) {
        // The indentation already typed before the cursor gives way to the snippet's own.
        edit.additionalEdit = new vscode.WorkspaceEdit();
        edit.additionalEdit.delete(
          document.uri,
          new vscode.Range(start.translate(0, -draft.deleteBefore), start),
        );
      }
      return [edit];
    },
  };
  registered = provider;
  context.subscriptions.push(
    languages.registerDocumentPasteEditProvider({ language: 'budget-yaml' }, provider, {
      providedPasteEditKinds: [kind],
      pasteMimeTypes: ['text/plain'],
    }),
    { dispose: () => (registered = undefined) },
  );
};

let registered: PasteProvider | undefined;

/** What the paste would offer: pasting that text with the registered provider (for the API). */
export async function pasteEditsFor(
  document: vscode.TextDocument,
  range: vscode.Range,
  text: string,
): Promise<{ title: string; insertText: string; additionalEdit?: vscode.WorkspaceEdit }[] | undefined> {
  if (!registered) return undefined;
  const data = new vscode.DataTransfer();
  data.set('text/plain', new vscode.DataTransferItem(text));
  const token = new vscode.CancellationTokenSource().token;
  const edits = await registered.provideDocumentPasteEdits(document, [range], data, {}, token);
  return edits?.map((e) => ({
    title: e.title,
    insertText: typeof e.insertText === 'string' ? e.insertText : e.insertText.value,
    additionalEdit: e.additionalEdit,
  }));
}
