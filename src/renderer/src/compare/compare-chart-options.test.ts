import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../shared/scenarios/compare';
import { samplePlan } from '../traffic/test-plan.test-helper';
import { plainChartTheme } from '../traffic/charts/chart-theme';
import { costByScenarioOption } from './compare-chart-options';

describe('the cost-by-scenario chart', () => {
  it('ticks in whole currency units, so a plan without prices does not label its axis 0, 0, 1, 1, 1', () => {
    const plan = samplePlan();
    const priceless = { ...plan, nodes: plan.nodes.map((n) => ({ ...n, params: { ...n.params, hourlyCost: 0 } })) } as typeof plan;
    const result = compareScenarios(priceless);
    if (!result.ok) throw new Error(result.message);
    const option = costByScenarioOption(result.comparison, plainChartTheme) as { yAxis: { minInterval?: number; axisLabel: { formatter: (v: number) => string } } };
    expect(option.yAxis.minInterval).toBe(1);
    // The labels ECharts would draw at its default 0.2 steps collapse to repeats: the interval above is what prevents them.
    expect([0, 0.2, 0.4, 0.6, 0.8, 1].map(option.yAxis.axisLabel.formatter)).toEqual(['0', '0', '0', '1', '1', '1']);
  });
});
