import { PREVIEW, type PreviewParams, type PreviewResponse } from '../../../../shared/protocol';
import { previewPage } from '../../report/page';
import { previewOf } from '../../report/preview';
import type { Feature } from '../context';

/**
 * The live preview's content, rendered by the same code as `jixiao report` from the latest check
 * of the open document; on request the whole webview page too, so the client holds no renderer.
 * A custom request because LSP has no notion of a rendered view.
 */
export const previewFeature: Feature = {
  capabilities: {},
  register({ connection, resultFor }) {
    connection.onRequest(PREVIEW, (p: PreviewParams): PreviewResponse | null => {
      const r = typeof p?.uri === 'string' ? resultFor(p.uri) : undefined;
      if (!r) return null;
      const content = previewOf(r.result);
      const res: PreviewResponse = { version: r.doc.version, ...content };
      const shell = p.page;
      if (shell && typeof shell.nonce === 'string' && typeof shell.cspSource === 'string')
        res.page = previewPage({ ...content, nonce: shell.nonce, cspSource: shell.cspSource });
      return res;
    });
  },
};
