import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine';
import { parsePlanText } from '../../model';
import { buildWorkbook } from './workbook';

const sample = path.resolve(import.meta.dirname, '../../../../resources/samples/global-conference.headroom.json');

describe('the Capacity sheet’s cached values', () => {
  it('holds a database’s real base need (reads × (1 + buffer) / read capacity), not a placeholder', () => {
    const parsed = parsePlanText(readFileSync(sample, 'utf8'));
    if (!parsed.ok) throw new Error('sample invalid');
    const plan = parsed.plan;
    const projection = projectPlan(plan);
    const sheet = buildWorkbook({ plan, projection, chartPng: new Uint8Array() }).getWorksheet('Capacity')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const baseColumn = header.indexOf('Base need');
    const db = plan.nodes.find((n) => n.kind === 'database')!;
    if (db.kind !== 'database') throw new Error('no database');
    const detail = projection.byId[db.id]!.atEvent.detail;
    if (detail.kind !== 'database') throw new Error('not a database');
    const buffer = db.headroom?.buffer ?? plan.headroom.buffer;
    const expected = Math.ceil((detail.readRps * (1 + buffer)) / db.params.readCapacityPerReplica);
    let found: unknown;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value) === db.name) found = row.getCell(baseColumn).value;
    });
    expect(found).toMatchObject({ result: expected });
    expect(expected).toBeGreaterThan(0);
  });
});

describe('the Capacity sheet’s columns', () => {
  it('fit the longest kind name of the plan (ticketing-launch: serverlessFunction, kubernetesWorkload)', () => {
    const parsed = parsePlanText(readFileSync(path.resolve(import.meta.dirname, '../../../../resources/samples/ticketing-launch.headroom.json'), 'utf8'));
    if (!parsed.ok) throw new Error('sample invalid');
    const sheet = buildWorkbook({ plan: parsed.plan, projection: projectPlan(parsed.plan), chartPng: new Uint8Array() }).getWorksheet('Capacity')!;
    const longest = Math.max(...parsed.plan.nodes.map((n) => n.kind.length));
    expect(longest).toBe('kubernetesWorkload'.length);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(longest + 1);
  });
});
