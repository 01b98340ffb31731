import { describe, expect, it } from 'vitest';
import { createNode } from '../../../shared/model/create-node';
import type { Plan } from '../../../shared/model/plan';
import { cardHeight, CARD_WIDTH } from './card-size';
import { toFlowEdges } from './flow-mapping';
import { pointOnEdge } from './edge-route';

describe('an edge detoured around the cards in its row', () => {
  it('runs on a lane clear of the cards of the next row too, not only of those between its ends', () => {
    // a → d along a row, b and c between them; a second row just below, its top 16 units under the first row's cards, and one as close above.
    const nodes = [
      createNode('service', 'a', 'a', { x: 0, y: 0 }),
      createNode('service', 'b', 'b', { x: 240, y: 0 }),
      createNode('service', 'c', 'c', { x: 480, y: 0 }),
      createNode('service', 'd', 'd', { x: 720, y: 0 }),
      createNode('service', 'e', 'e', { x: 360, y: 110 }),
      createNode('service', 'f', 'f', { x: 360, y: -110 }),
    ];
    const plan = { nodes, edges: [{ id: 'ad', source: 'a', target: 'd', callsPerRequest: 1, access: 'mixed' }] } as unknown as Plan;
    const [edge] = toFlowEdges(plan, null, new Set());
    const lane = edge!.data!.lane;
    expect(lane).not.toBeNull();
    const source = { x: CARD_WIDTH, y: cardHeight(nodes[0]!) / 2 };
    const target = { x: 720, y: cardHeight(nodes[3]!) / 2 };
    for (let t = 0; t <= 1; t += 0.02) {
      const p = pointOnEdge(source, target, lane!, t);
      for (const n of nodes) {
        const inside = p.x > n.position.x && p.x < n.position.x + CARD_WIDTH && p.y > n.position.y && p.y < n.position.y + cardHeight(n);
        expect(inside, `t=${t.toFixed(2)} at ${JSON.stringify(p)} behind ${n.id}`).toBe(false);
      }
    }
  });
});
