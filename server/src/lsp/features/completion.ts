import { completion } from '../../services/completion';
import type { Feature } from '../context';

/**
 * Completion of keys, indicator names, catalog codes and snippets. `:` and the blank after it or
 * after `- ` open the list without a keystroke more (after a bare `:` the value's blank is part of
 * the insertion); words (digits, Chinese, pinyin initials) ask by themselves as they are typed.
 */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [':', ' '] } },
  register({ connection, resultFor }) {
    connection.onCompletion((p) => {
      const r = resultFor(p.textDocument.uri);
      return r ? completion(r.result, r.doc.offsetAt(p.position)) : null;
    });
  },
};
