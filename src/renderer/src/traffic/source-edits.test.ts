import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan';
import { parseTrafficText } from '../../../shared/traffic';
import { samplePlan } from './test-plan.test-helper';
import { applyHistory, growthChoiceOf, setBaseline, setGrowth, sourcesOf } from './source-edits';

const plan: Plan = samplePlan();
const sourceId = sourcesOf(plan)[0]!.id;

/** 60 days of hourly points growing 10 % a month (compound), daily peak at 18:00. */
function history() {
  const rows = ['timestamp,value'];
  const start = Date.UTC(2026, 0, 1);
  for (let h = 0; h < 60 * 24; h++) {
    const day = Math.floor(h / 24);
    rows.push(`${new Date(start + h * 3_600_000).toISOString()},${(1000 * Math.pow(1.1, day / 30.4375) * (h % 24 === 18 ? 1 : 0.5)).toFixed(6)}`);
  }
  const r = parseTrafficText(rows.join('\n'), { fileName: 'h.csv', valueKind: 'rate', rateUnit: 'perSecond' });
  if (!r.ok) throw new Error(r.error.message);
  return r.summary;
}

function source(p: Plan) {
  return sourcesOf(p).find((s) => s.id === sourceId)!;
}

describe('Traffic screen plan edits', () => {
  it('a new history sets the summary and derives the baseline from it', () => {
    const summary = history();
    const next = applyHistory(plan, sourceId, summary);
    expect(source(next).params.historySummary).toBe(summary);
    expect(source(next).params.baselineRps).toBeCloseTo(summary.dailyPeaks.slice(-28).map((d) => d.peakRps).sort((a, b) => a - b)[25]!, -1);
    expect(plan.nodes.find((n) => n.id === sourceId)).not.toBe(source(next)); // the old plan is untouched
  });

  it('changing the statistic moves the baseline; max is the last window\'s highest peak', () => {
    const withHistory = applyHistory(plan, sourceId, history());
    const next = setBaseline(withHistory, sourceId, 'max', 7);
    const peaks = source(next).params.historySummary!.dailyPeaks.slice(-7).map((d) => d.peakRps);
    expect(source(next).params.baselineRps).toBe(Math.max(...peaks));
    expect(source(next).params).toMatchObject({ baselineStatistic: 'max', baselineWindowDays: 7 });
  });

  it('fitted compound growth takes the fitted rate (10 %/month here)', () => {
    const next = setGrowth(applyHistory(plan, sourceId, history()), sourceId, 'fitted-compound', 0);
    expect(source(next).params.growth).toMatchObject({ method: 'compound', source: 'fitted' });
    expect(source(next).params.growth!.monthlyRate).toBeCloseTo(0.1, 6);
    expect(growthChoiceOf(source(next).params)).toBe('fitted-compound');
  });

  it('a fitted choice without history changes nothing; typed and plan choices work', () => {
    expect(setGrowth(plan, sourceId, 'fitted-linear', 0)).toBe(plan);
    const typed = setGrowth(plan, sourceId, 'typed-linear', 0.05);
    expect(source(typed).params.growth).toEqual({ method: 'linear', monthlyRate: 0.05, source: 'typed' });
    expect(source(setGrowth(typed, sourceId, 'plan', 0)).params.growth).toBeUndefined();
    expect(source(setGrowth(plan, sourceId, 'typed-compound', 50)).params.growth?.monthlyRate).toBe(10);
  });

  it('a new history refits a fitted growth and leaves a typed one alone', () => {
    const fitted = setGrowth(applyHistory(plan, sourceId, history()), sourceId, 'fitted-linear', 0);
    const before = source(fitted).params.growth!.monthlyRate;
    const flat = { ...history(), dailyPeaks: history().dailyPeaks.map((d) => ({ ...d, peakRps: 500 })) };
    expect(source(applyHistory(fitted, sourceId, flat)).params.growth!.monthlyRate).not.toBe(before);
    const typed = setGrowth(fitted, sourceId, 'typed-compound', 0.02);
    expect(source(applyHistory(typed, sourceId, flat)).params.growth).toEqual({ method: 'compound', monthlyRate: 0.02, source: 'typed' });
  });
});
