import { describe, expect, it } from 'vitest';
import { apiChannels, type HeadroomApi } from './api';
import { apiFromBridge, callsByName } from './api-calls';
import { ApiError } from './api-error';
import { buildFromContract, type HeadroomBridge } from './api-object';

describe("the renderer's api, named by its calls rather than built from the contract", () => {
  it('sends every call of the contract on its own channel and answers the envelope’s value', async () => {
    const seen: { channel: string; input: unknown }[] = [];
    // The preload's bridge: built from the contract, so a channel it lacks would not be found.
    const bridge = buildFromContract<HeadroomBridge>(async (channel, input) => {
      seen.push({ channel, input });
      return { ok: true, value: `answer to ${channel}` };
    });
    const api = apiFromBridge(bridge) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    for (const { domain, verb, channel } of apiChannels()) {
      await expect(api[domain]![verb]!({ n: channel })).resolves.toBe(`answer to ${channel}`);
    }
    expect(seen).toEqual(apiChannels().map(({ channel }) => ({ channel, input: { n: channel } })));
  });

  it("throws main's refusal as an ApiError with its code and message", async () => {
    const bridge = buildFromContract<HeadroomBridge>(async () => ({ ok: false, error: { code: 'not-found', message: 'no plan p1' } }));
    const failure = await apiFromBridge(bridge).plans.get({ id: 'p1' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'not-found', message: 'no plan p1' });
  });

  it('refuses a call the bridge does not have, instead of sending it', async () => {
    const api = apiFromBridge({} as HeadroomBridge);
    await expect(api.plans.list()).rejects.toThrow('the bridge has no call plans:list');
  });

  it('is not taken for a promise when awaited, and hands out the same function each time', async () => {
    const api = callsByName<HeadroomApi>(async (channel) => channel);
    expect(await api.plans).toBe(api.plans);
    expect(api.plans.list).toBe(api.plans.list);
    await expect(api.plans.list()).resolves.toBe('plans:list');
  });
});
