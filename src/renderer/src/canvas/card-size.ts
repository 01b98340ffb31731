import { kindOf } from '../../../shared/kinds';
import type { PlanNode } from '../../../shared/model/plan';

/** A card's width (app.css .hr-node). */
export const CARD_WIDTH = 200;

/**
 * A card's height, for placing edge labels clear of it: two lines (the name; load and
 * status), and a third, need vs today, for a kind sized in a unit (PlanNodeCard draws it
 * when the sizing has one). A queue's card was taken for three lines, though it draws two.
 */
export function cardHeight(node: PlanNode): number {
  return kindOf(node).unit === null ? 72 : 94;
}
