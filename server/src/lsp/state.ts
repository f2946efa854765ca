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

  check(doc: TextDocument, config: Config): CheckResult {
    const prev = this.docs.get(doc.uri);
    if (prev && prev.version === doc.version) return prev.result;
    const cache = prev?.cache ?? new ParseCache();
    const result = checkText(doc.getText(), { config, cache });
    this.docs.set(doc.uri, { cache, version: doc.version, result });
    return result;
  }

  peek(uri: string): CheckResult | undefined {
    return this.docs.get(uri)?.result;
  }

  forget(uri: string): void {
    this.docs.delete(uri);
  }

  clear(): void {
    for (const s of this.docs.values()) s.version = -1;
  }
}
