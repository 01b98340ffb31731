import fc from 'fast-check';
import { BASE_SCENARIO, GrowthOverrideSchema, HeadroomOverrideSchema, SurgeOverrideSchema } from '../model';
import { objectArb, toJson } from './random-plan';

/**
 * A random plan's scenarios (format 4): none, or up to three, each overriding some of the
 * growth, the surge (either form), the headroom policy and some nodes' params, drawn from
 * the override schemas; now and then an override of a node the plan does not have (a
 * deleted node), which the app reports as a finding. The active scenario is any of them.
 */
export type NodeParamsArb = { id: string; params: fc.Arbitrary<Record<string, unknown>> };

const scenarioNames = ['Stress', 'last year +250%', 'café 🛒 ×5', '=SUM(A1)', 'growth "stalls"'];

export function scenariosArb(nodes: readonly NodeParamsArb[]): fc.Arbitrary<{ scenarios: unknown[]; activeScenario?: string } | undefined> {
  const growth = toJson(GrowthOverrideSchema);
  const surge = toJson(SurgeOverrideSchema);
  const headroom = toJson(HeadroomOverrideSchema);
  const ghost: NodeParamsArb = { id: 'deleted-node', params: fc.constant({ currentInstances: 3 }) };
  const overrideTargets = [...nodes, ghost];
  const overridesArb = fc.record(
    {
      growth: objectArb(growth, new Set()),
      surge: objectArb(surge, new Set()),
      headroom: objectArb(headroom, new Set()),
      nodes: fc
        .subarray(overrideTargets, { maxLength: Math.min(3, overrideTargets.length) })
        .chain((targets): fc.Arbitrary<(readonly [string, Record<string, unknown>])[]> =>
          targets.length === 0 ? fc.constant([]) : fc.tuple(...targets.map((t) => t.params.map((p) => [t.id, p] as const))),
        )
        .map((entries) => Object.fromEntries(entries)),
    },
    { requiredKeys: [] },
  );
  return fc.option(
    fc
      .subarray(scenarioNames, { minLength: 1, maxLength: 3 })
      .chain((names) =>
        fc.tuple(
          fc.tuple(...names.map((name) => overridesArb.map((overrides) => ({ name, overrides })))),
          fc.option(fc.constantFrom(BASE_SCENARIO, ...names), { nil: undefined }),
        ),
      )
      .map(([scenarios, activeScenario]) => ({ scenarios, ...(activeScenario !== undefined ? { activeScenario } : {}) })),
    { nil: undefined, freq: 3 },
  );
}
