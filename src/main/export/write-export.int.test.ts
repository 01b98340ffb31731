import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { projectPlan } from '../../shared/engine';
import { reportPlan } from '../../shared/export/testing/report-plan';
import { ExportWriteError, writeExport } from './write-export';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-export-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

const plan = reportPlan();
const projection = projectPlan(plan);

describe('writeExport', () => {
  it('writes the workbook and every stage, and the tfvars parse', async () => {
    const dir = tempDir();
    const result = await writeExport({ plan, projection, xlsxPath: path.join(dir, 'report.xlsx'), tfvarsDir: path.join(dir, 'tf') });
    // The xlsx, variables.tf, five stages × (HCL + JSON) and the schedule (HCL + JSON).
    expect(result.written).toHaveLength(14);
    expect(result.written.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['schedule.tfvars', 'schedule.tfvars.json']));
    expect(readFileSync(path.join(dir, 'report.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const t1d = (await parse('t.tfvars', readFileSync(path.join(dir, 'tf', '04-t-1d.tfvars'), 'utf8'))) as Record<string, Record<string, unknown>>;
    expect(t1d.cmd_c_calc_a0?.desired_capacity).toBe(Math.min(projection.byId.search!.atEvent.required, 60));
    expect(readdirSync(path.join(dir, 'tf')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes one stage when asked', async () => {
    const dir = tempDir();
    await writeExport({ plan, projection, tfvarsDir: dir, stage: 't-1d' });
    expect(readdirSync(dir).sort()).toEqual(['04-t-1d.tfvars', '04-t-1d.tfvars.json', 'variables.tf']);
  });

  it('fails with a clear message and leaves nothing behind in a read-only folder', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: use a path through a file instead.
      const dir = tempDir();
      writeFileSync(path.join(dir, 'file'), 'x');
      await expect(writeExport({ plan, projection, xlsxPath: path.join(dir, 'file', 'r.xlsx') })).rejects.toThrow(/cannot write .*r\.xlsx: a part of the path is a file/);
      expect(readdirSync(dir)).toEqual(['file']);
      return;
    }
    const dir = tempDir();
    chmodSync(dir, 0o555);
    await expect(writeExport({ plan, projection, xlsxPath: path.join(dir, 'r.xlsx') })).rejects.toBeInstanceOf(ExportWriteError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the old files when a later file of the same export cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'report.xlsx'), 'old');
    writeFileSync(path.join(dir, 'blocker'), 'x');
    await expect(writeExport({ plan, projection, xlsxPath: path.join(dir, 'report.xlsx'), tfvarsDir: path.join(dir, 'blocker', 'tf') })).rejects.toThrow(/cannot create/);
    expect(readFileSync(path.join(dir, 'report.xlsx'), 'utf8')).toBe('old');
    expect(existsSync(path.join(dir, 'blocker', 'tf'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'report.xlsx']);
  });
});
