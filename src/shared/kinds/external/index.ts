import { limitedKind } from '../limited';

/** A dependency outside the plan (a payment provider, an object store): checked against its rate limit. */
export const external = limitedKind({
  kind: 'external',
  label: 'External dependency',
  defaultName: 'external-api',
  limit: (node) => node.params.rateLimitRps,
  limitFinding: { rule: 'external-rate-limit', what: 'rate limit', suggestion: 'Ask the provider for a higher limit before the event, or cache / batch the calls.' },
  passOn: () => 1,
});
