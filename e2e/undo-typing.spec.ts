import { expect, screenshot, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

test('a number typed key by key into a field is undone with one Ctrl+Z, and redone with one', async ({ app, page }, testInfo) => {
  await app.open(page);
  const editor = new EditorPage(page);
  await editor.node('platform-app').click();
  const field = page.getByTestId('param-measuredRps');
  await expect(field).toHaveValue('500');
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially('1234', { delay: 60 });
  await expect(field).toHaveValue(/^1,?234$/);
  await editor.clickCanvas();
  await page.keyboard.press('Control+z');
  await editor.node('platform-app').click();
  await expect(page.getByTestId('param-measuredRps')).toHaveValue('500');
  await expect(page.getByTestId('undo')).toBeDisabled();
  await screenshot(page, testInfo, 'undo-typed-value');
  await editor.clickCanvas();
  await page.keyboard.press('Control+Shift+z');
  await editor.node('platform-app').click();
  await expect(page.getByTestId('param-measuredRps')).toHaveValue(/^1,?234$/);
});
