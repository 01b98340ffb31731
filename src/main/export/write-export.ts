import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Plan } from '../../shared/model';
import type { Projection } from '../../shared/engine/types';
import { buildTfvarsModel } from '../../shared/export/tfvars-model';
import { renderTfvarsFiles } from '../../shared/export/tfvars';
import type { StageId } from '../../shared/export/stages';
import type { ScenarioComparison } from '../../shared/scenarios/compare';
import { writeWorkbook } from '../../shared/export/xlsx/workbook';
import { nodeBuffer } from './node-buffer';
import type { ReadinessInput, TrafficInput } from '../../shared/export/xlsx/report-sheets';

/**
 * Writes the hand-off files. Every file goes to a temporary name beside its target and is
 * renamed into place only after *all* files of the export were written, so a full disk or
 * a read-only folder never leaves a half-written report or a mix of old and new stages.
 * No electron here: the Export view's IPC handler and the CLI both call this.
 */

export class ExportWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportWriteError';
  }
}

export interface ExportRequest {
  plan: Plan;
  projection: Projection;
  xlsxPath?: string | undefined;
  tfvarsDir?: string | undefined;
  /** Only this stage's tfvars (plus variables.tf); all stages when absent. */
  stage?: StageId | undefined;
  readiness?: ReadinessInput | undefined;
  /** Every scenario side by side, for the workbook's Scenarios sheet. */
  scenarios?: ScenarioComparison | undefined;
  traffic?: readonly TrafficInput[] | undefined;
}

export interface ExportResult {
  written: string[];
}

interface Pending {
  target: string;
  data: string | Uint8Array;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
    if (code === 'ENOENT') return 'the folder does not exist';
    if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
    if (code === 'ENOSPC') return 'the disk is full';
    if (code === 'EISDIR') return 'it is a folder';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Writes all files or none: temp files first, then renames; temps are removed on failure. */
export async function writeFilesAtomically(files: readonly Pending[]): Promise<string[]> {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = path.join(path.dirname(file.target), `.${path.basename(file.target)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temp, file.data, { flag: 'wx' });
      } catch (error) {
        throw new ExportWriteError(`cannot write ${file.target}: ${reason(error)}`);
      }
      temps.push(temp);
    }
    for (let i = 0; i < files.length; i++) {
      const target = files[i]!.target;
      try {
        await rename(temps[i]!, target);
      } catch (error) {
        throw new ExportWriteError(`cannot write ${target}: ${reason(error)}`);
      }
    }
    return files.map((f) => f.target);
  } finally {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
  }
}

/** Builds the requested files from a validated plan and its projection and writes them. */
export async function writeExport(request: ExportRequest): Promise<ExportResult> {
  const pending: Pending[] = [];
  if (request.xlsxPath) {
    const bytes = await writeWorkbook({
      plan: request.plan,
      projection: request.projection,
      readiness: request.readiness,
      traffic: request.traffic,
      scenarios: request.scenarios,
      deflate: (d) => deflateSync(d),
    }, { nodeBuffer });
    pending.push({ target: path.resolve(request.xlsxPath), data: bytes });
  }
  if (request.tfvarsDir) {
    const dir = path.resolve(request.tfvarsDir);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new ExportWriteError(`cannot create ${dir}: ${reason(error)}`);
    }
    const model = buildTfvarsModel(request.plan, request.projection);
    for (const file of renderTfvarsFiles(model, request.stage)) pending.push({ target: path.join(dir, file.name), data: file.content });
  }
  return { written: await writeFilesAtomically(pending) };
}
