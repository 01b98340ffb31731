// Child process for crash-safety.int.test.ts: saves revisions of one plan as fast as it
// can and prints `ack <revision>` only after each save has returned, so every number the
// parent reads is a save the app had acknowledged when the parent SIGKILLs this process.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { createTemplateLoader } from '../../services/templates';
import { openDatabase } from '../open-database';
import { createPlanRepository } from '../plan-repository';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: save-burst.ts <dataDir>');
const samplesDir = path.resolve(import.meta.dirname, '../../../../resources/samples');

const { db } = openDatabase(dataDir);
const plans = createPlanRepository(db);
// A real sample makes each revision a realistic size (tens of KB), so saves take real I/O.
const base = createTemplateLoader(samplesDir)('global-conference');
const created = plans.create(base);
// fs.writeSync, not process.stdout.write: a pipe write may be buffered, and a buffered ack
// would be one the parent never sees; a synchronous write is out before the next save starts.
writeSync(1, `ready ${created.id}\n`);

let revision = created.revision;
// Bounded so an orphaned child (parent died) stops on its own.
for (let i = 0; i < 200_000; i += 1) {
  const saved = plans.save(created.id, revision, { ...base, description: `burst revision ${revision + 1}` });
  revision = saved.revision;
  writeSync(1, `ack ${revision}\n`);
}
