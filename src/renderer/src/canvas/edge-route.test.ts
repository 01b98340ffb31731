import { describe, expect, it } from 'vitest';
import type { Box } from './edge-label-spot';
import { detourLane, edgePath, pointOnEdge } from './edge-route';

const card = (x: number, y: number): Box => ({ x, y, width: 200, height: 94 });
const inside = (p: { x: number; y: number }, b: Box) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

describe('an edge routed around the cards in its way', () => {
  // The event platform's event-api → event-db: along a row, behind two cards.
  const source = { x: 440, y: 47 };
  const target = { x: 960, y: 47 };
  const between = [card(480, 0), card(720, 0)];

  it('keeps React Flow’s curve when nothing is in the way', () => {
    expect(detourLane(source, target, [])).toBeNull();
    expect(detourLane({ x: 200, y: 47 }, { x: 240, y: 200 }, [card(480, 0)])).toBeNull();
  });

  it('runs below (or above) the cards it would pass behind, on a lane clear of every card', () => {
    const lane = detourLane(source, target, between)!;
    expect(lane).not.toBeNull();
    expect(lane >= 94 + 20 || lane <= -20).toBe(true);
    for (let t = 0; t <= 1; t += 0.05) {
      const p = pointOnEdge(source, target, lane, t);
      for (const b of between) expect(inside(p, b), `t=${t.toFixed(2)} at ${JSON.stringify(p)}`).toBe(false);
    }
  });

  it('takes the nearer side, and goes past a card on the lane too', () => {
    // A card below the row at the lane's height: the lane goes above instead.
    const lane = detourLane(source, target, [...between, card(600, 130)])!;
    expect(lane).toBeLessThan(0);
  });

  it('draws its path from the source handle to the target handle through the lane', () => {
    const path = edgePath(source, target, 140);
    expect(path.startsWith('M440,47')).toBe(true);
    expect(path.endsWith('960,47')).toBe(true);
    expect(path).toContain('L920,140');
    expect(pointOnEdge(source, target, 140, 0.5)).toEqual({ x: 700, y: 140 });
  });
});
