// Importing a 2-year per-minute history (1M rows, ~40 MB CSV) end to end — read, parse,
// validate, aggregate, store into SQLite — against papaparse parsing the same file to typed
// numbers (streamed; each row's timestamp and value into Float64Arrays, as an import needs).
// Goals (issue 18): end to end at least 1.25× faster than that anchor, on the CLI's path and
// on the app's (day blocks through the api's transport as the web host carries them: copied
// per day as the import Worker does, a binary body, decoded, the contract's zod check; IPC
// clones the same bytes); < 300 MB peak at 4M rows.
// Check: every stored point is read back from SQLite and compared with the parsed points.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { blankPlan } from '../src/main/services/templates';
import { openDatabase, type OpenedDatabase } from '../src/main/store/open-database';
import { createPlanRepository } from '../src/main/store/plan-repository';
import { createTrafficRepository } from '../src/main/store/traffic-repository';
import { importTrafficFile } from '../src/main/traffic/import-traffic-file';
import { dayBlocksOf, storeImportedHistory } from '../src/main/traffic/store-day-blocks';
import { createTrafficHandlers } from '../src/main/services/traffic-handlers';
import { APPEND_MAX_BYTES, TrafficAppendSchema } from '../src/shared/contract/traffic';
import { decodeBinaryBody, encodeBinaryBody } from '../src/shared/api-binary';
import { capHistorySummary, TrafficHistorySummarySchema } from '../src/shared/model/traffic-history';
import type { TrafficPoints } from '../src/shared/traffic';
import { check, figure, goal } from './bench-report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = Number(process.env.HEADROOM_BENCH_ROWS ?? 1_000_000);
const SPEEDUP_GOAL = 1.25;
const PEAK_ROWS = 4_000_000;
const PEAK_GOAL_MB = 300;
const RUNS = 5;
const file = path.join(tmpdir(), `headroom-bench-traffic-${ROWS}-v2.csv`);
const dbDir = path.join(tmpdir(), `headroom-bench-traffic-db-${process.pid}`);

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
  let t = new Float64Array(1 << 16);
  let v = new Float64Array(1 << 16);
  let header = true;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      skipEmptyLines: true,
      chunk(results: Papa.ParseResult<string[]>) {
        for (const row of results.data) {
          if (header) {
            header = false;
            continue;
          }
          if (rows === t.length) {
            const t2 = new Float64Array(t.length * 2);
            t2.set(t);
            t = t2;
            const v2 = new Float64Array(v.length * 2);
            v2.set(v);
            v = v2;
          }
          t[rows] = Date.parse(row[0]!);
          v[rows] = Number(row[1]);
          rows++;
        }
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  if (rows < ROWS || !Number.isFinite(t[rows - 1]!) || !Number.isFinite(v[rows - 1]!)) throw new Error(`papaparse saw ${rows} rows`);
  return performance.now() - t0;
}

/** The app's own store: a fresh data folder, the real migrations, one plan to hang the history on. */
function openStore(): { opened: OpenedDatabase; planId: string } {
  rmSync(dbDir, { recursive: true, force: true });
  const opened = openDatabase(dbDir);
  const planId = createPlanRepository(opened.db).create(blankPlan('bench', new Date())).id;
  return { opened, planId };
}

/** Every stored point, read back from SQLite in day order, equals the parsed points. */
function readBack(opened: OpenedDatabase, seriesId: string, points: TrafficPoints): void {
  const rows = opened.db.prepare<[string], { t: Buffer; v: Buffer }>('SELECT t, v FROM traffic_blocks WHERE series_id = ? ORDER BY day').all(seriesId);
  let at = 0;
  for (const row of rows) {
    const t = new Float64Array(row.t.buffer.slice(row.t.byteOffset, row.t.byteOffset + row.t.byteLength));
    const v = new Float64Array(row.v.buffer.slice(row.v.byteOffset, row.v.byteOffset + row.v.byteLength));
    check(t.length === v.length, 'a stored block has as many timestamps as values');
    for (let i = 0; i < t.length; i++, at++) check(t[i] === points.t[at] && v[i] === points.v[at], `stored point ${at} equals the parsed one`);
  }
  check(at === points.t.length && at === ROWS, `read back ${at} of ${ROWS} points`);
}

type Path = 'cli' | 'app';

