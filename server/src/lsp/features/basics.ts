import { CodeActionKind } from 'vscode-languageserver/node';
import { codeActions, FIX_ALL_KIND } from '../../services/codeActions';
import { hover } from '../../services/hover';
import { documentSymbols } from '../../services/symbols';
import type { Feature } from '../context';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, resultFor }) {
    connection.onHover((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? hover(r.result, r.doc.offsetAt(p.position)) : null;
    });
  },
};

export const codeActionFeature: Feature = {
  capabilities: {
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll],
    },
  },
  register({ connection, resultFor }) {
    connection.onCodeAction((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? codeActions(p.textDocument.uri, r.result, p.range, p.context) : [];
    });
  },
};

export const symbolFeature: Feature = {
  capabilities: { documentSymbolProvider: true },
  register({ connection, resultFor }) {
    connection.onDocumentSymbol((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? documentSymbols(r.result) : [];
    });
  },
};
