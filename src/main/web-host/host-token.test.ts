import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateHostToken } from './host-token';

describe("the web host's token across restarts", () => {
  it('is the same token on the next start in the same data folder, so an open tab still gets in', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-token-'));
    const first = loadOrCreateHostToken(dir);
    expect(first).toMatch(/^[0-9a-f]{48}$/);
    expect(loadOrCreateHostToken(dir)).toBe(first);
  });

  it('is readable by this user only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-token-'));
    loadOrCreateHostToken(dir);
    if (process.platform !== 'win32') expect(statSync(path.join(dir, 'web-host-token')).mode & 0o077).toBe(0);
  });

  it('replaces a mangled token file with a fresh token', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-token-'));
    writeFileSync(path.join(dir, 'web-host-token'), 'x');
    expect(loadOrCreateHostToken(dir)).toMatch(/^[0-9a-f]{48}$/);
  });
});
