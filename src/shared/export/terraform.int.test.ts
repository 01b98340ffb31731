import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';
import { initModule, planWith, terraform, terraformSkipReason } from '../../test-support/terraform';
import { projectPlan } from '../engine';
import { parsePlanDocument, type Plan, type PlanInput } from '../model';
import { applyScenario } from '../scenarios/apply';
import { renderTfvarsFiles, type TextFile } from './tfvars';
import { buildTfvarsModel } from './tfvars-model';
import { hostileNames, makePlan } from './testing/fixtures';

/**
 * The hand-off checked by its real consumer: every stage file and the schedule, HCL and
 * JSON, of every sample and of a plan with hostile names passes `terraform plan` against
 * the exported variables.tf; and the validation blocks refuse a min above desired and a
 * desired above max.
 */

const samples: Record<string, unknown> = { 'global-conference': globalConference, 'flash-sale': flashSale, 'event-platform': eventPlatform, 'ticketing-launch': ticketingLaunch };

function samplePlan(name: string): Plan {
  const parsed = parsePlanDocument(samples[name]);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.plan;
}

function hostilePlan(): Plan {
  const kinds = ['service', 'database', 'cache', 'workerPool', 'loadBalancer'] as const;
  const nodes: PlanInput['nodes'] = [
    { id: 'web', kind: 'trafficSource', name: 'Web ${x}', params: { baselineRps: 1000 } },
    ...hostileNames.map((name, i) => ({ id: `n${i}`, kind: kinds[i % 5]!, name, params: { instanceType: name }, tfvars: { extra: { note: name } } })),
  ];
  const edges: PlanInput['edges'] = hostileNames.map((_, i) => ({ id: `e${i}`, source: 'web', target: `n${i}` }));
  return makePlan({ name: hostileNames[0] ?? 'plan', nodes, edges });
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'headroom-terraform-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function exportTo(name: string, plan: Plan): { out: string; module: string; files: TextFile[] } {
  const out = path.join(dir, name);
  mkdirSync(out, { recursive: true });
  const files = renderTfvarsFiles(buildTfvarsModel(plan, projectPlan(plan)));
  for (const f of files) writeFileSync(path.join(out, f.name), f.content);
  return { out, module: initModule(path.join(out, 'module'), path.join(out, 'variables.tf')), files };
}

/** A scenario's tfvars: the flash sale's stress case (5× surge, a zone lost), its header naming it. */
function stressPlan(): Plan {
  const applied = applyScenario(samplePlan('flash-sale'), 'Stress (+400%, lose a zone)');
  if (!applied.ok) throw new Error(applied.message);
  return applied.applied.plan;
}

const plans: [string, () => Plan][] = [...Object.keys(samples).map((n): [string, () => Plan] => [n, () => samplePlan(n)]), ['hostile-names', hostilePlan], ['flash-sale-stress-scenario', stressPlan]];

