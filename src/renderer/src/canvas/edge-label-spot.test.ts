import { describe, expect, it } from 'vitest';
import { bezierPoint, compactRate, labelSize, labelSpot, placeLabel, type Box } from './edge-label-spot';

const card = (x: number, y: number): Box => ({ x, y, width: 200, height: 90 });

describe('where an edge label sits', () => {
  it('at the middle of the curve when nothing is there', () => {
    expect(labelSpot({ x: 200, y: 45 }, { x: 600, y: 45 }, labelSize('1,979 rps'), [card(0, 0), card(600, 0)], [])).toBe(0.5);
  });

  it('off an unrelated card the line passes behind, still on its own line', () => {
    // A long edge along a row with a card in the middle of it (the flash sale's checkout → orders-db).
    const source = { x: 200, y: 45 };
    const target = { x: 1000, y: 45 };
    const middle = card(500, 0);
    const size = labelSize('×2 · 39,579 rps');
    const t = labelSpot(source, target, size, [card(0, 0), card(1000, 0)], [middle]);
    expect(t).not.toBe(0.5);
    const at = bezierPoint(source, target, t);
    const label = { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size };
    expect(label.x + label.width <= middle.x || label.x >= middle.x + middle.width, `label at ${JSON.stringify(label)}`).toBe(true);
  });

  it('never on the edge’s own cards when they are close together', () => {
    // Columns 250 apart, cards 200 wide: a 50-unit gap, a label wider than that would sit on both.
    const source = { x: 200, y: 45 };
    const target = { x: 250, y: 160 };
    const t = labelSpot(source, target, labelSize('534,318 rps'), [card(0, 0), card(250, 115)], []);
    const at = bezierPoint(source, target, t);
    expect(at.x).toBeGreaterThan(200);
    expect(at.x).toBeLessThan(250);
  });

  it('follows React Flow’s curve: the ends are the handles, the middle between them', () => {
    const s = { x: 0, y: 0 };
    const e = { x: 400, y: 100 };
    expect(bezierPoint(s, e, 0)).toEqual(s);
    expect(bezierPoint(s, e, 1)).toEqual(e);
    expect(bezierPoint(s, e, 0.5)).toEqual({ x: 200, y: 50 });
  });

  it('where no spot is clear, over the end of its own card rather than over an unrelated one', () => {
    // Two edges fanning out of one card through a 60-unit gap, the second card of the fan in the way.
    const source = { x: 200, y: 45 };
    const target = { x: 260, y: 400 };
    const size = labelSize('×0.1 · 1,979 rps');
    const unrelated = card(260, 120);
    const t = labelSpot(source, target, size, [card(0, 0), card(260, 355)], [unrelated]);
    const at = bezierPoint(source, target, t);
    const label = { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size };
    const onUnrelated = label.x < unrelated.x + unrelated.width && unrelated.x < label.x + label.width && label.y < unrelated.y + unrelated.height && unrelated.y < label.y + label.height;
    expect(onUnrelated, `label at ${JSON.stringify(label)}`).toBe(false);
  });
});

describe('which words an edge label keeps', () => {
  const own = [card(0, 0), card(260, 0)];
  it('all of them where they fit (a 400-unit gap)', () => {
    expect(placeLabel({ x: 200, y: 45 }, { x: 600, y: 45 }, ['×0.1 · 19,790 rps', '×0.1 · 19.8k', '×0.1'], [card(0, 0), card(600, 0)]).text).toBe('×0.1 · 19,790 rps');
  });

  it('the longest that covers no card in a narrow gap (60 units: the calls alone), never a cut number', () => {
    const placed = placeLabel({ x: 200, y: 45 }, { x: 260, y: 45 }, ['×0.1 · 19,790 rps', '×0.1 · 19.8k', '×0.1'], own);
    expect(placed.text).toBe('×0.1');
    const at = bezierPoint({ x: 200, y: 45 }, { x: 260, y: 45 }, placed.t);
    const size = labelSize(placed.text);
    expect(at.x - size.width / 2).toBeGreaterThanOrEqual(200);
    expect(at.x + size.width / 2).toBeLessThanOrEqual(260);
  });

  it('the shortest where none fits', () => {
    expect(placeLabel({ x: 200, y: 45 }, { x: 220, y: 45 }, ['282,708 rps', '283k'], [card(0, 0), card(220, 0)]).text).toBe('283k');
  });
});

describe('a rate in few characters', () => {
  it('keeps three significant digits with k or M, and small rates whole', () => {
    expect([837, 1_979, 19_790, 282_708, 1_130_831, 12_000, 999_999].map(compactRate)).toEqual(['837', '1.98k', '19.8k', '283k', '1.13M', '12k', '1M']);
  });
});
