import { limitedKind } from '../limited';
import type { CdnDefinition } from './types';

/** A CDN: passes on its misses, checked against the provider's edge request limit. */
export const cdn: CdnDefinition = limitedKind({
  kind: 'cdn',
  label: 'CDN',
  defaultName: 'cdn',
  limit: (node) => node.params.maxRps,
  limitFinding: { rule: 'cdn-limit', what: 'request limit', suggestion: 'Request a higher limit before the event.' },
  itemLimit: 'request limit',
  passOn: (node) => 1 - node.params.hitRatio,
});
