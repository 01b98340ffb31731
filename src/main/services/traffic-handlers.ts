import { ApiError, type ApiHandlers, type DayBlockWire } from '../../shared/api';
import type { DayBlock, TrafficRepository } from '../store/traffic-repository';

/**
 * The traffic history calls over the repository. Inputs arrive validated by the
 * contract (ids, base64 alphabet, sizes, the summary's shape); this decodes the blocks
 * and the repository checks their contents before anything is stored.
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
  // Buffer.from silently skips characters it cannot decode; the contract's regex has
  // already refused those, and a length that is not whole Float64s is caught downstream.
  const t = Buffer.from(block.t, 'base64');
  const v = Buffer.from(block.v, 'base64');
  if (t.byteLength === 0) throw new ApiError('invalid-input', `day ${block.day}: the block has no points`);
  return { day: block.day, t, v };
}
