import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { linkBin } from '../../scripts/link-bin.mjs';

// `npx headroom` as the README tells a user to run it, from the checkout. npm exec must find
// node_modules/.bin/headroom (made by the postinstall) and run it: a `bin` in the project's
// own package.json makes npm load the whole node_modules tree and install the checkout into
// its npx cache before every call (1–5 s here).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sample = path.join(root, 'resources', 'samples', 'global-conference.headroom.json');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npx headroom in the checkout', () => {
  it('runs bin/headroom.mjs through node_modules/.bin without npm loading the package tree', () => {
    linkBin(root);
    const r = spawnSync('npx', ['--loglevel', 'silly', 'headroom', 'project', sample], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const direct = spawnSync(process.execPath, [path.join(root, 'bin', 'headroom.mjs'), 'project', sample], { cwd: root, encoding: 'utf8', timeout: 25_000 });
    expect(r.stdout).toBe(direct.stdout);
    expect(r.stdout).toContain('Global conference');
    // npm's own log of loading the tree (Arborist reads node_modules/.package-lock.json first).
    expect(r.stderr).not.toMatch(/shrinkwrap|reify/);
  }, 90_000);

  it('has no bin in package.json (that is what sends npm exec down the slow path)', () => {
    expect((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin?: unknown }).bin).toBeUndefined();
  });

  it('links node_modules/.bin/headroom to bin/headroom.mjs, and repairs a wrong link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-link-'));
    dirs.push(dir);
    expect(linkBin(dir)).toBe('linked');
    expect(readlinkSync(path.join(dir, 'node_modules', '.bin', 'headroom'))).toBe(path.join('..', '..', 'bin', 'headroom.mjs'));
    expect(linkBin(dir)).toBe('present');
    rmSync(path.join(dir, 'node_modules', '.bin', 'headroom'));
    expect(existsSync(path.join(dir, 'node_modules', '.bin', 'headroom'))).toBe(false);
    expect(linkBin(dir)).toBe('linked');
  });
});
