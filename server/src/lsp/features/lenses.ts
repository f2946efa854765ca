import { codeLenses } from '../../services/lenses';
import type { Feature } from '../context';

/** Code lenses above each project: Σ明细 against 金额, and which 一级 indicators are present. */
export const lensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, resultFor }) {
    connection.onCodeLens((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? codeLenses(r.result) : [];
    });
  },
};
