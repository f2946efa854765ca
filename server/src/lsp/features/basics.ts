import { hover } from '../../services/hover';
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
