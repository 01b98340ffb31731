import type { Plan } from '../model/plan';

type Point = { x: number; y: number };
type Rect = Point & { width: number; height: number };

/** A node card's footprint in canvas units (app.css draws cards 200 px wide plus borders, about 80 high; a little spare). */
export const NODE_BOX = { width: 210, height: 96 } as const;
/** Room left between a new node and its neighbours. */
const GAP = 24;
/** The search grid and how far out it goes (in steps) before giving up on the view. */
const STEP = 40;
const RINGS = 60;

/** Does the rectangle at `origin` (of `size`) overlap a node card whose top-left is `node`? */
export function overlaps(origin: Point, node: Point, size: { width: number; height: number } = NODE_BOX): boolean {
  return origin.x < node.x + NODE_BOX.width && node.x < origin.x + size.width && origin.y < node.y + NODE_BOX.height && node.y < origin.y + size.height;
}

function inside(at: Point, view: Rect): boolean {
  return at.x >= view.x && at.y >= view.y && at.x + NODE_BOX.width <= view.x + view.width && at.y + NODE_BOX.height <= view.y + view.height;
}

function clearOf(at: Point, rects: readonly Rect[]): boolean {
  return rects.every((r) => !overlaps(r, at, r));
}

/**
 * Where a new node's top-left goes: at the centre of the view (or just right of the node it
 * is added beside), moved outward on a grid to the nearest spot that keeps GAP clear of every
 * card. Spots inside the view and outside `keepClear` (the minimap, the toolbar) come first;
 * if the view is full, the nearest free spot anywhere. Beside a node, the nearest free spot
 * wins even outside the view (the caller then widens the view).
 */
export function placeNewNode(plan: Plan, options: { view: Rect; besideNodeId?: string | undefined; keepClear?: readonly Rect[] }): Point {
  const { view } = options;
  const keepClear = options.keepClear ?? [];
  const beside = options.besideNodeId ? plan.nodes.find((n) => n.id === options.besideNodeId) : undefined;
  const start = beside
    ? { x: beside.position.x + NODE_BOX.width + GAP * 3, y: beside.position.y }
    : { x: Math.round(view.x + view.width / 2 - NODE_BOX.width / 2), y: Math.round(view.y + view.height / 2 - NODE_BOX.height / 2) };
  const padded = { width: NODE_BOX.width + 2 * GAP, height: NODE_BOX.height + 2 * GAP };
  const free = (at: Point) => plan.nodes.every((n) => !overlaps({ x: at.x - GAP, y: at.y - GAP }, n.position, padded));
  let fallback: Point | null = null;
  for (let ring = 0; ring <= RINGS; ring++) {
    for (const at of ringPoints(start, ring)) {
      if (!free(at)) continue;
      if (inside(at, view) && clearOf(at, keepClear)) return at;
      // Beside a node, its own row to the right comes before the view: the canvas widens to
      // show a card placed outside it, while a card moved off the row no longer reads as the
      // next hop (a zoomed-in view would otherwise push it diagonally above).
      if (beside && !inside(at, view)) return at;
      fallback ??= at;
    }
  }
  return fallback ?? { x: start.x, y: Math.max(0, ...plan.nodes.map((n) => n.position.y)) + NODE_BOX.height + GAP };
}

/** The grid points `ring` steps out from `start`, nearest first (the row itself before diagonals). */
function ringPoints(start: Point, ring: number): Point[] {
  if (ring === 0) return [start];
  const out: Point[] = [];
  for (let dx = -ring; dx <= ring; dx++) {
    for (let dy = -ring; dy <= ring; dy++) {
      if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
      out.push({ x: start.x + dx * STEP, y: start.y + dy * STEP });
    }
  }
  return out.sort((a, b) => dist(a, start) - dist(b, start) || Math.abs(a.y - start.y) - Math.abs(b.y - start.y) || b.x - a.x);
}

function dist(a: Point, b: Point): number {
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
}

/**
 * How far a pasted or duplicated copy of `nodes` moves from them: the nearest offset down and
 * to the right (40 units a step, the first being one step each way) at which no copied card
 * overlaps a card of the plan, the originals and earlier copies included. A copy that hides
 * what it was copied from looks like nothing happened.
 */
export function clearOffset(plan: Plan, nodes: readonly { position: Point }[]): Point {
  const clear = (offset: Point) =>
    nodes.every((node) => {
      const at = { x: node.position.x + offset.x, y: node.position.y + offset.y };
      return plan.nodes.every((n) => !overlaps({ x: at.x - GAP / 2, y: at.y - GAP / 2 }, n.position, { width: NODE_BOX.width + GAP, height: NODE_BOX.height + GAP }));
    });
  for (let ring = 1; ring <= RINGS; ring++) {
    // Down first (a column of copies reads as copies), then right, then both.
    const candidates: Point[] = [];
    for (let k = 0; k <= ring; k++) candidates.push({ x: STEP + k * STEP, y: STEP + ring * STEP }, { x: STEP + ring * STEP, y: STEP + k * STEP });
    candidates.unshift({ x: STEP, y: STEP * ring });
    const found = candidates.sort((a, b) => a.x * a.x + a.y * a.y - (b.x * b.x + b.y * b.y)).find(clear);
    if (found) return found;
  }
  return { x: STEP, y: STEP };
}
