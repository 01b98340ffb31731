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

let services: ReturnType<typeof startAppServices>;
try {
  services = startAppServices({
    dataDir,
    samplesDir: path.join(root, 'resources', 'samples'),
    version: process.env.npm_package_version ?? 'dev',
    transport: 'web',
  });
} catch (error) {
  // A database this version must not touch, or one another program holds: say so, no stack.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`headroom: ${error instanceof StoreOpenError ? 'cannot open its data' : 'could not start'}: ${message}`);
  process.exit(1);
}
const token = values.token ?? loadOrCreateHostToken(dataDir);
const dispatch = createDispatcher(services.api, (m, e) => console.error(m, e));

async function listen(): Promise<WebHost> {
  if (values.port !== undefined) return startWebHost({ dispatch, rendererDir, port: Number(values.port), token });
  try {
    return await startWebHost({ dispatch, rendererDir, port: PREFERRED_PORT, token });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startWebHost({ dispatch, rendererDir, port: 0, token });
  }
}
const host = await listen();
console.log(`Headroom: ${host.url}`);
console.log(`data: ${services.info.dataFile}`);
for (const moved of services.info.movedAside) console.log(`notice: ${moved.reason}; the old file was kept as ${moved.to}`);
console.log('Stop with Ctrl+C.');
if (values.open) tryOpenBrowser(host.url);

function stop() {
  void host.close().then(() => {
    services.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
