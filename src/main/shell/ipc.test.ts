import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { apiChannels } from '../../shared/api';
import { buildFromContract } from '../../shared/api-object';
import type { Dispatch } from '../api/dispatch';
import { registerIpc, type IpcMainLike } from './ipc';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  return { ipc, handlers };
}

function eventFrom(url: string, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

const echo: Dispatch = async (channel, input) => ({ ok: true, value: { channel, input } });
const trusted = (url: string) => url.startsWith('file:///app/');

describe('IPC registration', () => {
  it('registers exactly the contract’s channels, the same ones the preload exposes', () => {
    const { ipc, handlers } = fakeIpc();
    registerIpc(ipc, echo, trusted);
    const exposed = buildFromContract<Record<string, Record<string, unknown>>>(async () => undefined);
    const preloadChannels = Object.entries(exposed).flatMap(([d, verbs]) => Object.keys(verbs).map((v) => `${d}:${v}`));
    expect([...handlers.keys()].sort()).toEqual(apiChannels().map((c) => c.channel).sort());
    expect(preloadChannels.sort()).toEqual([...handlers.keys()].sort());
  });

  it('serves the app’s own top frame', async () => {
    const { ipc, handlers } = fakeIpc();
    registerIpc(ipc, echo, trusted);
    const result = await handlers.get('plans:list')!(eventFrom('file:///app/index.html'), undefined);
    expect(result).toEqual({ ok: true, value: { channel: 'plans:list', input: undefined } });
  });

  it('refuses a call from another page or from an embedded frame', async () => {
    const { ipc, handlers } = fakeIpc();
    registerIpc(ipc, echo, trusted);
    const call = handlers.get('plans:list')!;
    expect(await call(eventFrom('https://evil.example/'), undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(eventFrom('file:///app/index.html', { url: 'file:///app/index.html' }), undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
