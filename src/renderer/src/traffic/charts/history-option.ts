import { formatNumber } from '../../../../shared/engine/format';
import type { AdoptedSurge, TrafficHistorySummary } from '../../../../shared/model/traffic-history';
import type { HistoryAnalysis } from '../../../../shared/traffic';
import { axisStyle, baseOption, type ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts-setup';

export interface HistoryChartInput {
  summary: TrafficHistorySummary;
  /** The forecast of the source's history: trend, band, days left out, surges, baseline window. */
  analysis: HistoryAnalysis | null;
  /** The baseline the plan uses, drawn as a horizontal line. */
  baseline: { rps: number; label: string } | null;
  /** The surge the plan's event surge was adopted from, labelled on the chart. */
  adopted: AdoptedSurge | null;
}

const MS_PER_DAY = 86_400_000;

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Daily peaks over the whole history; over the window, the fitted trend with the band days
 * are kept in (trend × weekday factor × e^(±cut-off)), the days left out marked, surges
 * shaded with their "+N %", and the baseline's days shaded.
 */
export function historyOption(input: HistoryChartInput, theme: ChartTheme): ChartOption {
  const { summary, analysis, baseline, adopted } = input;
  const fit = analysis && 'fit' in analysis.growth ? analysis.growth.fit : null;
  const points = fit?.points ?? [];
  const rate = fit ? `Trend: ${formatNumber(fit.monthlyRate * 100, 2)} %/month ${fit.method}, R² ${fit.r2.toFixed(3)}` : '';
  const surgeDays = points.filter((p) => p.leftOut === 'surge');
  const otherLeftOut = points.filter((p) => p.leftOut !== null && p.leftOut !== 'surge');
  const b = analysis?.baseline;
  return {
    ...baseOption(theme),
    legend: { top: 0, textStyle: { color: theme.text }, data: ['Daily peak', ...(fit ? [rate, 'Expected range', 'Surge day', 'Other day left out'] : [])] },
    grid: { left: 64, right: 24, top: 44, bottom: 56 },
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
        z: 3,
        data: summary.dailyPeaks.map((d) => [d.date, d.peakRps]),
        markLine: baseline
          ? { symbol: 'none', silent: true, lineStyle: { color: theme.event, type: 'dotted' }, label: { formatter: baseline.label, color: theme.event, position: 'insideEndTop' }, data: [{ yAxis: baseline.rps }] }
          : undefined,
        markArea:
          b && b.from !== ''
            ? { silent: true, itemStyle: { color: theme.grid, opacity: 0.6 }, label: { color: theme.muted, position: 'insideTop', fontSize: 10 }, data: [[{ xAxis: b.from, name: 'baseline days' }, { xAxis: dayAfter(b.to) }]] }
            : undefined,
      },
      ...(fit
        ? [
            {
              name: 'band-low',
              type: 'line' as const,
              showSymbol: false,
              silent: true,
              stack: 'band',
              lineStyle: { opacity: 0 },
              tooltip: { show: false },
              data: points.map((p) => [p.date, p.low]),
            },
            {
              name: 'Expected range',
              type: 'line' as const,
              showSymbol: false,
              silent: true,
              stack: 'band',
              color: theme.fitted,
              lineStyle: { opacity: 0 },
              areaStyle: { color: theme.fitted, opacity: 0.2 },
              tooltip: { show: false },
              data: points.map((p) => [p.date, p.high - p.low]),
            },
            {
              name: rate,
              type: 'line' as const,
              showSymbol: false,
              color: theme.fitted,
              lineStyle: { width: 2, type: 'dashed' as const },
              data: points.map((p) => [p.date, p.trend]),
            },
            {
              name: 'Surge day',
              type: 'scatter' as const,
              symbolSize: 8,
              color: theme.event,
              z: 4,
              data: surgeDays.map((p) => [p.date, p.peakRps]),
              markArea: {
                silent: true,
                itemStyle: { color: theme.event, opacity: 0.1 },
                label: { color: theme.event, position: 'insideTop' as const, fontWeight: 'bold' as const },
                data: (analysis?.surges ?? []).map((s): [{ xAxis: string; name: string }, { xAxis: string }] => {
                  const isAdopted = adopted !== null && adopted.start === s.start && adopted.end === s.end;
                  // Adopted: the value the plan took (a later window may measure the same days a little differently).
                  const shown = isAdopted ? `adopted: +${Math.round((adopted.multiplier - 1) * 100)} %` : `+${Math.round(s.percentIncrease)} %`;
                  return [{ xAxis: s.start, name: shown }, { xAxis: dayAfter(s.end) }];
                }),
              },
            },
            {
              name: 'Other day left out',
              type: 'scatter' as const,
              symbol: 'diamond',
              symbolSize: 8,
              color: theme.short,
              z: 4,
              data: otherLeftOut.map((p) => [p.date, p.peakRps]),
            },
          ]
        : []),
    ],
  };
}
