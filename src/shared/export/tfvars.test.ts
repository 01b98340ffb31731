import { describe, expect, it } from 'vitest';
import { buildTfvarsModel } from './tfvars-model';
import { renderTfvars, renderTfvarsFiles, renderTfvarsJson, renderVariablesTf } from './tfvars';
import { findLiveTemplates } from './hcl';
import { makePlan, makeProjection } from './testing/fixtures';

const plan = makePlan();
// Engine numbers at the event: api 28 (max 10), db 6 (max 5), cache 7, workers 14 (max 8).
const projection = makeProjection(plan);
const model = buildTfvarsModel(plan, projection);

describe('renderTfvars', () => {
  it('writes one aligned object per sized node, terraform fmt style', () => {
    const text = renderTfvars(model, 't-1d');
    expect(text).toContain(
      [
        'api = {',
        '  instance_type      = "m6i.large"',
        '  min_size           = 10',
        '  desired_capacity   = 10',
        '  max_size           = 10',
        '  scaling_metric     = "ASGAverageCPUUtilization"',
        '  scaling_target     = 50',
        '  scale_out_cooldown = 60',
        '  scale_in_cooldown  = 300',
        '  instance_warmup    = 300',
        '  disable_scale_in   = true',
        '}',
      ].join('\n'),
    );
    expect(text).toContain(['orders_db = {', '  instance_class     = "db.r6g.xlarge"', '  read_replica_count = 5', '  max_read_replicas  = 5', '}'].join('\n'));
    expect(text).not.toMatch(/^web = /m);
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('says in a comment when a need is written as the max', () => {
    const text = renderTfvars(model, 't-1d');
    expect(text).toContain('# NOTE API: needs 28 instances at this stage; written as its max 10.');
    expect(renderTfvars(model, 'baseline')).not.toContain('# NOTE');
  });
  it('keeps databases at target from T-2w and compute at today until T-1w', () => {
    const json = JSON.parse(renderTfvarsJson(model, 't-2w')) as Record<string, Record<string, unknown>>;
    // The db needs 6 replicas, its max is 5.
    expect(json.orders_db?.read_replica_count).toBe(5);
    expect(json.session_cache?.node_count).toBe(7);
    expect(json.api?.desired_capacity).toBe(4);
  });
});

describe('renderVariablesTf', () => {
  it('declares an object type and a min <= desired <= max validation', () => {
    const text = renderVariablesTf(model);
    expect(text).toContain('variable "api" {\n  description = "API (service, node api): sizes in instances."\n  type        = object({');
    expect(text).toContain(
      '    condition     = floor(var.api.desired_capacity) == var.api.desired_capacity && var.api.min_size <= var.api.desired_capacity && var.api.desired_capacity <= var.api.max_size',
    );
    expect(text).toContain('0 <= var.session_cache.node_count');
  });
});

describe('extras and overrides', () => {
  const custom = makePlan({
    nodes: [
      { id: 'api', kind: 'service', name: 'API', tfvars: { variableName: 'checkout', extra: { 'team name': 'pay ${x}', spot: true, count: 3, min_size: 9 } } },
    ],
  });
  const m = buildTfvarsModel(custom, makeProjection(custom));
  it('uses the override and adds extras under identifier keys, never replacing a sized attribute', () => {
    const text = renderTfvars(m, 'baseline');
    expect(text).toMatch(/^checkout = \{$/m);
    expect(text).toContain('  team_name          = "pay $${x}"');
    expect(text).toContain('  spot               = true');
    expect(text).toContain('  count              = 3');
    expect(text).toContain('  min_size           = 2');
    expect(text).toContain('extra attribute "min_size" ignored');
  });
});

describe('renderTfvarsFiles', () => {
  it('writes variables.tf and two files per stage, or one stage when asked', () => {
    expect(renderTfvarsFiles(model).map((f) => f.name)).toEqual([
      'variables.tf',
      '01-baseline.tfvars', '01-baseline.tfvars.json',
      '02-t-2w.tfvars', '02-t-2w.tfvars.json',
      '03-t-1w.tfvars', '03-t-1w.tfvars.json',
      '04-t-1d.tfvars', '04-t-1d.tfvars.json',
      '05-after.tfvars', '05-after.tfvars.json',
      'schedule.tfvars', 'schedule.tfvars.json',
    ]);
    expect(renderTfvarsFiles(model, 't-1d').map((f) => f.name)).toEqual(['variables.tf', '04-t-1d.tfvars', '04-t-1d.tfvars.json']);
  });
  it('leaves no live template in any file', () => {
    for (const f of renderTfvarsFiles(model)) expect(findLiveTemplates(f.name, f.content)).toEqual([]);
  });
});
