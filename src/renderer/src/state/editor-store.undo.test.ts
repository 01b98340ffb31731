import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../../../shared/editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../../shared/model/plan';
import { setNodeParam } from '../canvas/node-param-edit';

const sample: Plan = addNode(
  PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] }),
  'service',
  'svc',
  { x: 0, y: 0 },
);

let revision = 1;
vi.mock('../api/client', () => ({
  api: {
    plans: {
      get: async () => ({ id: 'p1', revision: 1, updatedAt: '2026-12-01T00:00:00Z', plan: sample }),
      save: async () => ({ revision: (revision += 1), updatedAt: '2026-12-01T00:00:00Z' }),
    },
  },
}));

const { useEditor } = await import('./editor-store');

const service = sample.nodes.find((n) => n.kind === 'service')!;
const paramsOf = (plan: Plan | null, id: string) => plan!.nodes.find((n) => n.id === id)!.params as Record<string, unknown>;

const fieldA = 'measuredRps';
const fieldB = 'maxInstances';

/** What the inspector's number field does on every keystroke: commit the value typed so far. */
function type(nodeId: string, key: string, typed: string) {
  for (let i = 1; i <= typed.length; i += 1) {
    const value = Number(typed.slice(0, i));
    useEditor.getState().edit((p) => {
      const result = setNodeParam(p, nodeId, key, value);
      return result.ok ? result.plan : p;
    });
    vi.advanceTimersByTime(120);
  }
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  await useEditor.getState().open('p1');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('undo after typing into a field', () => {
  it('takes one undo step to undo a number typed key by key', () => {
    const before = paramsOf(useEditor.getState().plan, service.id)[fieldA];
    type(service.id, fieldA, '1234');
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldA]).toBe(1234);
    useEditor.getState().undo();
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldA]).toBe(before);
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
    useEditor.getState().redo();
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldA]).toBe(1234);
  });

  it('keeps typing into two fields as two steps', () => {
    const beforeB = paramsOf(useEditor.getState().plan, service.id)[fieldB];
    type(service.id, fieldA, '77');
    type(service.id, fieldB, '88');
    useEditor.getState().undo();
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldB]).toBe(beforeB);
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldA]).toBe(77);
  });

  it('starts a new step after a pause in typing', () => {
    type(service.id, fieldA, '5');
    vi.advanceTimersByTime(3000);
    type(service.id, fieldA, '6');
    useEditor.getState().undo();
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldA]).toBe(5);
  });

  it('does not merge a keystroke into the step before an undo', () => {
    const before = paramsOf(useEditor.getState().plan, service.id)[fieldA];
    type(service.id, fieldA, '12');
    useEditor.getState().undo();
    type(service.id, fieldA, '3');
    useEditor.getState().undo();
    expect(paramsOf(useEditor.getState().plan, service.id)[fieldA]).toBe(before);
    expect(useEditor.temporal.getState().futureStates).toHaveLength(1);
  });
});
