import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinaryPresent } from '../../../scripts/electron-binary.mjs';
import { browserCommand } from '../web-host/open-browser';

// What `npm install` and `npm start` do on a machine that cannot download Electron's binary.
const root = path.resolve(import.meta.dirname, '../../..');

describe("the project's postinstall", () => {
  it.skipIf(electronBinaryPresent(root))("says in one line that Electron's binary could not be downloaded, and exits 0", () => {
    // A mirror nobody listens on fails as fast as an offline machine does.
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'postinstall.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '', ELECTRON_MIRROR: 'http://127.0.0.1:9/', HEADROOM_ELECTRON_DOWNLOAD_TIMEOUT: '30' },
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^headroom: Electron's binary could not be downloaded \(.+\).*npm start.*browser.*node node_modules\/electron\/install\.js/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('allowScripts in package.json', () => {
  const npm = spawnSync('npm', ['install-scripts', 'ls'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const supported = npm.status === 0 || /unreviewed|not yet covered/.test(npm.stdout);
  it.skipIf(!supported)('covers every installed package that has an install script (npm 11.19+)', () => {
    expect(npm.stdout).toMatch(/No packages with unreviewed install scripts/);
  });
});

describe('opening the system browser', () => {
  it("uses each platform's own opener", () => {
    expect(browserCommand('linux', 'http://127.0.0.1:1/?token=a')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/?token=a'] });
    expect(browserCommand('darwin', 'http://x/')).toEqual({ command: 'open', args: ['http://x/'] });
    expect(browserCommand('win32', 'http://x/?a=1&b=2')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://x/?a=1^&b=2'] });
  });
});
