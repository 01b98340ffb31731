import { formatNumber } from '../../engine/format';
import type { NodeProjection, Projection } from '../../engine/types';
import { gridSize, renderChartGrid, type ChartPanel, type Deflate, type GridOptions } from './png';

/**
 * The Capacity sheet's picture: one small chart per sized tier, its need month by month
 * against today's count, the event month dashed and the event peak's need as a red dot.
 * Every number is the engine's (series.required, current, atEvent.required). One picture
 * for all tiers: small multiples read side by side, and a sheet holds one drawing.
 */

export const TIER_CHART_LAYOUT = { columns: 3, panelWidth: 360, panelHeight: 210 } as const;
/** More panels than this make a picture nobody reads; the table below has every tier. */
export const MAX_TIER_CHARTS = 24;

const TODAY = 2;
const REQUIRED = 3;
const EVENT = 4;

function sizedTiers(projection: Projection): NodeProjection[] {
  return projection.nodes.filter((n) => n.unit !== null);
}

export interface TierChartsPlan {
  /** Tiers drawn, in the Capacity table's order. */
  tiers: NodeProjection[];
  total: number;
  width: number;
  height: number;
  caption: string;
}

/** Which tiers the picture holds and how large it is, without drawing it (the preview reserves the space only). */
export function planTierCharts(projection: Projection): TierChartsPlan | null {
  const all = sizedTiers(projection);
  if (all.length === 0) return null;
  const tiers = all.slice(0, MAX_TIER_CHARTS);
  const { width, height } = gridSize(tiers.length, TIER_CHART_LAYOUT);
  const shown = tiers.length < all.length ? `the first ${tiers.length} of ${all.length} tiers, in the table's order` : `each tier`;
  return { tiers, total: all.length, width, height, caption: `Units per month, ${shown}` };
}

function panelOf(node: NodeProjection, projection: Projection): ChartPanel {
  const inView = projection.eventMonthIndex >= 0 && projection.eventMonthIndex < projection.months.length;
  return {
    series: [
      { values: projection.months.map(() => node.current), color: TODAY, width: 4 },
      { values: node.series.required, color: REQUIRED },
    ],
    options: {
      title: `${node.name} (${node.unit ?? ''})`,
      labels: projection.months,
      ...(inView
        ? { markIndex: projection.eventMonthIndex, markValue: node.atEvent.required, markLabel: `Event ${formatNumber(node.atEvent.required)}` }
        : {}),
    },
  };
}

/** The panels and the grid's options: what renderTierCharts encodes (the tests read the pixels). */
export function tierChartGrid(projection: Projection, plan: TierChartsPlan): { panels: ChartPanel[]; options: GridOptions } {
  return {
    panels: plan.tiers.map((n) => panelOf(n, projection)),
    options: {
      ...TIER_CHART_LAYOUT,
      legend: [
        { name: 'Today', color: TODAY },
        { name: 'Required', color: REQUIRED },
        { name: 'Event peak', color: EVENT },
      ],
      caption: plan.caption,
    },
  };
}

export function renderTierCharts(projection: Projection, deflate?: Deflate): { png: Uint8Array; plan: TierChartsPlan } | null {
  const plan = planTierCharts(projection);
  if (!plan) return null;
  const { panels, options } = tierChartGrid(projection, plan);
  return { png: renderChartGrid(panels, { ...options, ...(deflate ? { deflate } : {}) }), plan };
}
