// The loopback web host as a command: `npm run web` (after `npm run build`), for e2e
// tests and for looking at the renderer in a plain browser. Prints the URL to open.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatch';
import { startAppServices } from '../services/app-services';
import { startWebHost } from './web-host';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    token: { type: 'string' },
  },
});
const root = process.cwd();
const dataDir = values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'headroom-web-'));
const services = startAppServices({
  dataDir,
  samplesDir: path.join(root, 'resources', 'samples'),
  version: process.env.npm_package_version ?? 'dev',
  transport: 'web',
});
const host = await startWebHost({
  dispatch: createDispatcher(services.api, (m, e) => console.error(m, e)),
  rendererDir: path.join(root, 'out', 'renderer'),
  port: Number(values.port),
  ...(values.token ? { token: values.token } : {}),
});
console.log(`Headroom web host: ${host.url}`);
console.log(`data: ${services.info.dataFile}`);
function stop() {
  void host.close().then(() => {
    services.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
