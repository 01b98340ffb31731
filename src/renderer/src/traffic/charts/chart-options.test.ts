import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../../../shared/engine';
import { fitGrowth, parseTrafficText } from '../../../../shared/traffic';
import { samplePlan } from '../test-plan.test-helper';
import { plainChartTheme } from './chart-theme';
import { historyOption } from './history-option';
import { projectionOption } from './projection-option';
import { eventBarsOption, sizedTiers, tierCapacityOption } from './tier-options';

const plan = samplePlan();
const projection = projectPlan(plan);

function seriesOf(option: unknown): { name?: string; data?: unknown[]; markArea?: { data: unknown[][] } }[] {
  return (option as { series: { name?: string; data?: unknown[]; markArea?: { data: unknown[][] } }[] }).series;
}

describe('traffic chart options', () => {
  it('history: daily peaks, and the fitted line with its rate and R² in the legend', () => {
    const r = parseTrafficText('t,v\n2026-01-01T00:00Z,10\n2026-01-02T00:00Z,11\n2026-01-03T00:00Z,12.1\n', { fileName: 'h.csv', valueKind: 'rate', rateUnit: 'perSecond' });
    if (!r.ok) throw new Error(r.error.message);
    const fit = fitGrowth(r.summary.dailyPeaks, 'compound');
    const series = seriesOf(historyOption({ summary: r.summary, fit, baseline: { rps: 12, label: 'baseline' } }, plainChartTheme));
    expect(series[0]?.data).toEqual([['2026-01-01', 10], ['2026-01-02', 11], ['2026-01-03', 12.1]]);
    expect(series[1]?.name).toMatch(/^compound fit: .* %\/month, R² 1\.000$/);
    expect(series[1]?.data).toHaveLength(3);
  });

  it('projection: one value per month and the event peak above its month', () => {
    const series = seriesOf(projectionOption(projection, null, plainChartTheme));
    expect(series[0]?.data).toHaveLength(projection.months.length);
    const event = series.find((s) => s.name?.startsWith('Event peak'));
    expect(event?.data).toEqual([[projection.months[projection.eventMonthIndex], projection.totals.entryRpsAtEvent]]);
  });

  it('tier capacity: one panel per sized tier with required and today, shaded from the first short month', () => {
    const { option, shown } = tierCapacityOption(projection, plainChartTheme);
    const tiers = sizedTiers(projection);
    expect(shown).toBe(Math.min(tiers.length, 12));
    const series = seriesOf(option);
    expect(series).toHaveLength(shown * 2);
    for (const [i, tier] of tiers.slice(0, shown).entries()) {
      expect(series[2 * i + 1]?.data).toEqual(projection.months.map(() => tier.current));
      if (tier.firstShortMonth === null) expect(series[2 * i]?.markArea).toBeUndefined();
      else expect(series[2 * i]?.markArea?.data[0]).toEqual([{ xAxis: projection.months[tier.firstShortMonth] }, { xAxis: projection.months.at(-1) }]);
    }
  });

  it('event bars: today and required at the event per tier', () => {
    const series = seriesOf(eventBarsOption(projection, plainChartTheme));
    const tiers = sizedTiers(projection);
    expect(series[0]?.data).toEqual(tiers.map((t) => t.atEvent.current));
    expect((series[1]?.data as { value: number }[]).map((d) => d.value)).toEqual(tiers.map((t) => t.atEvent.required));
  });
});
