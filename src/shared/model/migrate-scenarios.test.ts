import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { projectPlan } from '../engine/project';
import { migratePlanDocument, migrationSteps } from './migrate-plan';
import { parsePlanDocument, parsePlanText } from './parse-plan';
import { PLAN_SCHEMA_VERSION } from './plan';

/** The global-conference sample as format 3 wrote it: everything but scenarios. */
function format3(): Record<string, unknown> {
  const { scenarios: _s, activeScenario: _a, ...rest } = JSON.parse(JSON.stringify(globalConference)) as Record<string, unknown>;
  return { ...rest, schemaVersion: 3 };
}

describe('format 3 → 4: scenarios', () => {
  it('is the step after format 3, to the current format', () => {
    expect(PLAN_SCHEMA_VERSION).toBe(4);
    expect(migrationSteps.at(-1)!.from).toBe(3);
  });

  it('opens a format-3 plan as its base alone, every number unchanged', () => {
    const doc = format3();
    const parsed = parsePlanDocument(doc);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.plan.schemaVersion).toBe(4);
    expect(parsed.plan.scenarios).toEqual([]);
    expect(parsed.plan.activeScenario).toBe('Base');
    const current = parsePlanDocument(globalConference);
    if (!current.ok) throw new Error('sample');
    expect(JSON.stringify(projectPlan(parsed.plan))).toBe(JSON.stringify(projectPlan(current.plan)));
  });

  it('writes the scenarios down in the migrated document (what the old file meant), without touching the input', () => {
    const doc = format3();
    const before = JSON.stringify(doc);
    const r = migratePlanDocument(doc);
    expect(r.ok && r.document).toMatchObject({ schemaVersion: 4, scenarios: [], activeScenario: 'Base' });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('takes a format-1 file all the way to format 4 with no scenarios', () => {
    const v1 = readFileSync(new URL('./testing/global-conference.v1.headroom.json', import.meta.url), 'utf8');
    const parsed = parsePlanText(v1);
    expect(parsed.ok && [parsed.plan.schemaVersion, parsed.plan.scenarios, parsed.plan.activeScenario]).toEqual([4, [], 'Base']);
  });

  it('keeps scenarios a development build wrote into a format-3 file, and checks them', () => {
    const kept = parsePlanDocument({ ...format3(), scenarios: [{ name: 'Big', overrides: { surge: { mode: 'multiplier', value: 6 } } }], activeScenario: 'Big' });
    expect(kept.ok && kept.plan.scenarios.map((s) => s.name)).toEqual(['Big']);
    expect(kept.ok && kept.plan.activeScenario).toBe('Big');
    const bad = parsePlanDocument({ ...format3(), scenarios: [{ name: 'Big' }], activeScenario: 'Gone' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['activeScenario']);
  });

  it('refuses a format-5 plan as written by a newer Headroom', () => {
    const r = parsePlanDocument({ ...format3(), schemaVersion: 5 });
    expect(r.ok ? '' : r.problems[0]!.message).toContain('reads formats up to 4');
  });
});
