// A scripted long editing session against the real store, for the database size that
// docs/architecture.md quotes: `npx tsx scripts/long-session.ts [saves] [ms apart] [days after]`.
// Defaults: 20,000 saves of the largest sample, one every 0.6 s of simulated time (the
// renderer's autosave pause), i.e. about 3⅓ hours of steady typing, then 30 days of one
// two-minute session a day. Prints the file sizes after the database is closed.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTemplateLoader } from '../src/main/services/templates';
import { openDatabase } from '../src/main/store/open-database';
import { createPlanRepository } from '../src/main/store/plan-repository';

const saves = Number(process.argv[2] ?? 20_000);
const gapMs = Number(process.argv[3] ?? 600);
const laterDays = Number(process.argv[4] ?? 30);
const dataDir = mkdtempSync(path.join(tmpdir(), 'headroom-long-session-'));
let clock = Date.parse('2026-12-01T09:00:00Z');
const now = () => new Date(clock);

const { db } = openDatabase(dataDir, { now });
const plans = createPlanRepository(db, now);
const base = createTemplateLoader(path.resolve(import.meta.dirname, '../resources/samples'), now)('global-conference');
const created = plans.create(base);
let revision = created.revision;
const started = Date.now();

function save(i: number) {
  // One parameter changes per save, as typing into a field does.
  const nodes = base.nodes.map((n, k) => (k === i % base.nodes.length ? { ...n, name: `${n.name.slice(0, 40)}-${i}` } : n));
  revision = plans.save(created.id, revision, { ...base, nodes }).revision;
}
for (let i = 0; i < saves; i += 1) {
  clock += gapMs;
  save(i);
}
for (let day = 0; day < laterDays; day += 1) {
  clock += 24 * 3600_000;
  for (let i = 0; i < 200; i += 1) {
    clock += gapMs;
    save(saves + day * 200 + i);
  }
}
const kept = (db.prepare('SELECT count(*) AS n FROM plan_revisions').get() as { n: number }).n;
db.close();
const sizes = readdirSync(dataDir)
  .filter((f) => f.startsWith('headroom.db'))
  .map((f) => `${f} ${(statSync(path.join(dataDir, f)).size / 1024 / 1024).toFixed(1)} MB`);
console.log(`${saves + laterDays * 200} saves (head revision ${revision}), ${kept} revisions kept, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(sizes.join(', '));
rmSync(dataDir, { recursive: true, force: true });