/** One import. 'cli': the parsed blocks go straight to the repository. 'app': through the api's transport as the renderer sends them. */
async function oursOnce(path_: Path, verify = false): Promise<{ total: number; parse: number; store: number }> {
  const { opened, planId } = openStore(); // the app's store is open before an import starts
  const repo = createTrafficRepository(opened.db);
  const t0 = performance.now();
  const result = await importTrafficFile(file, { fileName: path.basename(file) });
  const t1 = performance.now();
  if (!result.ok) throw new Error(result.error.message);
  check(result.summary.rows === ROWS, `parsed ${result.summary.rows} of ${ROWS} rows`);
  const source = { planId, sourceNodeId: 'src', fileName: path.basename(file), format: 'csv' as const };
  let seriesId: string;
  let rowCount: number;
  if (path_ === 'cli') {
    const stored = storeImportedHistory(repo, source, result.points, result.summary);
    seriesId = stored.seriesId;
    rowCount = stored.rowCount;
  } else {
    const api = createTrafficHandlers(repo);
    const { importId } = await api.begin(source);
    let batch: { day: number; t: Uint8Array; v: Uint8Array }[] = [];
    let bytes = 0;
    const send = async () => {
      // What crosses the wire: the web host's binary body, decoded and checked by the contract on main's side.
      const input = TrafficAppendSchema.parse(decodeBinaryBody(encodeBinaryBody({ importId, blocks: batch })));
      await api.append(input);
      batch = [];
      bytes = 0;
    };
    for (const block of dayBlocksOf(result.points)) {
      // The Worker's copies of each day (a view would clone its whole buffer).
      const wire = { day: block.day, t: block.t.slice(), v: block.v.slice() };
      if (batch.length > 0 && bytes + wire.t.byteLength + wire.v.byteLength > APPEND_MAX_BYTES * 0.75) await send();
      batch.push(wire);
      bytes += wire.t.byteLength + wire.v.byteLength;
    }
    if (batch.length > 0) await send();
    const stored = await api.commit({ importId, summary: TrafficHistorySummarySchema.parse(capHistorySummary(result.summary)) });
    seriesId = stored.seriesId;
    rowCount = stored.rowCount;
  }
  const t2 = performance.now();
  check(rowCount === ROWS, `stored ${rowCount} of ${ROWS} rows`);
  if (verify) readBack(opened, seriesId, result.points);
  opened.db.close();
  return { total: t2 - t0, parse: t1 - t0, store: t2 - t1 };
}

async function main(): Promise<void> {
  if (!existsSync(file)) {
    // In a child process, so building the file's text does not count in our peak RSS.
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--generate'], { stdio: 'inherit', env: process.env });
    if (child.status !== 0) throw new Error('could not generate the input file');
  }
  const mb = statSync(file).size / 1024 / 1024;
  console.log(`input: ${file} (${ROWS.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB)`);
  const peakPath = process.argv[process.argv.indexOf('--peak') + 1];
  if (process.argv.includes('--peak') && (peakPath === 'cli' || peakPath === 'app')) {
    await oursOnce(peakPath, true);
    console.log(JSON.stringify({ peak: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  await oursOnce('cli', true); // warm up (JIT) and check every stored point, on both paths
  await oursOnce('app', true);
  const oursRssMb = process.resourceUsage().maxRSS / 1024;
  await papaparseOnce();
  const cli: number[] = [];
  const app: number[] = [];
  const parseOnly: number[] = [];
  const storeOnly: number[] = [];
  const papa: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    gc();
    const o = await oursOnce('cli');
    cli.push(o.total);
    parseOnly.push(o.parse);
    storeOnly.push(o.store);
    gc();
    app.push((await oursOnce('app')).total);
    gc();
    papa.push(await papaparseOnce());
  }
  const p = median(papa);
  figure(`anchor: papaparse to typed numbers (stream, Date.parse + Number into Float64Arrays), median of ${RUNS}`, `${p.toFixed(0)} ms`);
  figure('  headroom read+parse+validate+aggregate', `${median(parseOnly).toFixed(0)} ms`);
  figure('  headroom store into SQLite (day blocks, staged then committed)', `${median(storeOnly).toFixed(0)} ms`);
  figure(`  every stored point read back and compared (${ROWS.toLocaleString('en-US')} points, both paths)`, 'equal');
  goal(`traffic import end to end, the CLI's path: ${median(cli).toFixed(0)} ms; papaparse ÷ headroom`, p / median(cli), '×', SPEEDUP_GOAL, { lowerIsBetter: false });
  goal(`traffic import end to end, the app's path (binary day blocks + zod over the api): ${median(app).toFixed(0)} ms; papaparse ÷ headroom`, p / median(app), '×', SPEEDUP_GOAL, { lowerIsBetter: false });
  figure(`peak RSS of imports of ${ROWS.toLocaleString('en-US')} rows (both paths, before papaparse ran)`, `${oursRssMb.toFixed(0)} MB`);
  rmSync(dbDir, { recursive: true, force: true });
  // The 4M-row peak, in a process of its own (maxRSS only grows), from this file bundled as
  // the CLI is (esbuild; better-sqlite3 from node_modules) and run by plain node: tsx alone
  // holds ~50 MB that no shipped build carries.
  const bundled = path.join(root, 'out', 'bench', 'traffic-import.mjs');
  await build({ entryPoints: [fileURLToPath(import.meta.url)], outfile: bundled, bundle: true, format: 'esm', platform: 'node', target: 'node20', external: ['better-sqlite3', 'papaparse'], logLevel: 'silent', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  for (const which of ['cli', 'app'] as const) {
    const peak = spawnSync(process.execPath, ['--expose-gc', bundled, '--peak', which], { encoding: 'utf8', env: { ...process.env, HEADROOM_BENCH_ROWS: String(PEAK_ROWS) }, stdio: ['ignore', 'pipe', 'inherit'] });
    check(peak.status === 0, `the ${PEAK_ROWS}-row import ran`);
    const line = peak.stdout.trim().split('\n');
    const at4m = JSON.parse(line[line.length - 1]!) as { peak: number };
    goal(`peak RSS importing ${PEAK_ROWS.toLocaleString('en-US')} rows, the ${which === 'cli' ? "CLI's" : "app's"} path (every point read back)`, at4m.peak, 'MB', PEAK_GOAL_MB, { digits: 0 });
  }
}

if (process.argv.includes('--generate')) generate();
else await main();
