import { formatNumber } from '../../../../shared/engine/format';
import type { Projection } from '../../../../shared/engine/types';
import { kindOf } from '../../../../shared/kinds';
import { axisStyle, baseOption, type ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts-setup';

/**
 * Entry load month by month up to the horizon (all sources, and the chosen one when the
 * plan has several), and the event's peak with its surge as a point above its month.
 */
export function projectionOption(projection: Projection, sourceId: string | null, theme: ChartTheme): ChartOption {
  const { months, eventMonthIndex, totals, surgeLabel } = projection;
  const source = sourceId ? projection.byId[sourceId] : undefined;
  const sources = projection.nodes.filter((n) => kindOf(n.kind).entryPoint).length;
  const eventInRange = eventMonthIndex >= 0 && eventMonthIndex < months.length;
  const eventMonth = months[eventMonthIndex] ?? '';
  const rps = (v: unknown) => (typeof v === 'number' ? `${formatNumber(v)} req/s` : String(v));
  return {
    ...baseOption(theme),
    legend: { top: 0, textStyle: { color: theme.text } },
    grid: { left: 64, right: 24, top: 36, bottom: 28 },
    tooltip: { ...baseOption(theme).tooltip, valueFormatter: rps },
    xAxis: { type: 'category', data: months, boundaryGap: false, ...axisStyle(theme), splitLine: { show: false } },
    // The top quarter is left free: the event peak is the highest point, and its label goes above it.
    yAxis: { type: 'value', boundaryGap: [0, '25%'], ...axisStyle(theme), axisLabel: { color: theme.muted, formatter: (v: number) => formatNumber(v) } },
    series: [
      {
        name: 'Entry load (all sources)',
        type: 'line',
        showSymbol: false,
        color: theme.primary,
        areaStyle: { opacity: 0.08 },
        data: totals.entryRps,
        markLine: eventInRange
          ? { symbol: 'none', silent: true, lineStyle: { color: theme.event, type: 'dashed' }, label: { formatter: `event ${eventMonth}`, color: theme.event, position: 'insideStartTop' }, data: [{ xAxis: eventMonth }] }
          : undefined,
      },
      ...(source?.series && sources > 1
        ? [{ name: `${source.name}`, type: 'line' as const, showSymbol: false, color: theme.ok, data: source.series.loadRps.slice(0, months.length) }]
        : []),
      {
        name: `Event peak (${surgeLabel})`,
        type: 'scatter',
        color: theme.event,
        symbolSize: 12,
        label: { show: true, position: 'top', color: theme.event, formatter: () => `${formatNumber(totals.entryRpsAtEvent)} req/s at the event` },
        data: eventInRange ? [[eventMonth, totals.entryRpsAtEvent]] : [],
      },
    ],
  };
}
