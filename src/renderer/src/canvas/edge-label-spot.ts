/**
 * Where along its curve an edge's label sits. React Flow puts it at the middle, which on a
 * long edge is often behind an unrelated card (the line passes under it, the label with it)
 * or over the end of a card; a label read next to the wrong card is a wrong number. The
 * label goes instead to the point nearest the middle where it covers no card, so it stays
 * on its own line where that line can be seen.
 */

export type Point = { x: number; y: number };
export type Box = Point & { width: number; height: number };

const AIR = 3;

/** Tried in this order: the middle first, then outward, never right at a handle. */
const SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];

/** The offset of React Flow's bezier control points for a right-hand source and a left-hand target (its calculateControlOffset, curvature 0.25). */
function controlOffset(source: Point, target: Point): number {
  const distance = target.x - source.x;
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** The point at `t` (0 at the source, 1 at the target) on the curve React Flow draws between the two handles. */
export function bezierPoint(source: Point, target: Point, t: number): Point {
  const offset = controlOffset(source, target);
  const c1 = { x: source.x + offset, y: source.y };
  const c2 = { x: target.x - offset, y: target.y };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * source.x + b * c1.x + c * c2.x + d * target.x, y: a * source.y + b * c1.y + c * c2.y + d * target.y };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The spot along the curve (`t`) where a label of `size` covers least, and how much it covers (0: nothing). */
function bestSpot(pointAt: (t: number) => Point, size: { width: number; height: number }, own: readonly Box[], others: readonly Box[]): { t: number; covered: number } {
  let best = { t: 0.5, covered: Infinity };
  for (const t of SPOTS) {
    const at = pointAt(t);
    // A few units of air around the label, so that neighbours do not touch.
    const label = { x: at.x - size.width / 2 - AIR, y: at.y - size.height / 2 - AIR, width: size.width + 2 * AIR, height: size.height + 2 * AIR };
    const covered = own.reduce((sum, box) => sum + overlapArea(label, box), 0) + 3 * others.reduce((sum, box) => sum + overlapArea(label, box), 0);
    if (covered === 0) return { t, covered };
    if (covered < best.covered) best = { t, covered };
  }
  return best;
}

/**
 * The `t` at which a label of `size`, centred on the curve, covers none of `own` (the edge's
 * two cards) and `others` (every other card and label near it). Where every spot covers one,
 * the spot covering least, an unrelated card counting three times its own cards: a label
 * over the end of its own card still reads as that edge's; over another card, as the wrong one.
 */
export function labelSpot(source: Point, target: Point, size: { width: number; height: number }, own: readonly Box[], others: readonly Box[] = []): number {
  return bestSpot((t) => bezierPoint(source, target, t), size, own, others).t;
}

/**
 * Which of `texts` (longest first, each saying less) the label shows, and where. Labels are
 * drawn under the cards, so one that reaches under a card shows a cut number ("19,79" for
 * 19,790): the label keeps the most words that fit clear of every card and label, and where
 * none fits, the shortest at its least covered spot. The full text stays in its tooltip.
 * `pointAt`: where the edge is at `t` (React Flow's curve, or a detour's lane: edge-route.ts).
 */
export function placeLabel(
  source: Point,
  target: Point,
  texts: readonly string[],
  own: readonly Box[],
  others: readonly Box[] = [],
  pointAt: (t: number) => Point = (t) => bezierPoint(source, target, t),
): { text: string; t: number } {
  let fallback = { text: texts.at(-1) ?? '', t: 0.5 };
  for (const [k, text] of texts.entries()) {
    const spot = bestSpot(pointAt, labelSize(text), own, others);
    if (spot.covered === 0) return { text, t: spot.t };
    if (k === texts.length - 1) fallback = { text, t: spot.t };
  }
  return fallback;
}

/** A rate in at most four characters and a suffix: three significant digits with k or M (19,790 → 19.8k). */
export function compactRate(value: number): string {
  const rounded = Number(value.toPrecision(3));
  if (rounded < 1000) return String(rounded);
  const [scale, suffix] = rounded < 1e6 ? [1e3, 'k'] : rounded < 1e9 ? [1e6, 'M'] : [1e9, 'G'];
  return `${Number((rounded / scale).toPrecision(3))}${suffix}`;
}

/** A label's size on the canvas, from its text (12 px type, app.css, plus its padding and border). */
export function labelSize(text: string): { width: number; height: number } {
  return { width: text.length * 7.2 + 10, height: 18 };
}
