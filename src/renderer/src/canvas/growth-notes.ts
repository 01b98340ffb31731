import { formatNumber } from '../../../shared/engine/format';
import { kindOf } from '../../../shared/kinds';
import type { Plan } from '../../../shared/model/plan';

/** A monthly growth rate as a person reads it: one decimal, its unit (0.0543 → "5.4 %/month"). */
export function growthText(monthlyRate: number): string {
  return `${formatNumber(monthlyRate * 100, 1).replace(/^-/, '−')} %/month`;
}

function ownGrowthSources(plan: Plan) {
  return plan.nodes.flatMap((node) => {
    const growth = kindOf(node).entryTraffic(node)?.growth;
    return growth ? [{ node, growth }] : [];
  });
}

function origin(source: 'typed' | 'fitted', whose: string): string {
  return source === 'fitted' ? `fitted from ${whose} history` : `typed on ${whose === 'its' ? 'the source' : 'this source'}`;
}

/**
 * Said beside the plan's growth field when some traffic sources carry their own growth
 * (fitted from imported history, or typed on the source): the rate typed there does not
 * move them. Null when every source follows the plan.
 */
export function planGrowthNote(plan: Plan): string | null {
  const own = ownGrowthSources(plan);
  if (own.length === 0) return null;
  const list = own.map(({ node, growth }) => `${node.name} (growth ${origin(growth.source, 'its')}: ${growthText(growth.monthlyRate)})`);
  return `Does not apply to ${list.join(', ')}.`;
}

/** Said on a traffic source with its own growth: its rate, where it came from, and that the plan's does not apply. */
export function sourceGrowthNote(plan: Plan, nodeId: string): string | null {
  const own = ownGrowthSources(plan).find((s) => s.node.id === nodeId);
  if (!own) return null;
  const { growth } = own;
  return `Growth ${growthText(growth.monthlyRate)} ${growth.method}, ${origin(growth.source, 'this source’s')}; the plan’s ${growthText(plan.growth.monthlyRate)} does not apply to it.`;
}
