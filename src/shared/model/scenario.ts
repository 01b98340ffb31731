import { z } from 'zod';

/**
 * Scenarios (plan format 4): named sets of overrides on the plan's assumptions. The plan
 * itself is the base scenario, named BASE_SCENARIO; a scenario names only what it changes,
 * so editing the topology (adding a node, an edge, renaming) edits every scenario at once.
 *
 * Overrides hold no defaults: a field left out is the base's value, never a default. (A
 * `.partial()` of a schema with defaults would fill them in and override everything.)
 */
export const BASE_SCENARIO = 'Base';

/** `shape` with every field optional and without its default. */
function optionalWithoutDefaults<T extends z.ZodRawShape>(shape: T) {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    out[key] = inner.optional();
  }
  return out as { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer I> ? I : T[K]> };
}

const finite = z.number().finite();

export const GrowthOverrideSchema = z.object({
  method: z.enum(['compound', 'linear']).optional(),
  monthlyRate: finite.min(-0.99).max(10).optional(),
});

export const SurgeOverrideSchema = z.object({
  /** Either form the plan supports: "4× normal" (multiplier 4) or "a 300% increase" (percentIncrease 300). */
  mode: z.enum(['multiplier', 'percentIncrease']),
  value: finite.min(0),
});

export const HeadroomOverrideSchema = z.object(
  optionalWithoutDefaults({
    targetUtilization: finite.gt(0).max(1),
    buffer: finite.min(0).max(10),
    nPlusK: z.number().int().min(0).max(100),
    zones: z.number().int().min(1).max(12),
    surviveZoneLoss: z.boolean(),
  }),
);

/**
 * A node's parameters this scenario changes, by parameter name. Checked against the node's
 * kind when the scenario is applied (scenarios/apply.ts): the plan file keeps an override
 * whose node was deleted, and the app reports it instead of dropping it.
 */
export const NodeParamsOverrideSchema = z.record(z.string().min(1).max(100), z.unknown());

export const ScenarioOverridesSchema = z.object({
  growth: GrowthOverrideSchema.optional(),
  surge: SurgeOverrideSchema.optional(),
  headroom: HeadroomOverrideSchema.optional(),
  /** By node id: the parameters to use instead of the node's own (a partial params object). */
  nodes: z.record(z.string().min(1).max(100), NodeParamsOverrideSchema).default({}),
});
export type ScenarioOverrides = z.infer<typeof ScenarioOverridesSchema>;

export const ScenarioSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'a scenario needs a name')
    .max(100)
    .refine((n) => n.toLowerCase() !== BASE_SCENARIO.toLowerCase(), `"${BASE_SCENARIO}" is the plan itself; name a scenario something else`),
  description: z.string().max(2_000).default(''),
  overrides: ScenarioOverridesSchema.prefault({}),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
