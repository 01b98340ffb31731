import { describe, expect, it } from 'vitest';
import published from '../../../docs/plan.schema.json';

type Schema = { properties?: Record<string, Schema>; items?: Schema; required?: string[]; enum?: string[]; default?: unknown; additionalProperties?: unknown };

describe('docs/plan.schema.json describes scenarios', () => {
  const root = published as Schema;
  const scenario = root.properties!.scenarios!.items!;
  const overrides = scenario.properties!.overrides!;

  it('has named scenarios (name required) and the active one, defaulting to Base', () => {
    expect(scenario.required).toContain('name');
    expect(root.properties!.activeScenario!.default).toBe('Base');
    expect(root.properties!.scenarios!.default).toEqual([]);
  });

  it('has every override: growth (rate, method), the surge in either form, the headroom policy, node params by id', () => {
    expect(Object.keys(overrides.properties!.growth!.properties!)).toEqual(['method', 'monthlyRate']);
    expect(overrides.properties!.surge!.properties!.mode!.enum).toEqual(['multiplier', 'percentIncrease']);
    expect(overrides.properties!.surge!.required).toEqual(['mode', 'value']);
    expect(Object.keys(overrides.properties!.headroom!.properties!)).toEqual(['targetUtilization', 'buffer', 'nPlusK', 'zones', 'surviveZoneLoss']);
    expect(overrides.properties!.nodes!.additionalProperties).toBeTypeOf('object');
  });

  it('gives overrides no defaults (a default would override the base)', () => {
    for (const section of ['growth', 'headroom'] as const) {
      for (const [key, field] of Object.entries(overrides.properties![section]!.properties!)) expect(field.default, `${section}.${key}`).toBeUndefined();
    }
  });
});
