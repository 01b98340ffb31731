import { kindOf } from '../../../shared/kinds';
import type { Plan } from '../../../shared/model/plan';

/**
 * What the findings list says when the engine flags nothing. "Every tier has its headroom"
 * is only true of a plan that has tiers: an empty plan, or one with only traffic sources,
 * says what to add instead.
 */
export function emptyFindingsText(plan: Plan): string {
  if (plan.nodes.length === 0) return 'Nothing to check yet: add a traffic source from the palette, or start from a template.';
  if (plan.nodes.every((n) => kindOf(n).entryPoint)) return 'No tiers to size yet: add the services, databases and caches the traffic reaches, and connect them.';
  return 'No shortfalls: every tier has its headroom at the event peak.';
}
