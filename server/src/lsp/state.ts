import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, type CheckResult } from '../engine/engine';
import type { Config } from '../engine/config';
import { ParseCache } from '../engine/yaml/chunks';

interface DocState {
  cache: ParseCache;
  version: number;
  result: CheckResult;
}

/** The last check of every open document, reused by hover, code actions and symbols. */
export class Checks {
  private docs = new Map<string, DocState>();

  /**
   * The check of the document as it is, under `config`. Reused only when version, text and
   * configuration are all the same: a document closed and reopened (version 1 again, other text)
   * or a `.jixiao.yaml` that changed is checked anew.
   */
  check(doc: TextDocument, config: Config): CheckResult {
    const prev = this.docs.get(doc.uri);
    if (prev && this.isCurrent(prev, doc, config)) return prev.result;
    const cache = prev?.cache ?? new ParseCache();
    const result = checkText(doc.getText(), { config, cache });
    this.docs.set(doc.uri, { cache, version: doc.version, result });
    return result;
  }

  /** Whether `check` would answer from the last check, without checking. */
  has(doc: TextDocument, config: Config): boolean {
    const prev = this.docs.get(doc.uri);
    return !!prev && this.isCurrent(prev, doc, config);
  }

  private isCurrent(prev: DocState, doc: TextDocument, config: Config): boolean {
    return (
      prev.version === doc.version &&
      prev.result.config === config &&
      prev.result.draft.text === doc.getText()
    );
  }

  forget(uri: string): void {
    this.docs.delete(uri);
  }
}
