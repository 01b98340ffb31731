import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

test('a browser tab is told while it is open when the save log was deleted behind the app’s back and recovered', async ({ app, page }, testInfo) => {
  await app.open(page);
  // An edit's autosave writes the log; a sync tool or cleaner then deletes it.
  const editor = new EditorPage(page);
  await editor.setParam('platform-app', 'maxInstances', '201');
  await editor.waitSaved();
  const wal = path.join(app.dataDir, 'headroom.db-wal');
  await expect.poll(() => existsSync(wal)).toBe(true);
  rmSync(wal);
  rmSync(`${wal.slice(0, -4)}-shm`, { force: true });
  // No restart, no reload: the open tab hears of the repair on its own.
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Headroom recovered its save log' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText('nothing was lost');
  await expect(page.locator('.mantine-Notification-root').filter({ hasText: 'recovered its save log' })).toHaveCount(1);
  await screenshot(page, testInfo, 'store-notice-live');
});