describe.skipIf(!terraform)(`exported tfvars through terraform plan${terraform ? '' : ` (skipped: ${terraformSkipReason})`}`, () => {
  it.each(plans)('%s: every stage file and the schedule, HCL and JSON, pass', (name, make) => {
    const { out, module, files } = exportTo(name, make());
    const varFiles = files.filter((f) => f.name !== 'variables.tf');
    expect(varFiles.map((f) => f.name)).toContain('schedule.tfvars.json');
    for (const f of varFiles) {
      // The schedule sets only its own variable: applied with the baseline stage file.
      const args = f.name.startsWith('schedule.') ? [path.join(out, '01-baseline.tfvars'), path.join(out, f.name)] : path.join(out, f.name);
      const result = planWith(module, args);
      expect(result.status, `${name} ${f.name}:\n${result.output}`).toBe(0);
    }
  }, 600_000);

  it('refuses a min above desired, a desired above max, and such a scheduled action', () => {
    const { out, module, files } = exportTo('refusals', samplePlan('global-conference'));
    const t1d = JSON.parse(files.find((f) => f.name === '04-t-1d.tfvars.json')!.content) as Record<string, Record<string, number | string>>;
    const app = t1d.platform_app!;
    const write = (file: string, value: unknown) => {
      writeFileSync(path.join(out, file), JSON.stringify(value));
      return path.join(out, file);
    };
    const minAbove = write('min-above.tfvars.json', { ...t1d, platform_app: { ...app, min_size: Number(app.desired_capacity) + 1 } });
    const desiredAbove = write('desired-above.tfvars.json', { ...t1d, platform_app: { ...app, desired_capacity: Number(app.max_size) + 1, min_size: 1 } });
    for (const file of [minAbove, desiredAbove]) {
      const result = planWith(module, file);
      expect(result.status, file).not.toBe(0);
      expect(result.output).toContain('Invalid value for variable');
      expect(result.output.replace(/\s+/g, ' ')).toContain('platform_app: desired_capacity must be a whole number with min_size <= desired_capacity <= max_size.');
    }
    const badCpu = write('bad-cpu.tfvars.json', { ...t1d, platform_app: { ...app, scaling_target: 150 } });
    const rCpu = planWith(module, badCpu);
    expect(rCpu.status).not.toBe(0);
    expect(rCpu.output.replace(/\s+/g, ' ')).toContain('positive scaling_target (CPU at most 100)');
    const schedule = JSON.parse(files.find((f) => f.name === 'schedule.tfvars.json')!.content) as { autoscaling_schedule: Record<string, Record<string, unknown>[]> };
    const first = schedule.autoscaling_schedule.platform_app![0]!;
    const badSchedule = write('bad-schedule.tfvars.json', { autoscaling_schedule: { platform_app: [{ ...first, min_size: Number(first.desired_capacity) + 1 }] } });
    const badTime = write('bad-time.tfvars.json', { autoscaling_schedule: { platform_app: [{ ...first, start_time: '2027-06-01 09:00' }] } });
    const r1 = planWith(module, [path.join(out, '01-baseline.tfvars'), badSchedule]);
    expect(r1.output.replace(/\s+/g, ' ')).toContain('min_size <= desired_capacity <= max_size');
    const r2 = planWith(module, [path.join(out, '01-baseline.tfvars'), badTime]);
    expect(r2.output.replace(/\s+/g, ' ')).toContain('start_time must be UTC RFC 3339');
    expect(r1.status).not.toBe(0);
    expect(r2.status).not.toBe(0);
  }, 300_000);

  it("refuses a node group's desired size above its max and provisioned concurrency above the reservation", () => {
    const { out, module, files } = exportTo('kind-refusals', samplePlan('ticketing-launch'));
    const t1d = JSON.parse(files.find((f) => f.name === '04-t-1d.tfvars.json')!.content) as Record<string, Record<string, number | string>>;
    const api = t1d.ticketing_api!;
    const fn = t1d.checkout_confirmation!;
    const write = (file: string, value: unknown) => {
      writeFileSync(path.join(out, file), JSON.stringify(value));
      return path.join(out, file);
    };
    const nodes = planWith(module, write('nodes-above.tfvars.json', { ...t1d, ticketing_api: { ...api, node_group_desired_size: Number(api.node_group_max_size) + 1 } }));
    expect(nodes.status).not.toBe(0);
    expect(nodes.output.replace(/\s+/g, ' ')).toContain('ticketing_api: node_group_desired_size must be a whole number with node_group_min_size <= node_group_desired_size <= node_group_max_size.');
    const provisioned = planWith(module, write('provisioned-above.tfvars.json', { ...t1d, checkout_confirmation: { ...fn, provisioned_concurrent_executions: Number(fn.reserved_concurrent_executions) + 1 } }));
    expect(provisioned.status).not.toBe(0);
    expect(provisioned.output.replace(/\s+/g, ' ')).toContain('checkout_confirmation: provisioned_concurrent_executions must be a whole number from 0 up to reserved_concurrent_executions');
  }, 300_000);
});
