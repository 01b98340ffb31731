import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real executable as a user runs it (bin/headroom.mjs → tsx → src/cli/run.ts), so the
// exit codes and the split between stdout and stderr are checked end to end.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'headroom.mjs');
const sample = path.join(root, 'resources', 'samples', 'global-conference.headroom.json');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function headroom(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 25_000 });
}

describe('bin/headroom.mjs project', () => {
  it('prints the projection of a sample plan as JSON and exits 0', () => {
    const r = headroom(['project', sample, '--json']);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { plan: string; months: string[] };
    expect(out.plan).toBe('Global conference (85K peak rps)');
    expect(out.months[0]).toBe('2026-12');
  });

  it('exits 2 with "path: message" on stderr for an invalid plan file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headroom-bin-'));
    dirs.push(dir);
    const file = path.join(dir, 'broken.headroom.json');
    const plan = JSON.parse(readFileSync(sample, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...plan, startMonth: 'soon' }));
    const r = headroom(['project', file, '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file} is not a valid plan`);
    expect(r.stderr).toContain('startMonth: expected a month as YYYY-MM');
  });
});

describe('bin/headroom.mjs readiness', () => {
  it('exits 3 for the sample three months out and 4 the day before, nothing done (a pipeline gate)', () => {
    const early = headroom(['readiness', sample, '--today', '2027-03-08', '--json']);
    expect(early.stderr).toBe('');
    expect(early.status).toBe(3);
    expect((JSON.parse(early.stdout) as { verdict: { state: string } }).verdict.state).toBe('at-risk');
    const late = headroom(['readiness', sample, '--today', '2027-06-07']);
    expect(late.status).toBe(4);
    expect(late.stdout).toContain('Verdict: NOT READY');
  });
});
