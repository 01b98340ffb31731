import { formatNumber } from '../../../../shared/engine/format';
import type { TrafficHistorySummary } from '../../../../shared/model/traffic-history';
import type { GrowthFit } from '../../../../shared/traffic';
import { axisStyle, baseOption, type ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts-setup';

export interface HistoryChartInput {
  summary: TrafficHistorySummary;
  /** The fit shown as a dashed line, when the source's growth is fitted or one was computed. */
  fit: GrowthFit | null;
  /** The baseline the plan uses, drawn as a horizontal line. */
  baseline: { rps: number; label: string } | null;
}

/** Daily peaks over the history, the fitted trend, and the baseline the plan derives. */
export function historyOption(input: HistoryChartInput, theme: ChartTheme): ChartOption {
  const { summary, fit, baseline } = input;
  const rate = fit ? `${fit.method} fit: ${formatNumber(fit.monthlyRate * 100, 2)} %/month, R² ${fit.r2.toFixed(3)}` : '';
  return {
    ...baseOption(theme),
    legend: { top: 0, textStyle: { color: theme.text } },
    grid: { left: 64, right: 24, top: 32, bottom: 56 },
    xAxis: { type: 'time', ...axisStyle(theme), splitLine: { show: false } },
    yAxis: { type: 'value', ...axisStyle(theme), axisLabel: { color: theme.muted, formatter: (v: number) => formatNumber(v) } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    tooltip: { ...baseOption(theme).tooltip, valueFormatter: (v) => (typeof v === 'number' ? `${formatNumber(v, 1)} req/s` : String(v)) },
    series: [
      {
        name: 'Daily peak',
        type: 'line',
        showSymbol: false,
        sampling: 'lttb',
        color: theme.primary,
        lineStyle: { width: 1.2 },
        data: summary.dailyPeaks.map((d) => [d.date, d.peakRps]),
        markLine: baseline
          ? { symbol: 'none', silent: true, lineStyle: { color: theme.event, type: 'dotted' }, label: { formatter: baseline.label, color: theme.event, position: 'insideEndTop' }, data: [{ yAxis: baseline.rps }] }
          : undefined,
      },
      ...(fit
        ? [
            {
              name: rate,
              type: 'line' as const,
              showSymbol: false,
              color: theme.fitted,
              lineStyle: { width: 2, type: 'dashed' as const },
              data: fit.fittedLine.map((p) => [p.date, p.value]),
            },
          ]
        : []),
    ],
  };
}
