import { previewOf, type PreviewContent } from '../../report/preview';
import type { Feature } from '../context';

/**
 * The live preview's content, rendered by the same code as `jixiao report` from the latest check
 * of the open document. A custom request because LSP has no notion of a rendered view.
 */
export const PREVIEW = 'jixiao/preview';

export interface PreviewParams {
  uri: string;
}

export type PreviewResponse = PreviewContent & {
  /** The document version rendered; the client asks again when it is behind the editor. */
  version: number;
};

export const previewFeature: Feature = {
  capabilities: {},
  register({ connection, resultFor }) {
    connection.onRequest(PREVIEW, (p: PreviewParams): PreviewResponse | null => {
      const r = p?.uri ? resultFor(p.uri) : undefined;
      return r ? { version: r.doc.version, ...previewOf(r.result) } : null;
    });
  },
};
