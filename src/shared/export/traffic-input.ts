import { kindOf } from '../kinds';
import type { Plan } from '../model/plan';
import type { TrafficInput } from './xlsx/report-sheets';

/**
 * The daily peaks each traffic source's imported history kept in the plan, for the
 * report's Traffic sheet. Sources without history are left out (the sheet says so).
 */
export function trafficFromPlan(plan: Plan): TrafficInput[] {
  const out: TrafficInput[] = [];
  for (const node of plan.nodes) {
    const history = kindOf(node).entryTraffic(node)?.historySummary;
    if (!history) continue;
    out.push({ sourceName: node.name, dailyPeaks: history.dailyPeaks });
  }
  return out;
}
