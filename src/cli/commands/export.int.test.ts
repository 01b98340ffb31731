import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportPlan } from '../../shared/export/testing/report-plan';
import { nodeIo } from '../node-io';
import type { CliIo } from '../io';
import { run } from './export';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(planJson: string): { dir: string; planFile: string; io: CliIo; out: string[]; err: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-cli-export-'));
  dirs.push(dir);
  const planFile = path.join(dir, 'plan.headroom.json');
  writeFileSync(planFile, planJson);
  const out: string[] = [];
  const err: string[] = [];
  return { dir, planFile, out, err, io: { ...nodeIo, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) } };
}

describe('headroom export', () => {
  it('puts the checklist state the plan file carries into the Readiness sheet', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const checklist = { items: { 'std:t-4w:order-capacity': { status: 'done', owner: 'Ana', evidenceUrl: 'https://tickets.example.com/Q-7' } } };
    const s = setup(JSON.stringify({ ...reportPlan(), checklist }));
    expect(await run([s.planFile, '--xlsx', path.join(s.dir, 'r.xlsx')], s.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(s.dir, 'r.xlsx'));
    const rows: string[][] = [];
    wb.getWorksheet('Readiness')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const order = rows.find((r) => r[2] === 'Order additional capacity')!;
    expect(order.slice(4, 6)).toEqual(['Ana', 'done']);
    expect(order[8]).toBe('https://tickets.example.com/Q-7');
    expect(rows.some((r) => r[0]?.startsWith('Verdict: '))).toBe(true);
  });

  it('writes the workbook and one stage, and reports them as JSON', async () => {
    const s = setup(JSON.stringify(reportPlan()));
    const code = await run([s.planFile, '--xlsx', path.join(s.dir, 'r.xlsx'), '--tfvars', path.join(s.dir, 'tf'), '--stage', 't-1d', '--json'], s.io);
    expect(code).toBe(0);
    const report = JSON.parse(s.out.join('')) as { written: string[] };
    expect(report.written.map((f) => path.basename(f))).toEqual(['r.xlsx', 'variables.tf', '04-t-1d.tfvars', '04-t-1d.tfvars.json']);
    expect(readdirSync(path.join(s.dir, 'tf')).sort()).toEqual(['04-t-1d.tfvars', '04-t-1d.tfvars.json', 'variables.tf']);
  });

  it('writes every stage and the schedule (HCL and JSON) when no stage is given', async () => {
    const s = setup(JSON.stringify(reportPlan()));
    expect(await run([s.planFile, '--tfvars', path.join(s.dir, 'tf')], s.io)).toBe(0);
    const names = readdirSync(path.join(s.dir, 'tf'));
    expect(names).toContain('schedule.tfvars');
    expect(names).toContain('schedule.tfvars.json');
    expect(names).toHaveLength(13);
  });

  it('exits 2 with the problems for an invalid plan and writes nothing', async () => {
    const s = setup(JSON.stringify({ ...reportPlan(), startMonth: 'soon' }));
    expect(await run([s.planFile, '--tfvars', path.join(s.dir, 'tf')], s.io)).toBe(2);
    expect(s.err.join('')).toContain('startMonth');
    expect(readdirSync(s.dir)).toEqual(['plan.headroom.json']);
  });

  it('exits 1 with the message for an unwritable path, leaving no partial file', async () => {
    const s = setup(JSON.stringify(reportPlan()));
    writeFileSync(path.join(s.dir, 'afile'), 'x');
    expect(await run([s.planFile, '--xlsx', path.join(s.dir, 'afile', 'r.xlsx')], s.io)).toBe(1);
    expect(s.err.join('')).toMatch(/cannot write .*r\.xlsx/);
    expect(readFileSync(path.join(s.dir, 'afile'), 'utf8')).toBe('x');
    expect(readdirSync(s.dir).sort()).toEqual(['afile', 'plan.headroom.json']);
  });

  it('exports a plan of default nodes (a service and a worker pool of 2) without running out of memory', async () => {
    const plan = {
      schemaVersion: 1,
      name: 'new plan',
      startMonth: '2026-12',
      event: { startDate: '2027-03-10', surge: { mode: 'multiplier', value: 3 } },
      nodes: [
        { id: 'users', kind: 'trafficSource', name: 'users', params: {} },
        { id: 'api', kind: 'service', name: 'api', params: {} },
        { id: 'w', kind: 'workerPool', name: 'workers', params: { currentWorkers: 1 } },
      ],
      edges: [{ id: 'e1', source: 'users', target: 'api' }, { id: 'e2', source: 'api', target: 'w' }],
    };
    const s = setup(JSON.stringify(plan));
    expect(await run([s.planFile, '--xlsx', path.join(s.dir, 'r.xlsx'), '--tfvars', path.join(s.dir, 'tf')], s.io)).toBe(0);
    expect(readdirSync(path.join(s.dir, 'tf'))).toContain('05-after.tfvars');
  });

  it('refuses an unknown stage and a stage without --tfvars', async () => {
    const s = setup(JSON.stringify(reportPlan()));
    expect(await run([s.planFile, '--tfvars', s.dir, '--stage', 't-3w'], s.io)).toBe(1);
    expect(await run([s.planFile, '--xlsx', path.join(s.dir, 'r.xlsx'), '--stage', 't-1d'], s.io)).toBe(1);
    expect(s.err.join('')).toContain('--stage expects one of baseline, t-2w, t-1w, t-1d, after');
  });
});
