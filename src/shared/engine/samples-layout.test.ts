import { describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';

// The canvas draws a node 200 px wide and about 80 px tall; 20 px around each box keeps
// edges and labels readable, so boxes grown by that margin must not touch.
const WIDTH = 200;
const HEIGHT = 80;
const MARGIN = 20;

type Box = { id: string; x: number; y: number };

const samples: Record<string, { nodes: { id: string; position?: { x: number; y: number } }[] }> = {
  'global-conference': globalConference,
  'flash-sale': flashSale,
  'event-platform': eventPlatform,
  'ticketing-launch': ticketingLaunch,
};

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + WIDTH + MARGIN && b.x < a.x + WIDTH + MARGIN && a.y < b.y + HEIGHT + MARGIN && b.y < a.y + HEIGHT + MARGIN;
}

describe('sample layouts', () => {
  for (const [name, doc] of Object.entries(samples)) {
    it(`${name}: every node has a position and no two boxes overlap`, () => {
      const boxes: Box[] = doc.nodes.map((n) => {
        expect(n.position, `${n.id} has no position`).toBeDefined();
        return { id: n.id, x: n.position?.x ?? 0, y: n.position?.y ?? 0 };
      });
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlaps(boxes[i]!, boxes[j]!)) clashes.push(`${boxes[i]!.id} / ${boxes[j]!.id}`);
        }
      }
      expect(clashes).toEqual([]);
    });
  }

  it('detects an overlap (the check itself works)', () => {
    expect(overlaps({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 210, y: 0 })).toBe(true);
    expect(overlaps({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 260, y: 0 })).toBe(false);
    expect(overlaps({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 0, y: 90 })).toBe(true);
    expect(overlaps({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 0, y: 120 })).toBe(false);
  });
});
