import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import type { CliIo } from '../io';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cliIo: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (path) => readFile(path, 'utf8'),
  };
  return { cliIo, out: () => out.join(''), err: () => err.join('') };
}

const FIX = 'src/shared/traffic/fixtures';

describe('headroom traffic', () => {
  it('summarizes a file: rows, range, interval, daily peaks', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/plain-header.csv`], t.cliIo)).toBe(0);
    expect(t.out()).toContain('rows         4');
    expect(t.out()).toContain('range        2026-11-22T14:00:00.000Z → 2026-11-22T14:03:00.000Z');
    expect(t.out()).toContain('interval     60 s (median step)');
    expect(t.out()).toMatch(/daily peaks {2}1 day \(UTC\): max 140/);
    expect(t.out()).toMatch(/growth {7}not fitted: .*at least 2 different days/);
  });

  it('prints JSON with the fitted growth and honours --count and --format', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/cloudwatch-console.csv`, '--json', '--count', '--format', 'cloudwatch'], t.cliIo)).toBe(0);
    const out = JSON.parse(t.out()) as { ok: boolean; summary: { rows: number; peak: number; format: string }; growth: { error?: string } };
    expect(out.ok).toBe(true);
    expect(out.summary).toMatchObject({ rows: 4, peak: 140, format: 'cloudwatch' });
    expect(out.growth.error).toMatch(/2 different days/);
  });

  it('exits 2 with the precise message on bad input', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/bad-negative.csv`], t.cliIo)).toBe(2);
    expect(t.err()).toBe('headroom traffic: bad-negative.csv line 3, column 2: expected a number ≥ 0 (requests cannot be negative), found "-3"\n');
  });

  it('exits 1 when the file cannot be read or an option is wrong', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/no-such-file.csv`], t.cliIo)).toBe(1);
    expect(t.err()).toMatch(/cannot read .*no-such-file.csv/);
    expect(await main(['traffic', `${FIX}/plain-header.csv`, '--unit', 'perDay'], io().cliIo)).toBe(1);
  });
});
