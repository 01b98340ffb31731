import { describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';
import { projectPlan } from '../engine';
import { renderTfvarsFiles } from '../export/tfvars';
import { buildWorkbook } from '../export/xlsx/workbook';
import { buildTfvarsModel } from '../export/tfvars-model';
import { parsePlanDocument, type Plan } from '../model';
import { generateItems } from '../readiness/build-checklist';

/**
 * Pins every shipped sample's outputs byte for byte while the per-kind code moves into
 * the kind registry: the whole projection (every month's sizing and its explanation
 * steps, the findings), every tfvars file and the generated readiness checklist. A
 * difference here is a changed number, not a refactor. When another change means to
 * move an output, regenerate with `npx vitest run --project unit -u <this file>` in a
 * commit of its own that says why.
 */
const samples: Record<string, unknown> = {
  'global-conference': globalConference,
  'flash-sale': flashSale,
  'event-platform': eventPlatform,
  'ticketing-launch': ticketingLaunch,
};

function samplePlan(name: string): Plan {
  const parsed = parsePlanDocument(samples[name]);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.plan;
}

/** `now` fixed well before every sample's event, so nothing depends on the clock. */
const NOW = new Date('2026-01-15T12:00:00Z');

describe.each(Object.keys(samples))('sample %s', (name) => {
  const plan = samplePlan(name);
  const projection = projectPlan(plan);
  it('projects exactly as before', async () => {
    await expect(`${JSON.stringify(projection, null, 1)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.projection.json`);
  });
  it('writes exactly the same tfvars files', async () => {
    const files = renderTfvarsFiles(buildTfvarsModel(plan, projection));
    const text = files.map((f) => `=== ${f.name}\n${f.content}`).join('\n');
    await expect(text).toMatchFileSnapshot(`__snapshots__/${name}.tfvars.txt`);
  });
  it('writes exactly the same XLSX cells (values, formulas and cached results)', async () => {
    const wb = buildWorkbook({ plan, projection, chartPng: new Uint8Array(), now: NOW });
    const lines: string[] = [];
    wb.eachSheet((ws) => {
      lines.push(`=== ${ws.name}`);
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          lines.push(`${r}:${c} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`);
        });
      });
    });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/${name}.xlsx.txt`);
  });
  it('generates exactly the same readiness checklist', async () => {
    const items = generateItems(plan, projection, { now: NOW });
    await expect(`${JSON.stringify(items, null, 1)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.readiness.json`);
  });
});
