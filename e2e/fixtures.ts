import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { createDispatcher } from '../src/main/api/dispatch';
import { startAppServices, type AppServices } from '../src/main/services/app-services';
import { startWebHost, type WebHost } from '../src/main/web-host/web-host';

const root = path.resolve(import.meta.dirname, '..');

export interface HeadroomApp {
  host: WebHost;
  services: AppServices;
  dataDir: string;
  /** Restarts the host on the same data folder, as quitting and reopening the app would. */
  restart(): Promise<void>;
  open(page: Page): Promise<void>;
}

async function boot(dataDir: string): Promise<{ services: AppServices; host: WebHost }> {
  const services = startAppServices({ dataDir, samplesDir: path.join(root, 'resources', 'samples'), version: 'e2e', transport: 'web' });
  const host = await startWebHost({ dispatch: createDispatcher(services.api), rendererDir: path.join(root, 'out', 'renderer') });
  return { services, host };
}

/** Each test gets a fresh user-data folder, real services and a real SQLite file. */
export const test = base.extend<{ app: HeadroomApp }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-e2e-'));
    let running = await boot(dataDir);
    const app: HeadroomApp = {
      get host() {
        return running.host;
      },
      get services() {
        return running.services;
      },
      dataDir,
      async restart() {
        await running.host.close();
        running.services.close();
        running = await boot(dataDir);
      },
      async open(page) {
        await page.goto(running.host.url);
        await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
      },
    };
    await use(app);
    await running.host.close();
    running.services.close();
  },
});

/** Saves a screenshot where a person can look at it, and attaches it to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.join(root, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

export { expect };
