// Electronegativity (Doyensec's Electron security scanner) over src/, gated on its report:
// the tool exits 0 even with HIGH findings, so this script fails on every finding that is
// not in scripts/electronegativity-allow.json with a written reason (see docs/security.md).
// Runs offline: the scanner's lookup of Electron releases fails here, which is harmless
// because the Electron version is passed explicitly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(root, 'test-results', 'electronegativity.sarif');
const allowFile = path.join(root, 'scripts', 'electronegativity-allow.json');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

mkdirSync(path.dirname(report), { recursive: true });
rmSync(report, { force: true });
const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const run = spawnSync(bin, ['-i', 'src', '-r', '-e', electronVersion, '-o', report], { cwd: root, encoding: 'utf8', timeout: 120_000 });
if (!existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error(`electronegativity: no report was written (exit ${run.status}, ${run.error?.message ?? 'no error'})`);
  process.exit(1);
}

// SARIF, not CSV: the scanner writes a CSV's header and its rows with two concurrent
// fs.writeFile calls ('w' then 'a'), and under load the header landed over the first row
// (a fresh-clone CI run lost 74 bytes of it). Its SARIF report is one write.
const sarif = JSON.parse(readFileSync(report, 'utf8'));
const findings = (sarif.runs?.[0]?.results ?? []).map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  return {
    check: String(r.ruleId ?? '').trim(),
    // SARIF keeps no severity: 'warning' is a finding, 'note' one the scanner marks for manual review.
    severity: String(r.level ?? ''),
    file: String(where?.artifactLocation?.uri ?? 'N/A').trim().replaceAll('\\', '/'),
    location: `${where?.region?.startLine ?? 0}:${(where?.region?.startColumn ?? 1) - 1}`,
    description: String(r.message?.text ?? '').trim(),
  };
});
if (findings.some((f) => f.check === '' || f.file === '')) {
  console.error(`electronegativity: a result in ${report} has no rule or file`);
  process.exit(1);
}

const allow = JSON.parse(readFileSync(allowFile, 'utf8'));
for (const entry of allow) {
  if (!entry.check || !entry.file || typeof entry.reason !== 'string' || entry.reason.length < 20) {
    console.error(`electronegativity: allow-list entry ${JSON.stringify(entry)} needs check, file and a written reason`);
    process.exit(1);
  }
}
const justified = (f) => allow.some((a) => a.check === f.check && a.file === f.file);
const unjustified = findings.filter((f) => !justified(f));
const stale = allow.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));

for (const f of findings) {
  console.log(`${justified(f) ? 'allowed ' : 'FINDING '} ${f.severity.padEnd(11)} ${f.check} ${f.file}:${f.location} ${f.description}`);
}
// A stale entry is not a failure (the code got safer), but it should be removed.
for (const a of stale) console.log(`stale allow-list entry (no longer found): ${a.check} ${a.file}`);
console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.length - unjustified.length} justified in docs/security.md, ${unjustified.length} unjustified`);
process.exit(unjustified.length === 0 ? 0 : 1);
