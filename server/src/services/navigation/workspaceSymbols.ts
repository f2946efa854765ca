import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/engine';

export interface OpenDraft {
  uri: string;
  result: CheckResult;
}

/**
 * Workspace symbols: the projects of every open draft whose name contains the query (letters
 * compared without case; an empty query lists them all), each with its department as container,
 * so two drafts' projects of one name are told apart.
 */
export function workspaceSymbols(drafts: OpenDraft[], query: string): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const { uri, result } of drafts) {
    const { draft } = result;
    const container = draft.header.department?.text || uri.slice(uri.lastIndexOf('/') + 1);
    for (const p of draft.projects) {
      const name = p.name?.text.trim();
      if (!name || !name.toLowerCase().includes(q)) continue;
      const node = p.name!.node;
      out.push({
        name,
        kind: SymbolKind.Object,
        location: { uri, range: draft.lines.range(node.start, node.end) },
        containerName: container,
      });
    }
  }
  return out;
}
