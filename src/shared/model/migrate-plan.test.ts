import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migratePlanDocument, migrationSteps } from './migrate-plan';
import { parsePlanDocument, parsePlanText } from './parse-plan';
import { PLAN_SCHEMA_VERSION, PlanSchema } from './plan';
import { deriveIdentifier, hasTerraformVariable } from './terraform-names';

/** The global-conference sample exactly as format 1 shipped it. */
const v1Text = readFileSync(new URL('./testing/global-conference.v1.headroom.json', import.meta.url), 'utf8');
const v1 = JSON.parse(v1Text) as Record<string, unknown>;

describe('migrating plan documents', () => {
  it('has one step for every format below the current one, in order', () => {
    expect(migrationSteps.map((s) => s.from)).toEqual(Array.from({ length: PLAN_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('opens a format-1 file with every field it had unchanged, and the event at the 09:00 and SLO format 1 assumed', () => {
    const parsed = parsePlanText(v1Text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = parsed.plan;
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan.event).toMatchObject({ ...(v1.event as object), startTime: '09:00' });
    expect(plan.slo).toEqual({ availability: 0.999, windowDays: 30, latency: [] });
    expect(plan.nodes.map((n) => n.params)).toEqual(
      (v1.nodes as { params: object }[]).map((n) => expect.objectContaining(n.params)),
    );
    expect(plan.edges).toEqual((v1.edges as object[]).map((e) => expect.objectContaining(e)));
    expect(plan.name).toBe(v1.name);
  });

  it('saves a migrated format-1 file in the current format, and that text reads back to the same plan', () => {
    const first = parsePlanText(v1Text);
    if (!first.ok) throw new Error('v1 sample did not parse');
    const saved = JSON.stringify(first.plan);
    expect(JSON.parse(saved)).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION, event: { startTime: '09:00' }, slo: { availability: 0.999 } });
    const again = parsePlanText(saved);
    expect(again.ok && again.plan).toEqual(first.plan);
    // The current format passes the schema as it is: no migration step runs on it.
    expect(PlanSchema.safeParse(JSON.parse(saved)).success).toBe(true);
  });

  it('keeps a start time or SLO a format-1 draft already carried instead of overwriting it', () => {
    const r = migratePlanDocument({ ...v1, event: { ...(v1.event as object), startTime: '18:30' }, slo: { availability: 0.995 } });
    expect(r.ok && r.document).toMatchObject({ event: { startTime: '18:30' }, slo: { availability: 0.995 } });
  });

  it('never changes the document it was given', () => {
    const before = JSON.stringify(v1);
    migratePlanDocument(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('leaves a malformed event for the schema to name, instead of throwing', () => {
    const r = parsePlanDocument({ ...v1, event: 'tomorrow' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('event');
  });

  it('says which format a document came from', () => {
    expect(migratePlanDocument(v1)).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(migratePlanDocument({ ...v1, schemaVersion: 2 })).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  it('refuses a schemaVersion that is not a whole number ≥ 1 and says where', () => {
    for (const bad of [0, -1, 1.5, '2', null]) {
      const r = migratePlanDocument({ ...v1, schemaVersion: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.path).toBe('schemaVersion');
    }
  });

  it('refuses a start time that is not HH:MM, saying what it expected', () => {
    for (const bad of ['9:00', '24:00', '18:60', '6pm']) {
      const r = parsePlanDocument({ ...v1, schemaVersion: 2, event: { ...(v1.event as object), startTime: bad } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'event.startTime', message: expect.stringContaining('HH:MM') });
    }
  });

  it('refuses an availability of 100% or more: it allows no failure to plan for', () => {
    const r = parsePlanDocument({ ...v1, slo: { availability: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('slo.availability');
  });
});

describe('format 2 → 3: Terraform variable names pinned on the nodes', () => {
  const v2 = (nodes: unknown[]) => ({ ...v1, schemaVersion: 2, event: { ...(v1.event as object), startTime: '09:00' }, nodes, edges: [] });
  const stored = (doc: Record<string, unknown>) =>
    Object.fromEntries((doc.nodes as { id: string; tfvars?: { variableName?: string } }[]).map((n) => [n.id, n.tfvars?.variableName]));

  it('stores on every sized node the name a format-2 export wrote: derived, deduplicated in id order, or its usable override', () => {
    const r = migratePlanDocument(
      v2([
        { id: 'b', kind: 'service', name: 'API' },
        { id: 'a', kind: 'service', name: 'api' },
        { id: 'db', kind: 'database', name: 'Orders DB', tfvars: { variableName: ' orders_pg ', extra: { team: 'core' } } },
        { id: 'c', kind: 'cache', name: 'Sessions', tfvars: { variableName: 'count' } },
        { id: 'w', kind: 'workerPool', name: 'orders_pg' },
        { id: 'u', kind: 'trafficSource', name: 'Users' },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(stored(r.document)).toEqual({ a: 'api', b: 'api_2', db: 'orders_pg', c: 'count_node', w: 'orders_pg_2', u: undefined });
    // Everything else on the node stays as it was.
    expect((r.document.nodes as { tfvars?: unknown }[])[2]!.tfvars).toEqual({ variableName: 'orders_pg', extra: { team: 'core' } });
  });

  it('opens the format-1 sample with the same variables a format-2 export derived from its node names', () => {
    const parsed = parsePlanText(v1Text);
    if (!parsed.ok) throw new Error('v1 sample did not parse');
    const sized = parsed.plan.nodes.filter((n) => hasTerraformVariable(n.kind));
    expect(sized.length).toBeGreaterThan(3);
    for (const node of sized) expect(node.tfvars?.variableName).toBe(deriveIdentifier(node.name));
    expect(parsed.plan.nodes.filter((n) => !hasTerraformVariable(n.kind)).every((n) => n.tfvars?.variableName === undefined)).toBe(true);
  });

  it('leaves malformed nodes for the schema to name, instead of throwing', () => {
    const r = parsePlanDocument(v2([null, 'x', { id: 'a', kind: 'service', name: 'A', tfvars: 'oops' }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('nodes[0]');
  });

  it('gives a current-format document written without names the derived names when it is opened', () => {
    const r = parsePlanDocument({ ...v2([{ id: 'a', kind: 'service', name: 'Checkout API' }, { id: 'b', kind: 'service', name: 'checkout-api' }]), schemaVersion: PLAN_SCHEMA_VERSION });
    expect(r.ok && r.plan.nodes.map((n) => n.tfvars?.variableName)).toEqual(['checkout_api', 'checkout_api_2']);
  });
});
