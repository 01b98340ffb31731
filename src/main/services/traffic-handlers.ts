import { ApiError, type ApiHandlers, type DayBlockWire } from '../../shared/api';
import type { DayBlock, TrafficRepository } from '../store/traffic-repository';

/**
 * The traffic history calls over the repository. Inputs arrive validated by the
 * contract (ids, bytes in whole Float64s, sizes, the summary's shape); the repository
 * checks the blocks' contents before anything is stored.
 */
export function createTrafficHandlers(traffic: TrafficRepository): ApiHandlers['traffic'] {
  return {
    begin: async ({ planId, sourceNodeId, fileName, format }) => ({ importId: traffic.stage({ planId, sourceNodeId, fileName, format }) }),
    append: async ({ importId, blocks }) => ({ stored: traffic.appendBlocks(importId, blocks.map(decodeBlock)) }),
    commit: async ({ importId, summary }) => traffic.commit(importId, summary),
    discard: async ({ importId }) => ({ discarded: traffic.discard(importId) }),
    history: async ({ planId, sourceNodeId }) => traffic.history(planId, sourceNodeId),
  };
}

function decodeBlock(block: DayBlockWire): DayBlock {
  if (block.t.byteLength === 0) throw new ApiError('invalid-input', `day ${block.day}: the block has no points`);
  return { day: block.day, t: block.t, v: block.v };
}
