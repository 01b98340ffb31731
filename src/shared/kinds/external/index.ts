import { limitedKind } from '../limited';
import type { ExternalDefinition } from './types';

/** A dependency outside the plan (a payment provider, an object store): checked against its rate limit. */
export const external: ExternalDefinition = limitedKind({
  kind: 'external',
  label: 'External dependency',
  defaultName: 'external-api',
  limit: (node) => node.params.rateLimitRps,
  limitFinding: { rule: 'external-rate-limit', what: 'rate limit', suggestion: 'Ask the provider for a higher limit before the event, or cache / batch the calls.' },
  itemLimit: 'rate limit',
  passOn: () => 1,
});
