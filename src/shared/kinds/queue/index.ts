import { limitedKind } from '../limited';

/** A queue: passes on every message to its workers, checked against its message rate limit. */
export const queue = limitedKind({
  kind: 'queue',
  label: 'Queue',
  defaultName: 'queue',
  limit: (node) => node.params.maxMessagesPerSecond,
  passOn: () => 1,
  backlogAtStart: (node) => node.params.initialBacklog,
});
