import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from '@cdktf/hcl2json';
import { buildTfvarsModel } from './tfvars-model';
import { renderTfvarsFiles } from './tfvars';
import { escapeTemplateForJson, findLiveTemplates, toWellFormed } from './hcl';
import { stages } from './stages';
import { hostileNames, makePlan, makeProjection } from './testing/fixtures';
import type { Plan, PlanInput } from '../model';

/**
 * The hand-off parsed by HashiCorp's own HCL parser (Go, as WebAssembly). hcl2json prints
 * a literal `${` back in its escaped form and HCL normalizes string literals to NFC, so a
 * parsed string is compared with `escaped(nfc(original))`.
 */
function parsedForm(text: string): string {
  return escapeTemplateForJson(toWellFormed(text).normalize('NFC'));
}

function hostilePlan(names: readonly string[], extra: Record<string, string> = {}): Plan {
  const nodes: PlanInput['nodes'] = names.map((name, i) => ({
    id: `n${i}`,
    kind: (['service', 'database', 'cache', 'workerPool', 'loadBalancer'] as const)[i % 5]!,
    name,
    params: { instanceType: name },
    tfvars: { extra: { note: name, ...extra } },
  }));
  return makePlan({ name: names[0] ?? 'plan', nodes });
}

async function parseAll(plan: Plan): Promise<void> {
  const projection = makeProjection(plan);
  const model = buildTfvarsModel(plan, projection);
  const files = renderTfvarsFiles(model);
  for (const file of files) {
    expect(findLiveTemplates(file.name, file.content), file.name).toEqual([]);
    if (file.name.startsWith('schedule.')) {
      const parsed = file.name.endsWith('.json') ? (JSON.parse(file.content) as Record<string, unknown>) : ((await parse(file.name, file.content)) as Record<string, unknown>);
      const expected = model.schedule.ok ? Object.fromEntries(model.schedule.tiers.map((t) => [t.variableName, t.actions.map((a) => ({ name: a.name, start_time: a.startTime, min_size: a.min, desired_capacity: a.desired, max_size: a.max }))])) : {};
      expect(parsed.autoscaling_schedule, file.name).toEqual(expected);
      continue;
    }
    if (file.name.endsWith('.json')) {
      const json = JSON.parse(file.content) as Record<string, Record<string, unknown>>;
      const stage = stages.find((s) => file.name.startsWith(s.fileStem))!;
      for (const node of model.nodes) {
        const row = node.values[stage.id];
        for (const [k, v] of Object.entries(row)) {
          expect(json[node.variableName]?.[k]).toEqual(typeof v === 'string' ? escapeTemplateForJson(toWellFormed(v)) : v);
        }
      }
      continue;
    }
    const parsed = (await parse(file.name, file.content)) as Record<string, unknown>;
    if (file.name === 'variables.tf') {
      const variables = parsed.variable as Record<string, { description: string; validation: unknown[] }[]>;
      expect(Object.keys(variables).sort()).toEqual([...model.nodes.map((n) => n.variableName), 'autoscaling_schedule'].sort());
      for (const node of model.nodes) {
        const [decl] = variables[node.variableName]!;
        expect(decl!.description).toBe(parsedForm(`${node.nodeName} (${node.kind}, node ${node.nodeId}): sizes in ${node.unitLabel}.`));
        expect(decl!.validation).toHaveLength(node.kind === 'service' || node.kind === 'workerPool' ? 2 : 1);
      }
      continue;
    }
    const stage = stages.find((s) => file.name.startsWith(s.fileStem))!;
    expect(Object.keys(parsed).sort()).toEqual(model.nodes.map((n) => n.variableName).sort());
    for (const node of model.nodes) {
      const row = node.values[stage.id];
      const expected = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? parsedForm(v) : v]));
      expect(parsed[node.variableName], `${file.name} ${node.variableName}`).toEqual(expected);
    }
  }
}

describe('tfvars through the real HCL parser', () => {
  it('parses every file and gives back the engine’s numbers', async () => {
    const plan = makePlan();
    const projection = makeProjection(plan);
    const files = renderTfvarsFiles(buildTfvarsModel(plan, projection));
    const t1d = (await parse('t-1d.tfvars', files.find((f) => f.name === '04-t-1d.tfvars')!.content)) as Record<string, Record<string, unknown>>;
    // Event needs 28, 6, 7 and 14: the api, db and mailer written as their max.
    const policy = { scaling_metric: 'ASGAverageCPUUtilization', scaling_target: 50, scale_out_cooldown: 60, scale_in_cooldown: 300, instance_warmup: 300, disable_scale_in: true };
    expect(t1d.api).toEqual({ instance_type: 'm6i.large', min_size: 10, desired_capacity: 10, max_size: 10, ...policy });
    expect(t1d.orders_db).toEqual({ instance_class: 'db.r6g.xlarge', read_replica_count: 5, max_read_replicas: 5 });
    expect(t1d.session_cache).toEqual({ node_type: 'cache.r6g.large', node_count: 7, replicas_per_node: 0 });
    expect(t1d.mailer).toEqual({ instance_type: '', min_workers: 8, worker_count: 8, max_workers: 8, ...policy });
    await parseAll(plan);
  });

  it('survives quotes, backslashes, newlines, templates, directives, leading digits and emoji', async () => {
    await parseAll(hostilePlan(hostileNames, { path: 'C:\\temp\\"x"\n${file("/etc/passwd")}' }));
  });

  it('fuzz: any node names and strings parse and never hold a live template', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom('$', '%', '{', '}', '"', '\\', '\n', '\r', 'a', ' ', '#', '=', '😀', 'e\u0301', '\u0000'), { maxLength: 30 }).map((a) => a.join('')),
    );
    const name = text.filter((s) => s.trim().length > 0 && s.trim().length <= 200);
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 6 }), text, async (names, extra) => {
        await parseAll(hostilePlan(names.map((n) => n.trim()), { extra_text: extra }));
      }),
      { numRuns: 60 },
    );
  });
});
