import { CodeActionKind } from 'vscode-languageserver/node';
import { codeActions, FIX_ALL_KIND } from '../../services/codeActions';
import type { Feature } from '../context';

export const codeActionFeature: Feature = {
  capabilities: {
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND],
    },
  },
  register({ connection, resultFor }) {
    connection.onCodeAction((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? codeActions(p.textDocument.uri, r.result, p.range, p.context) : [];
    });
  },
};
