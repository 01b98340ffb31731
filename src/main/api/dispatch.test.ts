import { describe, expect, it } from 'vitest';
import { ApiError, type ApiHandlers } from '../../shared/api';
import { buildFromContract } from '../../shared/api-object';
import { createDispatcher } from './dispatch';

/** Every call of the contract refuses to be used, except the plans calls a test overrides. */
function handlers(overrides: Partial<ApiHandlers['plans']> = {}): ApiHandlers {
  const fail = async (): Promise<never> => {
    throw new Error('not used');
  };
  const all = buildFromContract<Record<string, Record<string, unknown>>>(fail);
  return { ...all, plans: { ...all.plans, list: async () => [], ...overrides } } as unknown as ApiHandlers;
}

describe('dispatcher', () => {
  it('refuses a channel that is not in the contract', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('fs:readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('validates the input before a service sees it, and says which field is wrong', async () => {
    let called = false;
    const dispatch = createDispatcher(handlers({ rename: async () => ((called = true), undefined as never) }));
    const result = await dispatch('plans:rename', { id: '../../etc', name: '' });
    expect(called).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toMatch(/id: expected a plan id/);
    expect(!result.ok && result.error.message).toMatch(/name: a plan needs a name/);
  });

  it('passes a service’s ApiError through with its code and message', async () => {
    const dispatch = createDispatcher(handlers({ get: async () => Promise.reject(new ApiError('not-found', 'no plan with id x')) }));
    expect(await dispatch('plans:get', { id: 'x' })).toEqual({ ok: false, error: { code: 'not-found', message: 'no plan with id x' } });
  });

  it('turns an unexpected exception into an internal error naming the call', async () => {
    const logged: string[] = [];
    const dispatch = createDispatcher(handlers({ get: async () => Promise.reject(new TypeError('boom')) }), (m) => logged.push(m));
    expect(await dispatch('plans:get', { id: 'x' })).toEqual({ ok: false, error: { code: 'internal', message: 'plans:get failed: boom' } });
    expect(logged).toEqual(['plans:get failed']);
  });
});
