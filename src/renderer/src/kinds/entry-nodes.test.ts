import { describe, expect, it } from 'vitest';
import { createNode } from '../../../shared/model/create-node';
import { nodeKinds } from '../../../shared/model/plan';
import { isEntryNode } from './entry-nodes';

describe('an entry node', () => {
  it('is a node of a kind whose params carry its own traffic, and of no other', () => {
    for (const kind of nodeKinds) {
      const node = createNode(kind, 'n', 'n');
      expect(isEntryNode(node), kind).toBe('baselineRps' in node.params);
    }
    expect(nodeKinds.filter((kind) => isEntryNode(createNode(kind, 'n', 'n')))).toEqual(['trafficSource']);
  });
});
