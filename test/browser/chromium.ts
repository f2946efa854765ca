import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import CHROMIUM_FLAGS from '../../scripts/chromium-flags.json';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots kept for humans to look at. */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');
/** Scratch pages (git-ignored). */
export const SCRATCH = join(ARTIFACTS, 'tmp');

/** The reason to skip when there is no browser: printed, so a skip is never mistaken for a pass. */
export const skipReason: string | false = existsSync(CHROMIUM)
  ? false
  : `SKIP: 没有找到 Chromium（${CHROMIUM}）；安装 Debian 的 chromium 包（apt-get install chromium）后运行浏览器测试`;
if (skipReason) console.log(skipReason);

export async function launch(): Promise<Browser> {
  mkdirSync(SCRATCH, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    // Shared with the real-VS-Code harness (scripts/vscode/standin.mjs).
    args: CHROMIUM_FLAGS,
  });
}

/** Console errors, page errors and every request that is not the page's own file. */
export interface Watch {
  errors: string[];
  requests: string[];
}

export function watch(page: Page): Watch {
  const w: Watch = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    if (!/^(file|data|about):/.test(r.url())) w.requests.push(r.url());
  });
  return w;
}
