import { GrowthSchema, type Growth, type Plan, type Surge } from '../../../shared/model/plan';
import { isEntryNode, type EntryNode } from '../kinds/entry-nodes';
import { fieldMessage } from '../canvas/field-message';
import type { HistoryWindow, TrafficHistorySummary } from '../../../shared/model/traffic-history';
import { analyzeHistory, selectWindow, settingsOfSource, type BaselineStatistic, type GrowthMethod, type HistoryAnalysis, type SurgeFound } from '../../../shared/traffic';

/**
 * Plan edits of the Traffic screen, as pure functions over the plan document: the
 * screen calls `useEditor.getState().edit(plan => …)` with these, so each is one undo step.
 * Every derived number (baseline, fitted rate) comes from the shared `analyzeHistory`.
 */
export type SourceNode = EntryNode;
export type SourceParams = SourceNode['params'];

/** How a source grows: the plan's curve, a typed rate, or a rate fitted from its history. */
export type GrowthChoice = 'plan' | 'typed-compound' | 'typed-linear' | 'fitted-compound' | 'fitted-linear';

/** The plan schema's bounds on a monthly rate. */
const MIN_RATE = -0.99;
const MAX_RATE = 10;

export function sourcesOf(plan: Plan): SourceNode[] {
  return plan.nodes.filter(isEntryNode);
}

export function growthChoiceOf(params: SourceParams): GrowthChoice {
  const g = params.growth;
  if (g === undefined) return 'plan';
  return `${g.source}-${g.method}`;
}

/**
 * Forecasts already computed, per history (the plan's daily-peaks array: edits that leave
 * the history alone keep it) and settings. Ten years of days take a few hundred ms to fit,
 * and the view, the panel and each edit ask for the same one.
 */
const computed = new WeakMap<readonly unknown[], Map<string, HistoryAnalysis>>();

/** The forecast of a source's history with its settings (and a growth method to fit), or null without history. */
export function analysisOf(params: SourceParams, method?: GrowthMethod): HistoryAnalysis | null {
  const summary: TrafficHistorySummary | undefined = params.historySummary;
  if (summary === undefined) return null;
  const settings = settingsOfSource(params, method);
  const key = JSON.stringify(settings);
  let byKey = computed.get(summary.dailyPeaks);
  if (byKey === undefined) {
    byKey = new Map();
    computed.set(summary.dailyPeaks, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const analysis = analyzeHistory(summary.dailyPeaks, settings);
  if (byKey.size > 32) byKey.clear();
  byKey.set(key, analysis);
  return analysis;
}

function clampRate(rate: number): number {
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

function editSource(plan: Plan, nodeId: string, change: (params: SourceParams) => SourceParams): Plan {
  let changed = false;
  const nodes = plan.nodes.map((node) => {
    if (node.id !== nodeId || !isEntryNode(node)) return node;
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
  const analysis = analysisOf(params, method);
  if (analysis === null || !('fit' in analysis.growth)) return null; // cannot fit: leave growth as it is
  return { method, monthlyRate: clampRate(analysis.growth.fit.monthlyRate), source };
}

/** After a change of history or settings: the baseline and a fitted growth follow the history. */
function rederive(params: SourceParams): SourceParams {
  const analysis = analysisOf(params);
  // A window without days has no baseline: keep the one the plan had rather than write 0.
  if (analysis === null || analysis.baseline.daysUsed === 0) return params;
  const next: SourceParams = { ...params, baselineRps: analysis.baseline.rps };
  if (params.growth?.source === 'fitted') {
    const growth = growthFor(growthChoiceOf(params), next, 0);
    if (growth) next.growth = growth;
  }
  return next;
}

/** Why a rate typed on a source cannot be its growth, in the field's words (the schema's bound); null when it can. */
export function typedRateProblem(rate: number): string | null {
  const checked = GrowthSchema.shape.monthlyRate.safeParse(rate);
  return checked.success ? null : fieldMessage(checked.error.issues[0]!, { label: 'Monthly rate', kind: 'percent', unit: '% a month' });
}

export function setGrowth(plan: Plan, nodeId: string, choice: GrowthChoice, typedRate: number): Plan {
  return editSource(plan, nodeId, (params) => {
    const growth = growthFor(choice, params, typedRate);
    if (growth === null) return params;
    const { growth: _old, ...rest } = params;
    return growth === undefined ? rest : { ...rest, growth };
  });
}

/** Baseline statistic and the days it is taken over; with history, baselineRps follows them. */
export function setBaseline(plan: Plan, nodeId: string, statistic: BaselineStatistic, windowDays: number): Plan {
  return editSource(plan, nodeId, (params) => rederive({ ...params, baselineStatistic: statistic, baselineWindowDays: windowDays }));
}

/** The part of the history the fit and the baseline use (undefined = all of it). */
export function setHistoryWindow(plan: Plan, nodeId: string, window: HistoryWindow | undefined): Plan {
  return editSource(plan, nodeId, (params) => {
    const { historyWindow: _old, ...rest } = params;
    return rederive(window === undefined || window.kind === 'all' ? rest : { ...rest, historyWindow: window });
  });
}

/** Count surge days in the baseline statistic, or leave them out (the default). */
export function setIncludeSurges(plan: Plan, nodeId: string, include: boolean): Plan {
  return editSource(plan, nodeId, (params) => {
    const { includeSurgesInBaseline: _old, ...rest } = params;
    return rederive(include ? { ...rest, includeSurgesInBaseline: true } : rest);
  });
}

/**
 * A past surge becomes the plan's event surge, in the form the user picked: "×3.46" as a
 * multiplier (2 decimals), or "+246 %" as a percentage increase (whole percent); the
 * source remembers which surge it was so the chart can mark it.
 */
export function adoptSurge(plan: Plan, nodeId: string, surge: SurgeFound, mode: Surge['mode']): Plan {
  const value = mode === 'multiplier' ? Math.round(surge.multiplier * 100) / 100 : Math.round(surge.percentIncrease);
  const withSource = editSource(plan, nodeId, (params) => ({ ...params, adoptedSurge: { start: surge.start, end: surge.end, multiplier: surge.multiplier } }));
  return { ...withSource, event: { ...withSource.event, surge: { mode, value } } };
}

/**
 * Whether the plan's event surge is still the one adopted from this surge: the same days,
 * and the plan's value still what was adopted (a window change may measure it a little
 * differently now; editing the event surge by hand ends the link).
 */
export function isAdopted(plan: Plan, params: SourceParams, surge: Pick<SurgeFound, 'start' | 'end'>): boolean {
  const a = params.adoptedSurge;
  if (a === undefined || a.start !== surge.start || a.end !== surge.end) return false;
  const s = plan.event.surge;
  return s.mode === 'multiplier' ? s.value === Math.round(a.multiplier * 100) / 100 : s.value === Math.round((a.multiplier - 1) * 100);
}

/**
 * A new history for a source: the summary goes into the plan, the baseline is derived
 * from it, and a fitted growth is refitted on it (a typed one is the user's and stays).
 */
export function applyHistory(plan: Plan, nodeId: string, summary: TrafficHistorySummary): Plan {
  return editSource(plan, nodeId, (params) => {
    const { historyWindow, ...rest } = params;
    // A date range that holds none of the new history's days would leave nothing to fit.
    const keepWindow = historyWindow !== undefined && (historyWindow.kind !== 'range' || selectWindow(summary.dailyPeaks, historyWindow).length > 0);
    return rederive(keepWindow ? { ...rest, historyWindow, historySummary: summary } : { ...rest, historySummary: summary });
  });
}
