import * as l10n from '@vscode/l10n';

/**
 * What the client may pass in `initializationOptions` to translate the server's UI strings
 * (code action titles): the bundle's contents, or the path of a bundle file. The messages are
 * Chinese in the source and stay Chinese when neither is given.
 */
export interface L10nOptions {
  l10nBundle?: Record<string, string>;
  l10nPath?: string;
}

/** Loads the client's bundle before any `l10n.t` runs; a broken bundle leaves the Chinese. */
export function configureL10n(options: unknown, log: (message: string) => void): void {
  const o = (options ?? {}) as L10nOptions;
  try {
    if (o.l10nBundle && typeof o.l10nBundle === 'object') l10n.config({ contents: o.l10nBundle });
    else if (typeof o.l10nPath === 'string' && o.l10nPath) l10n.config({ fsPath: o.l10nPath });
  } catch (e) {
    log(`jixiao 无法读取界面翻译：${e instanceof Error ? e.message : String(e)}`);
  }
}
