import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBinaryBody } from '../../shared/api-binary';
import { startWebHost, type WebHost } from './web-host';

// The traffic import's day blocks reach main as bytes through the web host: a binary body
// (application/octet-stream), decoded before dispatch, where the contract's zod check runs.
function rendererDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-renderer-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Headroom</title>');
  return dir;
}

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function post(body: Uint8Array<ArrayBuffer>, type = 'application/octet-stream') {
  const response = await fetch(`${host!.origin}/api/traffic:append`, { method: 'POST', headers: { cookie: 'headroom_token=t', 'content-type': type }, body });
  return { status: response.status, text: await response.text() };
}

describe('the web host with a binary api body', () => {
  it('hands dispatch the input with its bytes as Uint8Arrays', async () => {
    const seen: unknown[] = [];
    host = await startWebHost({ dispatch: async (channel, input) => (seen.push([channel, input]), { ok: true, value: { stored: 1 } }), rendererDir: rendererDir(), token: 't' });
    const t = new Uint8Array(new Float64Array([Date.UTC(2026, 0, 1, 12)]).buffer);
    const r = await post(encodeBinaryBody({ importId: 'id', blocks: [{ day: 20454, t, v: new Uint8Array(new Float64Array([5]).buffer) }] }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ ok: true, value: { stored: 1 } });
    const [channel, input] = seen[0] as [string, { importId: string; blocks: { day: number; t: Uint8Array; v: Uint8Array }[] }];
    expect(channel).toBe('traffic:append');
    expect(input.importId).toBe('id');
    expect(input.blocks[0]!.t).toBeInstanceOf(Uint8Array);
    expect(new Float64Array(Uint8Array.from(input.blocks[0]!.v).buffer)[0]).toBe(5);
  });

  it('answers 400 with what is wrong to a body that is not one, and never dispatches it', async () => {
    let dispatched = 0;
    host = await startWebHost({ dispatch: async () => (dispatched++, { ok: true, value: null }), rendererDir: rendererDir(), token: 't' });
    const r = await post(new TextEncoder().encode('{"input":{}}'));
    expect(r.status).toBe(400);
    expect(r.text).toBe('the binary request body does not start with HRB1');
    expect(dispatched).toBe(0);
  });

  it('still refuses a body of another type', async () => {
    host = await startWebHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: rendererDir(), token: 't' });
    expect((await post(new TextEncoder().encode('x'), 'text/plain')).status).toBe(415);
  });
});
