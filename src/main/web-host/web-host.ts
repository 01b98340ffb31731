import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Dispatch } from '../api/dispatch';
import { BinaryBodyError, decodeBinaryBody } from '../../shared/api-binary';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { cannotStartPage, NEEDS_TOKEN_PAGE } from './pages';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  /**
   * Set when the app cannot open its data (a database from a newer Headroom, one held by
   * another program): every page shows this message instead of the app, every api call fails.
   */
  cannotStart?: { title: string; message: string };
}

export interface WebHost {
  /** Open this once: it exchanges the token for a cookie and redirects to the app. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const COOKIE = 'headroom_token';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return null;
}

/** A path segment's %-escapes decoded, or null when they are malformed (`%E0%A4%A`, `%ZZ`). */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve(null);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The loopback host that lets a browser drive the real renderer against the real
 * services, for e2e tests on machines without an Electron binary. 127.0.0.1 only; every
 * request must carry the per-run token (as a cookie after the first visit), api calls
 * must come from this origin with a JSON body under the size limit.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const rendererDir = path.resolve(options.rendererDir);
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return send(res, 400, 'the request path is not a valid URL');
    }
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && offered !== null) {
      if (!sameToken(offered, token)) return wantsPage(req) ? send(res, 403, NEEDS_TOKEN_PAGE, 'text/html; charset=utf-8') : send(res, 403, 'wrong token');
      res.writeHead(303, { location: '/', 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const cookie = cookieToken(req);
    if (cookie === null || !sameToken(cookie, token)) {
      if (wantsPage(req)) return send(res, 403, NEEDS_TOKEN_PAGE, 'text/html; charset=utf-8');
      return send(res, 403, 'this page needs the token printed when the host started (open the ?token= link from the terminal)');
    }
    const pathname = decodePath(url.pathname);
    if (pathname === null) return send(res, 400, `malformed %-encoding in the path ${url.pathname.slice(0, 200)}`);

    if (options.cannotStart) {
      const { title, message } = options.cannotStart;
      if (url.pathname.startsWith('/api/')) return send(res, 503, JSON.stringify({ ok: false, error: { code: 'storage', message } }), 'application/json');
      return send(res, 503, cannotStartPage(title, message), 'text/html; charset=utf-8');
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'api calls are POST');
      const from = req.headers.origin;
      if (from !== undefined && from !== origin) return send(res, 403, `requests from ${from} are not allowed`);
      const type = req.headers['content-type'] ?? '';
      const binary = type.startsWith('application/octet-stream');
      if (!binary && !type.startsWith('application/json')) return send(res, 415, 'api calls send application/json (or application/octet-stream for calls with bytes)');
      const body = await readBody(req, maxBody);
      if (body === null) return send(res, 413, `request body over ${maxBody} bytes`);
      let input: unknown;
      if (binary) {
        // Bytes (the traffic import's day blocks): decoded here, then checked by the call's zod schema like JSON.
        try {
          input = decodeBinaryBody(body);
        } catch (error) {
          return send(res, 400, error instanceof BinaryBodyError ? error.message : 'the binary request body could not be read');
        }
      } else {
        try {
          const text = body.toString('utf8');
          input = (JSON.parse(text === '' ? '{}' : text) as { input?: unknown }).input;
        } catch {
          return send(res, 400, 'the request body is not JSON');
        }
      }
      const envelope = await options.dispatch(pathname.slice('/api/'.length), input);
      return send(res, 200, JSON.stringify(envelope), 'application/json');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    serveStatic(pathname, res);
  }

  /** `pathname` is already decoded. */
  function serveStatic(pathname: string, res: ServerResponse): void {
    const requested = path.resolve(rendererDir, `.${pathname}`);
    const inside = requested === rendererDir || requested.startsWith(rendererDir + path.sep);
    let file = inside && existsSync(requested) && statSync(requested).isFile() ? requested : path.join(rendererDir, 'index.html');
    if (!inside) file = path.join(rendererDir, 'index.html');
    if (!existsSync(file)) return send(res, 500, `the renderer is not built: ${file} is missing (run npm run build)`);
    // Read whole and sent in one write with its length: a stream piped the 1 MB entry script
    // in 64 KB chunked writes, each one more turn for the host and the page (issue 18).
    readFile(file).then(
      (bytes) => {
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'content-length': bytes.length,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'no-referrer',
          'cache-control': 'no-store',
        });
        res.end(bytes);
      },
      (error: unknown) => send(res, 500, `could not read ${file}: ${String(error)}`),
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
