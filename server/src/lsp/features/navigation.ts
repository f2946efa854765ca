import { documentSymbols } from '../../services/navigation/symbols';
import { foldingRanges } from '../../services/navigation/folding';
import { unitDefinition, unitReferences } from '../../services/navigation/units';
import { workspaceSymbols, type OpenDraft } from '../../services/navigation/workspaceSymbols';
import type { Feature } from '../context';

export const symbolFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: '预算草稿' } },
  register({ connection, resultFor }) {
    connection.onDocumentSymbol((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? documentSymbols(r.result) : [];
    });
  },
};

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, resultFor }) {
    connection.onFoldingRanges((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? foldingRanges(r.result) : [];
    });
  },
};

/** 预算单位 references: go to the unit's declaration, and find every place that names it. */
export const unitNavigationFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true },
  register({ connection, resultFor }) {
    connection.onDefinition((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? unitDefinition(p.textDocument.uri, r.result, r.doc.offsetAt(p.position)) : null;
    });
    connection.onReferences((p) => {
      const r = resultFor(p.textDocument.uri);
      if (!r) return [];
      const offset = r.doc.offsetAt(p.position);
      return unitReferences(p.textDocument.uri, r.result, offset, p.context.includeDeclaration);
    });
  },
};

/** Projects of every draft the server has open, found by a part of their name. */
export const workspaceSymbolFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, documents, resultFor }) {
    connection.onWorkspaceSymbol((p) => {
      const drafts: OpenDraft[] = [];
      for (const doc of documents.all()) {
        const r = resultFor(doc.uri);
        if (r) drafts.push({ uri: doc.uri, result: r.result });
      }
      return workspaceSymbols(drafts, p.query);
    });
  },
};
