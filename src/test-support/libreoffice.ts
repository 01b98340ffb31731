import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/**
 * LibreOffice for integration tests: open an .xlsx forced to recompute every formula (the
 * profile sets OOXMLRecalcMode = 0, "always"; by default LibreOffice trusts cached values)
 * and read each sheet back as CSV. `soffice` is null where LibreOffice is not installed.
 */
export const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0) ?? null;

export const sofficeSkipReason = 'soffice not installed; apt-get install libreoffice-calc-nogui';

/** A LibreOffice user profile under `root` that recomputes on load; one per parallel job. */
export function recalcProfile(root: string): string {
  const user = path.join(root, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${path.join(root, 'profile')}`;
}

/**
 * Recompute every workbook in `files` (one soffice run for all of them) and return, per
 * file, each sheet's rows as LibreOffice computed them: `out[file][sheet]`.
 */
export function recomputeSheets(root: string, files: readonly string[], sheets: readonly string[]): Record<string, Record<string, string[][]>> {
  if (!soffice) throw new Error(sofficeSkipReason);
  const outDir = path.join(root, 'csv');
  execFileSync(soffice, [
    `-env:UserInstallation=${recalcProfile(root)}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir', outDir, ...files,
  ], { stdio: 'pipe', timeout: 600_000 });
  const out: Record<string, Record<string, string[][]>> = {};
  for (const file of files) {
    const stem = path.basename(file).replace(/\.xlsx$/, '');
    out[file] = {};
    for (const sheet of sheets) {
      const csv = path.join(outDir, `${stem}-${sheet}.csv`);
      out[file][sheet] = existsSync(csv) ? Papa.parse<string[]>(readFileSync(csv, 'utf8')).data : [];
    }
  }
  return out;
}
