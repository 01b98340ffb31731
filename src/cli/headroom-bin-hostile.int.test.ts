import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Hostile plan files through the real executable: a short message on stderr and exit 2
// (an input problem), never a stack trace with exit 1.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'headroom.mjs');
const sampleText = readFileSync(path.join(root, 'resources', 'samples', 'global-conference.headroom.json'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'headroom-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return spawnSync(process.execPath, [bin, 'project', file], { cwd: root, encoding: 'utf8', timeout: 25_000 });
}

describe('bin/headroom.mjs with hostile plan files', () => {
  it('exits 2 with one short line for a file nested 100,000 levels deep', () => {
    const r = project('deep.headroom.json', sampleText.replace(/"schemaVersion":\s*\d+/, `"schemaVersion": ${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/schemaVersion\[0\].*: nested more than 64 levels deep/);
    expect(r.stderr).not.toMatch(/RangeError|at .*\.ts:\d+/);
    expect(r.stderr.length).toBeLessThan(600);
  });

  it('exits 2 without echoing a 1 MB string', () => {
    const r = project('long.headroom.json', sampleText.replace(/"schemaVersion":\s*\d+/, `"schemaVersion": "${'v'.repeat(1 << 20)}"`));
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('reads a file saved with a UTF-8 byte order mark', () => {
    const r = project('bom.headroom.json', `\uFEFF${sampleText}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Global conference (85K peak rps)');
  });
});
