// Child process for wal-deleted.int.test.ts: a first launch in a fresh data folder, the user
// makes a plan and keeps saving it through the real api, printing `ack <n>` after each save
// returned. The parent deletes the WAL behind its back midway, then SIGKILLs it.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { PlanSchema } from '../../../shared/model/plan';
import { startAppServices } from '../../services/app-services';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: wal-deleted-burst.ts <dataDir>');
const samplesDir = path.resolve(import.meta.dirname, '../../../../resources/samples');
const services = startAppServices({ dataDir, samplesDir, version: 'test', transport: 'web' });
const { api } = services;
const mine = await api.plans.create({ name: 'My own plan', template: 'blank' });
writeSync(1, `ready ${mine.id}\n`);
let revision = mine.revision;
for (let i = 1; i <= 100_000; i += 1) {
  const saved = await api.plans.save({ id: mine.id, baseRevision: revision, plan: PlanSchema.parse({ ...mine.plan, description: `save ${i}` }) });
  revision = saved.revision;
  writeSync(1, `ack ${i}\n`);
  // Slow enough that the parent's delete lands between saves, as a sync tool's would.
  await new Promise((resolve) => setTimeout(resolve, 5));
}
