import { HeadroomPolicySchema, type HeadroomPolicy, type Plan } from '../model';
import { formatPercent } from './format';

/** The schema's default headroom policy: what applies where a plan leaves it out. */
export const POLICY_DEFAULTS: HeadroomPolicy = HeadroomPolicySchema.parse({});

/**
 * The plan's headroom policy in words, each figure marked "(default)" when it is the
 * schema's default, so a reader sees which numbers nobody chose: "target 60% (default),
 * buffer 20% (default), N+1 (default), 1 zone (default)". Shown beside the capacity
 * figures in the app, the CLI and the XLSX.
 */
export function describePolicy(plan: Plan): string {
  const h = plan.headroom;
  const mark = <K extends keyof HeadroomPolicy>(key: K, text: string) => (h[key] === POLICY_DEFAULTS[key] ? `${text} (default)` : text);
  const parts = [
    mark('targetUtilization', `target ${formatPercent(h.targetUtilization, 1)} (services, workers)`),
    mark('buffer', `buffer ${formatPercent(h.buffer, 1)}`),
    mark('nPlusK', `N+${h.nPlusK}`),
    mark('zones', `${h.zones} zone${h.zones === 1 ? '' : 's'}`),
  ];
  if (h.surviveZoneLoss) parts.push('survives a zone loss');
  const overrides = plan.nodes.filter((n) => n.headroom && Object.values(n.headroom).some((v) => v !== undefined)).length;
  return `Headroom policy: ${parts.join(', ')}${overrides > 0 ? `; ${overrides} node${overrides === 1 ? '' : 's'} override it` : ''}`;
}
