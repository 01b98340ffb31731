// The loopback web host as a command: `npm run web` (after `npm run build`), and what
// `npm start` runs where Electron's binary is missing. Prints the URL to open.
//   --data-dir <dir>  keep the database there instead of the desktop app's user-data folder
//                     (tests and throwaway sessions)
//   --port <n>        listen there (default: 47100, or any free port when that one is taken)
//   --token <t>       use this token (default: the one kept in the data folder)
//   --open            also try to open the system browser at the URL
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatch';
import { startAppServices } from '../services/app-services';
import { StoreOpenError } from '../store/open-database';
import { loadOrCreateHostToken } from './host-token';
import { tryOpenBrowser } from './open-browser';
import { userDataDir } from './user-data-dir';
import { startWebHost, type WebHost } from './web-host';

/** A fixed port, so a tab left open across a restart reloads at the same address. */
const PREFERRED_PORT = 47100;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    open: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const rendererDir = path.join(root, 'out', 'renderer');
if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`headroom: the renderer is not built (${rendererDir} is missing): run \`npm run build\` first, or \`npm start\`, which builds it.`);
  process.exit(1);
}
const dataDir = path.resolve(values['data-dir'] ?? userDataDir({ platform: process.platform, env: process.env, homedir: homedir() }));

let services: ReturnType<typeof startAppServices> | null = null;
let cannotStart: { title: string; message: string } | undefined;
try {
  services = startAppServices({
    dataDir,
    samplesDir: path.join(root, 'resources', 'samples'),
    version: process.env.npm_package_version ?? 'dev',
    transport: 'web',
    onNotice: (notice) => console.warn(`headroom: ${notice.title}: ${notice.message}`),
  });
} catch (error) {
  // A database this version must not touch, or one another program holds: the browser shows
  // the message (the terminal too), with no stack trace.
  const message = error instanceof Error ? error.message : String(error);
  cannotStart = { title: error instanceof StoreOpenError ? 'Headroom cannot open its data' : 'Headroom could not start', message };
  console.error(`headroom: ${cannotStart.title.replace(/^Headroom /, '')}: ${message}`);
}
const token = values.token ?? loadOrCreateHostToken(dataDir);
const dispatch = services ? createDispatcher(services.api, (m, e) => console.error(m, e)) : async () => ({ ok: false as const, error: { code: 'storage' as const, message: cannotStart?.message ?? '' } });
const hostOptions = { dispatch, rendererDir, token, ...(cannotStart ? { cannotStart } : {}) };

async function listen(): Promise<WebHost> {
  if (values.port !== undefined) return startWebHost({ ...hostOptions, port: Number(values.port) });
  try {
    return await startWebHost({ ...hostOptions, port: PREFERRED_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startWebHost({ ...hostOptions, port: 0 });
  }
}
const host = await listen();
console.log(`Headroom: ${host.url}`);
if (services) {
  console.log(`data: ${services.info.dataFile}`);
  for (const moved of services.info.movedAside) console.log(`notice: ${moved.from}: ${moved.reason}; it was kept as ${moved.to} and a new database was started`);
}
console.log('Stop with Ctrl+C.');
if (values.open) tryOpenBrowser(host.url);

function stop() {
  void host.close().then(() => {
    services?.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
