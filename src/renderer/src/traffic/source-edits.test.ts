import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan';
import { parseTrafficText } from '../../../shared/traffic';
import { samplePlan } from './test-plan.test-helper';
import { synthesize, toCsv, weekdays } from '../../../shared/traffic/forecast/synthetic.test-helper';
import { adoptSurge, analysisOf, applyHistory, growthChoiceOf, isAdopted, setBaseline, setGrowth, setHistoryWindow, setIncludeSurges, sourcesOf, typedRateProblem } from './source-edits';

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

describe('Traffic screen forecast edits (issue 14)', () => {
  const sale = synthesize({ level: 1000, monthlyGrowth: 0.03, weekly: weekdays(0.7), dailyAmplitude: 0.5, peakHourUtc: 18, pointNoise: 0.01, dayNoise: 0.005, days: 70, start: '2025-09-22', intervalMinutes: 60, missingDays: [], surge: { startDay: 65, days: 3, multiplier: 3.5 }, seed: 2 });
  const parsed = parseTrafficText(toCsv(sale.points), { fileName: 'sale.csv' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const summary = parsed.summary;
  const withSale = setGrowth(applyHistory(plan, sourceId, summary), sourceId, 'fitted-compound', 0);

  it('the baseline leaves the sale out by default, and counts it when asked', () => {
    const left = source(withSale).params.baselineRps;
    const counted = setIncludeSurges(withSale, sourceId, true);
    expect(source(counted).params.includeSurgesInBaseline).toBe(true);
    expect(source(counted).params.baselineRps).toBeGreaterThan(2 * left);
    const back = setIncludeSurges(counted, sourceId, false);
    expect(source(back).params.includeSurgesInBaseline).toBeUndefined();
    expect(source(back).params.baselineRps).toBe(left);
  });

  it('a window moves the baseline and refits a fitted growth; a window with no days keeps the baseline', () => {
    const before = source(withSale).params;
    const early = setHistoryWindow(withSale, sourceId, { kind: 'range', from: '2025-09-22', to: '2025-10-31' });
    expect(source(early).params.historyWindow).toEqual({ kind: 'range', from: '2025-09-22', to: '2025-10-31' });
    expect(source(early).params.baselineRps).toBeLessThan(before.baselineRps);
    expect(source(early).params.growth?.monthlyRate).not.toBe(before.growth?.monthlyRate);
    const empty = setHistoryWindow(withSale, sourceId, { kind: 'range', from: '2030-01-01' });
    expect(source(empty).params.baselineRps).toBe(before.baselineRps);
    expect(source(setHistoryWindow(early, sourceId, undefined)).params.historyWindow).toBeUndefined();
    const moved = applyHistory(empty, sourceId, summary);
    expect(source(moved).params.historyWindow).toBeUndefined();
  });

  it('adopts a past surge as the event surge in either form, and knows it is the adopted one', () => {
    const found = analysisOf(source(withSale).params)?.surges[0];
    if (!found) throw new Error('no surge found');
    const asMultiplier = adoptSurge(withSale, sourceId, found, 'multiplier');
    expect(asMultiplier.event.surge).toEqual({ mode: 'multiplier', value: Math.round(found.multiplier * 100) / 100 });
    expect(source(asMultiplier).params.adoptedSurge).toEqual({ start: found.start, end: found.end, multiplier: found.multiplier });
    expect(isAdopted(asMultiplier, source(asMultiplier).params, found)).toBe(true);
    const asPercent = adoptSurge(withSale, sourceId, found, 'percentIncrease');
    expect(asPercent.event.surge).toEqual({ mode: 'percentIncrease', value: Math.round(found.percentIncrease) });
    expect(isAdopted(asPercent, source(asPercent).params, found)).toBe(true);
    const edited = { ...asPercent, event: { ...asPercent.event, surge: { mode: 'percentIncrease' as const, value: 300 } } };
    expect(isAdopted(edited, source(edited).params, found)).toBe(false);
  });
});

describe('an adopted surge stays adopted', () => {
  it('when a window change measures it a little differently', () => {
    const p = samplePlan();
    const id = sourcesOf(p)[0]!.id;
    const at = { start: '2025-11-26', end: '2025-11-28', multiplier: 3.456, percentIncrease: 245.6, days: 3, peakDate: '2025-11-27', peakRps: 1, expectedRps: 1, atEnd: false };
    const adopted = adoptSurge(p, id, at, 'percentIncrease');
    const params = sourcesOf(adopted)[0]!.params;
    expect(isAdopted(adopted, params, { start: at.start, end: at.end })).toBe(true);
    expect(isAdopted(adopted, params, { start: at.start, end: '2025-11-29' })).toBe(false);
  });
});

describe('a growth rate typed on a source', () => {
  it('is refused in the field’s own words, unit and range, the schema’s bound', () => {
    expect(typedRateProblem(-1.5)).toBe('Monthly rate must be at least −99 % a month.');
    expect(typedRateProblem(11)).toBe('Monthly rate must be at most 1,000 % a month.');
    expect(typedRateProblem(0.054)).toBeNull();
  });
});
