// Importing a 2-year per-minute history (1M rows, ~40 MB CSV) end to end — read, parse,
// validate, aggregate, store into SQLite — against papaparse parsing the same file alone
// (streamed, its fastest reasonable setting). Goal: ≤ 1.5× papaparse, peak RSS < 300 MB.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { blankPlan } from '../src/main/services/templates';
import { openDatabase, type OpenedDatabase } from '../src/main/store/open-database';
import { createPlanRepository } from '../src/main/store/plan-repository';
import { createTrafficRepository } from '../src/main/store/traffic-repository';
import { importTrafficFile } from '../src/main/traffic/import-traffic-file';
import { storeImportedHistory } from '../src/main/traffic/store-day-blocks';

const ROWS = 1_000_000;
const RUNS = 5;
const file = path.join(tmpdir(), `headroom-bench-traffic-${ROWS}-v2.csv`);
const dbDir = path.join(tmpdir(), 'headroom-bench-traffic-db');

/** Deterministic: a daily wave, weekly dip, slow growth and mulberry32 noise. */
function generate(): void {
  let seed = 42;
  function rand(): number {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }
  const start = Date.UTC(2024, 0, 1);
  const parts: string[] = ['timestamp,requests_per_second\n'];
  for (let i = 0; i < ROWS; i++) {
    const t = start + i * 60_000;
    const day = i / 1440;
    const wave = 1 + 0.6 * Math.sin(((i % 1440) / 1440) * 2 * Math.PI - Math.PI / 2);
    const weekly = new Date(t).getUTCDay() % 6 === 0 ? 0.8 : 1;
    const v = 1200 * Math.pow(1.03, day / 30.4375) * wave * weekly * (0.95 + 0.1 * rand());
    // Offsets written out (+00:00), as CloudWatch and many exporters do: ~40 bytes a row.
    parts.push(`${new Date(t).toISOString().slice(0, -1)}+00:00,${v.toFixed(3)}\n`);
  }
  writeFileSync(file, parts.join(''));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function papaparseOnce(): Promise<number> {
  const t0 = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      chunk(results: Papa.ParseResult<unknown>) {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  if (rows < ROWS) throw new Error(`papaparse saw ${rows} rows`);
  return performance.now() - t0;
}

/** The app's own store: a fresh data folder, the real migrations, one plan to hang the history on. */
function openStore(): { opened: OpenedDatabase; planId: string } {
  rmSync(dbDir, { recursive: true, force: true });
  const opened = openDatabase(dbDir);
  const planId = createPlanRepository(opened.db).create(blankPlan('bench', new Date())).id;
  return { opened, planId };
}

async function oursOnce(): Promise<{ total: number; parse: number; store: number }> {
  const { opened, planId } = openStore(); // the app's store is open before an import starts
  const repo = createTrafficRepository(opened.db);
  const t0 = performance.now();
  const result = await importTrafficFile(file, { fileName: path.basename(file) });
  const t1 = performance.now();
  if (!result.ok) throw new Error(result.error.message);
  if (result.summary.rows !== ROWS) throw new Error(`imported ${result.summary.rows} rows`);
  // Stage, one day block per UTC day, commit: what the app's import does.
  const stored = storeImportedHistory(repo, { planId, sourceNodeId: 'src', fileName: path.basename(file), format: 'csv' }, result.points, result.summary);
  const t2 = performance.now();
  if (stored.rowCount !== ROWS) throw new Error(`stored ${stored.rowCount} rows`);
  opened.db.close();
  return { total: t2 - t0, parse: t1 - t0, store: t2 - t1 };
}

async function main(): Promise<void> {
  if (!existsSync(file)) {
    // In a child process, so building the file's text does not count in our peak RSS.
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--generate'], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error('could not generate the input file');
  }
  const mb = statSync(file).size / 1024 / 1024;
  console.log(`input: ${file} (${ROWS.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB)`);
  await oursOnce(); // warm up both paths (JIT) before timing
  // Before papaparse ever runs, so the figure is ours alone (one full import incl. SQLite).
  const oursRssMb = process.resourceUsage().maxRSS / 1024;
  await papaparseOnce();
  const full: number[] = [];
  const parseOnly: number[] = [];
  const storeOnly: number[] = [];
  const papa: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    gc();
    const o = await oursOnce();
    full.push(o.total);
    parseOnly.push(o.parse);
    storeOnly.push(o.store);
    gc();
    papa.push(await papaparseOnce());
  }
  const p = median(papa);
  const f = median(full);
  const po = median(parseOnly);
  console.log(`papaparse alone (stream, chunk callback): ${p.toFixed(0)} ms (median of ${RUNS})`);
  console.log(`headroom read+parse+validate+aggregate:   ${po.toFixed(0)} ms  (${(po / p).toFixed(2)}× papaparse)`);
  console.log(`headroom store into SQLite (day blocks):     ${median(storeOnly).toFixed(0)} ms  (traffic_series + traffic_blocks, staged then committed)`);
  console.log(`headroom full import:                     ${f.toFixed(0)} ms  (${(f / p).toFixed(2)}× papaparse; goal ≤ 1.5×)`);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`peak RSS of one full import: ${oursRssMb.toFixed(0)} MB (goal < 300 MB); of the whole bench incl. papaparse: ${maxRssMb.toFixed(0)} MB`);
  rmSync(dbDir, { recursive: true, force: true });
}

if (process.argv.includes('--generate')) generate();
else await main();
