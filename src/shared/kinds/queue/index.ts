import { limitedKind } from '../limited';
import type { QueueDefinition } from './types';

/** A queue: passes on every message to its workers, checked against its message rate limit. */
export const queue: QueueDefinition = limitedKind({
  kind: 'queue',
  label: 'Queue',
  defaultName: 'queue',
  limit: (node) => node.params.maxMessagesPerSecond,
  limitFinding: { rule: 'queue-limit', what: 'message rate limit', suggestion: 'Request a higher limit before the event.' },
  itemLimit: 'throughput limit',
  passOn: () => 1,
  backlogAtStart: (node) => node.params.initialBacklog,
});
