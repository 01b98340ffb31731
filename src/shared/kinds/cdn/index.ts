import { limitedKind } from '../limited';

/** A CDN: passes on its misses, checked against the provider's edge request limit. */
export const cdn = limitedKind({
  kind: 'cdn',
  label: 'CDN',
  defaultName: 'cdn',
  limit: (node) => node.params.maxRps,
  limitFinding: { rule: 'cdn-limit', what: 'request limit', suggestion: 'Request a higher limit before the event.' },
  passOn: (node) => 1 - node.params.hitRatio,
});
