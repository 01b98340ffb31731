import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migratePlanDocument, migrationSteps } from './migrate-plan';
import { parsePlanDocument, parsePlanText } from './parse-plan';
import { PLAN_SCHEMA_VERSION, PlanSchema } from './plan';

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
    expect(plan.schemaVersion).toBe(2);
    expect(plan.event).toMatchObject({ ...(v1.event as object), startTime: '09:00' });
    expect(plan.slo).toEqual({ availability: 0.999, windowDays: 30, latency: [] });
    expect(plan.nodes.map((n) => n.params)).toEqual(
      (v1.nodes as { params: object }[]).map((n) => expect.objectContaining(n.params)),
    );
    expect(plan.edges).toEqual((v1.edges as object[]).map((e) => expect.objectContaining(e)));
    expect(plan.name).toBe(v1.name);
  });

  it('saves a migrated format-1 file as format 2, and that text reads back to the same plan', () => {
    const first = parsePlanText(v1Text);
    if (!first.ok) throw new Error('v1 sample did not parse');
    const saved = JSON.stringify(first.plan);
    expect(JSON.parse(saved)).toMatchObject({ schemaVersion: 2, event: { startTime: '09:00' }, slo: { availability: 0.999 } });
    const again = parsePlanText(saved);
    expect(again.ok && again.plan).toEqual(first.plan);
    // Format 2 passes the schema as it is: no migration step runs on it.
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
