import { bezierPoint, type Box, type Point } from './edge-label-spot';

/**
 * Edges that would pass behind cards. React Flow draws every edge as one curve between its
 * handles; an edge along a row (the event platform's event-api → event-db) then runs behind
 * the cards between them, and reads as those cards' own connection. Such an edge instead
 * leaves its source, bends into a lane above or below the cards in its way, and bends back
 * into its target: the lane is clear of every card, so the line and its label are seen.
 */

/** Room kept between a lane and any card: an 18-unit label centred on the lane, with air. */
const LANE_MARGIN = 22;
/** How far the bends reach into the gap beside each end card. */
const BEND = 40;
/** Points sampled along the curve to see whether it crosses a card. */
const SAMPLES = 24;

function hits(p: Point, box: Box): boolean {
  return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
}

/** A card in the lane's way at height `y`, between the bends. */
function blockerAt(y: number, left: number, right: number, boxes: readonly Box[]): Box | undefined {
  return boxes.find((b) => b.x < right && b.x + b.width > left && y > b.y - LANE_MARGIN && y < b.y + b.height + LANE_MARGIN);
}

/** From `start`, moving one way past each card in the way until the lane is clear. */
function clearLane(start: number, direction: 1 | -1, left: number, right: number, boxes: readonly Box[]): number {
  let y = start;
  // Each step passes at least one card; no more steps than cards.
  for (let k = 0; k <= boxes.length; k++) {
    const b = blockerAt(y, left, right, boxes);
    if (!b) return y;
    y = direction > 0 ? b.y + b.height + LANE_MARGIN : b.y - LANE_MARGIN;
  }
  return y;
}

/**
 * The height of the lane the edge detours through, or null where React Flow's curve crosses
 * none of `others` (the cards other than its two ends) or the edge runs right to left (the
 * curve loops back and no lane would help).
 */
export function detourLane(source: Point, target: Point, others: readonly Box[]): number | null {
  if (target.x - source.x < 4 * BEND) return null;
  const crossed = others.some((box) => {
    for (let k = 1; k < SAMPLES; k++) if (hits(bezierPoint(source, target, k / SAMPLES), box)) return true;
    return false;
  });
  if (!crossed) return null;
  const left = source.x + BEND;
  const right = target.x - BEND;
  const middle = (source.y + target.y) / 2;
  const below = clearLane(middle, 1, left, right, others);
  const above = clearLane(middle, -1, left, right, others);
  return Math.abs(below - middle) <= Math.abs(above - middle) ? below : above;
}

/** The SVG path: React Flow's curve, or the bends into and out of the lane. */
export function edgePath(source: Point, target: Point, lane: number): string {
  const a = source.x + BEND;
  const b = target.x - BEND;
  return `M${source.x},${source.y} C${source.x + BEND * 0.75},${source.y} ${source.x + BEND * 0.25},${lane} ${a},${lane} L${b},${lane} C${target.x - BEND * 0.25},${lane} ${target.x - BEND * 0.75},${target.y} ${target.x},${target.y}`;
}

/** The point at `t` on the edge: on React Flow's curve, or (detoured) along the lane between the bends. */
export function pointOnEdge(source: Point, target: Point, lane: number | null, t: number): Point {
  if (lane === null) return bezierPoint(source, target, t);
  return { x: source.x + BEND + t * (target.x - source.x - 2 * BEND), y: lane };
}
