import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import flashSale from '../../../../resources/samples/flash-sale.headroom.json';
import { createScenario, setActiveScenario } from '../../../shared/editing/scenario-edits';
import { parsePlanDocument, type Plan } from '../../../shared/model';
import { setNodeParamInActive } from '../scenarios/active-edits';

const parsed = parsePlanDocument(flashSale);
if (!parsed.ok) throw new Error('sample');
const sample: Plan = parsed.plan;
const saved: Plan[] = [];

vi.mock('../api/client', () => ({
  api: {
    plans: {
      get: async () => ({ id: 'p1', revision: 1, updatedAt: '2026-12-01T00:00:00Z', plan: sample }),
      save: async ({ plan }: { plan: Plan }) => {
        saved.push(plan);
        return { revision: saved.length + 1, updatedAt: '2026-12-01T00:00:00Z' };
      },
    },
  },
}));

const { useEditor } = await import('./editor-store');
const { projectionOf } = await import('./use-projection');

function apply(change: (p: Plan) => { ok: true; plan: Plan } | { ok: false; message: string }) {
  useEditor.getState().edit((p) => {
    const r = change(p);
    if (!r.ok) throw new Error(r.message);
    return r.plan;
  });
  // Each edit its own undo step, not coalesced with the one before.
  vi.advanceTimersByTime(5_000);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  saved.length = 0;
  await useEditor.getState().open('p1');
});
afterEach(() => vi.useRealTimers());

describe('scenarios in the editor store', () => {
  it('creating, overriding and switching are undo steps, and redo brings them back', () => {
    apply((p) => createScenario(p, 'Bigger checkout'));
    apply((p) => setNodeParamInActive(p, 'checkout-svc', 'maxInstances', 400));
    expect(projectionOf(useEditor.getState().plan!).findings.some((f) => f.id === 'above-max:checkout-svc')).toBe(false);
    apply((p) => setActiveScenario(p, 'Base'));
    expect(projectionOf(useEditor.getState().plan!).findings.some((f) => f.id === 'above-max:checkout-svc')).toBe(true);

    useEditor.getState().undo();
    expect(useEditor.getState().plan!.activeScenario).toBe('Bigger checkout');
    useEditor.getState().undo();
    expect(useEditor.getState().plan!.scenarios.at(-1)!.overrides.nodes).toEqual({});
    useEditor.getState().undo();
    expect(useEditor.getState().plan!.scenarios.map((s) => s.name)).not.toContain('Bigger checkout');
    useEditor.getState().redo();
    useEditor.getState().redo();
    expect(useEditor.getState().plan!.scenarios.at(-1)!.overrides.nodes).toEqual({ 'checkout-svc': { maxInstances: 400 } });
  });

  it('saves the scenarios with the plan (the file round-trips them)', async () => {
    apply((p) => createScenario(p, 'Bigger checkout'));
    apply((p) => setNodeParamInActive(p, 'checkout-svc', 'maxInstances', 400));
    await useEditor.getState().flush();
    const last = saved.at(-1)!;
    const reread = parsePlanDocument(JSON.parse(JSON.stringify(last)));
    expect(reread.ok && reread.plan.scenarios).toEqual(last.scenarios);
    expect(reread.ok && reread.plan.activeScenario).toBe('Bigger checkout');
  });
});
