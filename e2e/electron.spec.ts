import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

/** The path of Electron's binary, or why there is none (its postinstall download was skipped). */
function electronBinary(): { path: string } | { missing: string } {
  try {
    return { path: require('electron') as string };
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

const binary = electronBinary();
const root = path.resolve(import.meta.dirname, '..');

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, `Electron's binary is not installed here (${'missing' in binary ? binary.missing : ''}); installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 cannot launch it`);

  test('opens the sample plan in a sandboxed window that refuses to navigate away', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'headroom-electron-'));
    const app = await electron.launch({ args: [path.join(root, 'out', 'main', 'index.js'), `--user-data-dir=${userData}`], cwd: root });
    const page = await app.firstWindow();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('plan-title')).toBeVisible();
    const exposed = await page.evaluate(() => ({ require: typeof (globalThis as { require?: unknown }).require, process: typeof (globalThis as { process?: unknown }).process, api: typeof (globalThis as { headroom?: unknown }).headroom }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
    const before = page.url();
    // Wait on the event itself: a navigation that got through would fire framenavigated.
    const navigated = page.waitForEvent('framenavigated', { timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await navigated).toBe(false);
    expect(page.url()).toBe(before);
    await app.close();
  });
});
