import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from './web-host';

function rendererDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'headroom-renderer-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Headroom</title>');
  return dir;
}

/** Sends the path as written (fetch would re-encode a malformed one). */
function get(host: WebHost, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${host.origin}/`, { method, path: rawPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

describe('the loopback web host', () => {
  it('sends a static file whole, with its length, rather than streamed in chunks', async () => {
    const dir = rendererDir();
    const script = `export const n = '${'x'.repeat(200_000)}';`;
    writeFileSync(path.join(dir, 'assets', 'index.js'), script);
    host = await startWebHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: dir, token: 't0ken' });
    const response = await fetch(`${host.origin}/assets/index.js`, { headers: { cookie: 'headroom_token=t0ken' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(script)));
    expect(response.headers.get('transfer-encoding')).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it('answers 400, not 500, to malformed %-encoding in a page or api path', async () => {
    host = await startWebHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: rendererDir(), token: 't0ken' });
    const cookie = { cookie: 'headroom_token=t0ken' };
    const page = await get(host, '/assets/%E0%A4%A.js', cookie);
    expect(page.status).toBe(400);
    expect(page.body).toMatch(/malformed %-encoding/);
    const api = await get(host, '/api/plans%ZZlist', { ...cookie, 'content-type': 'application/json' }, 'POST');
    expect(api.status).toBe(400);
  });

  it('answers a browser tab without a valid token with a page that says how to get in', async () => {
    host = await startWebHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: rendererDir(), token: 'new-token' });
    const stale = await get(host, '/', { cookie: 'headroom_token=old-token', accept: 'text/html,application/xhtml+xml' });
    expect(stale.status).toBe(403);
    expect(stale.type).toMatch(/text\/html/);
    expect(stale.body).toMatch(/npm start/);
    expect(stale.body).toMatch(/\?token=/);
    expect(stale.body).not.toContain('new-token');
  });

  it('lets a tab opened before a restart back in when the restarted host keeps its token', async () => {
    const dir = rendererDir();
    host = await startWebHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: dir, token: 'kept' });
    const port = Number(new URL(host.origin).port);
    await host.close();
    host = await startWebHost({ dispatch: async () => ({ ok: true, value: null }), rendererDir: dir, token: 'kept', port });
    const reload = await get(host, '/', { cookie: 'headroom_token=kept', accept: 'text/html' });
    expect(reload.status).toBe(200);
    expect(reload.body).toContain('<title>Headroom</title>');
  });

  it('shows why it cannot open the data, on every page and api call, instead of the app', async () => {
    host = await startWebHost({
      dispatch: async () => ({ ok: true, value: null }),
      rendererDir: rendererDir(),
      token: 't',
      cannotStart: { title: 'Headroom cannot open its data', message: 'headroom.db was written by a newer Headroom (database version 99). It was not changed. <b>' },
    });
    const page = await get(host, '/', { cookie: 'headroom_token=t', accept: 'text/html' });
    expect(page.status).toBe(503);
    expect(page.body).toContain('was written by a newer Headroom (database version 99)');
    expect(page.body).toContain('&#60;b&#62;');
    const api = await get(host, '/api/plans:list', { cookie: 'headroom_token=t', 'content-type': 'application/json' }, 'POST');
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'storage' } });
  });
});
