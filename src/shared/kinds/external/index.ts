import { limitedKind } from '../limited';

/** A dependency outside the plan (a payment provider, an object store): checked against its rate limit. */
export const external = limitedKind({
  kind: 'external',
  label: 'External dependency',
  defaultName: 'external-api',
  limit: (node) => node.params.rateLimitRps,
  passOn: () => 1,
});
