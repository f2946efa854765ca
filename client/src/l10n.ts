import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { isEnglish, localize } from './l10nText';

let english: Record<string, string> | undefined;
/** `jixiao.uiLanguage: zh-cn`: the Chinese source, whatever the workbench's language. */
let chinese = false;

export type UiLanguage = 'auto' | 'zh-cn' | 'en';

export function uiLanguageSetting(): UiLanguage {
  const v = vscode.workspace.getConfiguration('jixiao').get<string>('uiLanguage', 'auto');
  return v === 'zh-cn' || v === 'en' ? v : 'auto';
}

/**
 * VS Code loads no l10n bundle when its display language is English: it takes the strings in the
 * source to be English already. Ours are Chinese, so for an English UI we read
 * `l10n/bundle.l10n.en.json` ourselves; other languages get VS Code's bundle, else the Chinese.
 * `jixiao.uiLanguage` overrides the workbench: a Chinese officer on an English VS Code keeps a
 * Chinese UI with `zh-cn`.
 */
export function initL10n(extensionPath: string, setting: UiLanguage = uiLanguageSetting()): void {
  english = undefined;
  chinese = setting === 'zh-cn';
  if (chinese) return;
  if (setting === 'auto' && (vscode.l10n.bundle || !isEnglish(vscode.env.language))) return;
  try {
    english = JSON.parse(readFileSync(join(extensionPath, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<
      string,
      string
    >;
  } catch {
    // A missing or broken bundle leaves the Chinese, which is still the whole product.
  }
}

/** A client UI string (Chinese source) in the display language. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  if (chinese) return localize(undefined, message, args);
  return english ? localize(english, message, args) : vscode.l10n.t(message, ...args);
}

/** The bundle the language server translates its UI strings with (see server/src/lsp/l10n.ts). */
export function serverBundle(): Record<string, string> | undefined {
  if (chinese) return undefined;
  return english ?? vscode.l10n.bundle;
}
