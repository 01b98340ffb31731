import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The prebuilt bundle (scripts/build-cli.mjs) must answer exactly as the sources do: same
// stdout, stderr and exit code for project / traffic / export on the samples, the same files.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'headroom.mjs');
const samples = path.join(root, 'resources', 'samples');
const fixtures = path.join(root, 'src', 'shared', 'traffic', 'fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'headroom-bundle-'));
let bundle = '';

type BuildCli = { buildCli(root: string): Promise<{ entry: string; builtAt: number; inputs: string[] }> };

beforeAll(async () => {
  const { buildCli } = (await import(pathToFileURL(path.join(root, 'scripts', 'build-cli.mjs')).href)) as BuildCli;
  bundle = path.join(root, 'out', 'cli', (await buildCli(root)).entry);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fromBundle(args: string[]) {
  return spawnSync(process.execPath, [bundle, ...args], { cwd: root, encoding: 'utf8', timeout: 25_000 });
}
function fromSource(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', 'run.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 25_000 });
}
function same(args: string[]) {
  const a = fromBundle(args);
  const b = fromSource(args);
  expect({ status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({ status: b.status, stdout: b.stdout, stderr: b.stderr });
  return a;
}

async function cells(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[] = [sheet.name];
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void rows.push([cell.address, cell.value, cell.numFmt])));
    return rows;
  });
}

describe('the CLI bundle answers as the sources do', () => {
  const sampleFiles = readdirSync(samples).filter((f) => f.endsWith('.headroom.json'));

  it.each(sampleFiles)('project %s, as a table and as JSON', (name) => {
    const file = path.join(samples, name);
    expect(same(['project', file]).status).toBe(0);
    expect(same(['project', file, '--json']).status).toBe(0);
  });

  it.each(['real-grafana-excel.csv', 'dst-fall-back-paris.csv', 'bad-negative.csv'])('traffic %s, as text and as JSON', (name) => {
    same(['traffic', path.join(fixtures, name), '--unit', 'perSecond']);
    same(['traffic', path.join(fixtures, name), '--json']);
  });

  it('usage, an unknown command, a bad option and a missing file', () => {
    same(['--help']);
    same(['toString']);
    same(['project', '--nope']);
    same(['project', path.join(dir, 'missing.headroom.json')]);
  });

  it('export writes the same tfvars files and the same workbook cells', async () => {
    const plan = path.join(samples, 'global-conference.headroom.json');
    const a = fromBundle(['export', plan, '--xlsx', path.join(dir, 'a', 'report.xlsx'), '--tfvars', path.join(dir, 'a', 'tf'), '--json']);
    const b = fromSource(['export', plan, '--xlsx', path.join(dir, 'b', 'report.xlsx'), '--tfvars', path.join(dir, 'b', 'tf'), '--json']);
    expect(a.stderr).toBe(b.stderr);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(a.stdout.replaceAll(`${path.sep}a${path.sep}`, '/x/')).toBe(b.stdout.replaceAll(`${path.sep}b${path.sep}`, '/x/'));
    const tfA = readdirSync(path.join(dir, 'a', 'tf')).sort();
    expect(tfA).toEqual(readdirSync(path.join(dir, 'b', 'tf')).sort());
    expect(tfA.length).toBeGreaterThan(2);
    for (const f of tfA) expect(readFileSync(path.join(dir, 'a', 'tf', f), 'utf8')).toBe(readFileSync(path.join(dir, 'b', 'tf', f), 'utf8'));
    expect(await cells(path.join(dir, 'a', 'report.xlsx'))).toEqual(await cells(path.join(dir, 'b', 'report.xlsx')));
  });
});

describe('bin/headroom.mjs and the bundle', () => {
  function exceljsLoadedBy(args: string[]) {
    // exceljs is CommonJS: once imported, its files sit in the require cache.
    const probe = `import { createRequire } from 'node:module';
      process.argv = [process.argv[0], 'headroom', ...${JSON.stringify(args)}];
      process.on('exit', () => console.error('EXCELJS=' + Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/exceljs/'))));
      await import(${JSON.stringify(pathToFileURL(bundle).href)});`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8', timeout: 25_000 });
    return /EXCELJS=(true|false)/.exec(r.stderr)?.[1];
  }

  it('project does not load exceljs; export does', () => {
    expect(exceljsLoadedBy(['project', path.join(samples, 'flash-sale.headroom.json')])).toBe('false');
    expect(exceljsLoadedBy(['export', path.join(samples, 'flash-sale.headroom.json'), '--xlsx', path.join(dir, 'probe.xlsx')])).toBe('true');
  });

  it('project chunk imports neither exceljs nor the export or traffic chunks', () => {
    const chunks = path.join(path.dirname(bundle), 'chunks');
    const project = readdirSync(chunks).find((f) => f.startsWith('project-') && f.endsWith('.mjs'));
    expect(project).toBeDefined();
    const seen = new Set<string>();
    const queue = [path.join(chunks, project!)];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from\s*"exceljs"|import\("exceljs"\)/);
      // static imports only: the dynamic ones are other commands, loaded when they run
      for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?"(\.[^"]+)"/g)) queue.push(path.resolve(path.dirname(file), m[1]!));
    }
    expect([...seen].some((f) => /export-|traffic-/.test(path.basename(f)))).toBe(false);
  });

  it('rebuilds the bundle when a source is newer than it, and answers the same', () => {
    const manifestFile = path.join(root, 'out', 'cli', 'manifest.json');
    const before = JSON.parse(readFileSync(manifestFile, 'utf8')) as { builtAt: number };
    const source = path.join(root, 'src', 'cli', 'table.ts');
    const { atime, mtime } = statSync(source);
    const later = new Date(before.builtAt + 2000);
    utimesSync(source, later, later);
    try {
      const r = spawnSync(process.execPath, [bin, 'project', path.join(samples, 'flash-sale.headroom.json'), '--json'], { cwd: root, encoding: 'utf8', timeout: 25_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const after = JSON.parse(readFileSync(manifestFile, 'utf8')) as { builtAt: number; entry: string };
      expect(after.builtAt).toBeGreaterThan(before.builtAt);
      expect(r.stdout).toBe(fromSource(['project', path.join(samples, 'flash-sale.headroom.json'), '--json']).stdout);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});
