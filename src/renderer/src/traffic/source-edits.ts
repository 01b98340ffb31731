import type { Growth, NodeOfKind, Plan } from '../../../shared/model/plan';
import type { TrafficHistorySummary } from '../../../shared/model/traffic-history';
import { baselineFromSummary, fitGrowth, GrowthFitError, type BaselineStatistic, type GrowthFit, type GrowthMethod } from '../../../shared/traffic';

/**
 * Plan edits of the Traffic screen, as pure functions over the plan document: the
 * screen calls `useEditor.getState().edit(plan => …)` with these, so each is one undo step.
 */
export type SourceNode = NodeOfKind<'trafficSource'>;
export type SourceParams = SourceNode['params'];

/** How a source grows: the plan's curve, a typed rate, or a rate fitted from its history. */
export type GrowthChoice = 'plan' | 'typed-compound' | 'typed-linear' | 'fitted-compound' | 'fitted-linear';

/** The plan schema's bounds on a monthly rate. */
const MIN_RATE = -0.99;
const MAX_RATE = 10;

export function sourcesOf(plan: Plan): SourceNode[] {
  return plan.nodes.filter((n): n is SourceNode => n.kind === 'trafficSource');
}

export function growthChoiceOf(params: SourceParams): GrowthChoice {
  const g = params.growth;
  if (g === undefined) return 'plan';
  return `${g.source}-${g.method}`;
}

/** The fit a source's history gives for a method, or the reason it cannot be fitted. */
export function fitOf(summary: TrafficHistorySummary | undefined, method: GrowthMethod): { fit: GrowthFit } | { error: string } | null {
  if (summary === undefined) return null;
  try {
    return { fit: fitGrowth(summary.dailyPeaks, method) };
  } catch (error) {
    if (error instanceof GrowthFitError) return { error: error.message };
    throw error;
  }
}

function clampRate(rate: number): number {
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

function editSource(plan: Plan, nodeId: string, change: (params: SourceParams) => SourceParams): Plan {
  let changed = false;
  const nodes = plan.nodes.map((node) => {
    if (node.id !== nodeId || node.kind !== 'trafficSource') return node;
    const params = change(node.params);
    if (params === node.params) return node;
    changed = true;
    return { ...node, params };
  });
  return changed ? { ...plan, nodes } : plan;
}

/** Growth for a choice; `typedRate` is kept when switching between typed methods. */
function growthFor(choice: GrowthChoice, params: SourceParams, typedRate: number): Growth | undefined | null {
  if (choice === 'plan') return undefined;
  const [source, method] = choice.split('-') as ['typed' | 'fitted', GrowthMethod];
  if (source === 'typed') return { method, monthlyRate: clampRate(typedRate), source };
  const fitted = fitOf(params.historySummary, method);
  if (fitted === null || 'error' in fitted) return null; // cannot fit: leave growth as it is
  return { method, monthlyRate: clampRate(fitted.fit.monthlyRate), source };
}

export function setGrowth(plan: Plan, nodeId: string, choice: GrowthChoice, typedRate: number): Plan {
  return editSource(plan, nodeId, (params) => {
    const growth = growthFor(choice, params, typedRate);
    if (growth === null) return params;
    const { growth: _old, ...rest } = params;
    return growth === undefined ? rest : { ...rest, growth };
  });
}

/** Baseline statistic and window; with history, baselineRps follows them. */
export function setBaseline(plan: Plan, nodeId: string, statistic: BaselineStatistic, windowDays: number): Plan {
  return editSource(plan, nodeId, (params) => {
    const next = { ...params, baselineStatistic: statistic, baselineWindowDays: windowDays };
    if (params.historySummary !== undefined) next.baselineRps = baselineFromSummary(params.historySummary, statistic, windowDays);
    return next;
  });
}

/**
 * A new history for a source: the summary goes into the plan, the baseline is derived
 * from it, and a fitted growth is refitted on it (a typed one is the user's and stays).
 */
export function applyHistory(plan: Plan, nodeId: string, summary: TrafficHistorySummary): Plan {
  return editSource(plan, nodeId, (params) => {
    const next: SourceParams = { ...params, historySummary: summary, baselineRps: baselineFromSummary(summary, params.baselineStatistic, params.baselineWindowDays) };
    if (params.growth?.source === 'fitted') {
      const growth = growthFor(growthChoiceOf(params), next, 0);
      if (growth) next.growth = growth;
    }
    return next;
  });
}
