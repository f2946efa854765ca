import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { isEnglish, localize } from './l10nText';

let english: Record<string, string> | undefined;

/**
 * VS Code loads no l10n bundle when its display language is English: it takes the strings in the
 * source to be English already. Ours are Chinese, so for an English UI we read
 * `l10n/bundle.l10n.en.json` ourselves; other languages get VS Code's bundle, else the Chinese.
 */
export function initL10n(extensionPath: string): void {
  english = undefined;
  if (vscode.l10n.bundle || !isEnglish(vscode.env.language)) return;
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
  return english ? localize(english, message, args) : vscode.l10n.t(message, ...args);
}

/** The bundle the language server translates its UI strings with (see server/src/lsp/l10n.ts). */
export function serverBundle(): Record<string, string> | undefined {
  return vscode.l10n.bundle ?? english;
}
