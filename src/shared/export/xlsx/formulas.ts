import type { NodeKind } from '../../model';

/**
 * Spreadsheet versions of the engine's sizing formulas (src/shared/engine/sizing-*.ts),
 * written over cell references so a reader who changes an input sees the result move.
 * Each mirrors one engine function; the LibreOffice integration test recomputes them and
 * compares with the engine, so a change there that is not mirrored here fails a test.
 */

/** Absolute references to one node's inputs (Assumptions cells) and its capacity cell. */
export interface SizingRefs {
  buffer: string;
  target: string;
  nPlusK: string;
  zones: string;
  survive: string;
  /** Per-unit capacity (Capacity sheet): rps per instance / unit / replica / cache node ops, msg/s per worker. */
  capacity: string;
  min?: string;
  secondsPerMessage?: string;
  workingSetGb?: string;
  memoryOverhead?: string;
  nodeMemoryGb?: string;
  replicasPerNode?: string;
}

export const sizedKinds: readonly NodeKind[] = ['service', 'loadBalancer', 'database', 'cache', 'workerPool'];

function need(ref: string | undefined, what: string): string {
  if (ref === undefined) throw new Error(`missing reference for ${what}`);
  return ref;
}

/**
 * engine `ceilSafe`: ceil(x − 1e-9 × max(1, x)), never below 0. The same expression in the
 * same operation order, so Excel and LibreOffice compute the engine's count even where x
 * carries float dust (77.00000000000001 needs 77, not 78).
 */
export function ceilSafeFormula(x: string): string {
  return `MAX(0,ROUNDUP((${x})-1E-9*MAX(1,(${x})),0))`;
}

/** ceil(load × (1 + buffer) / capacity), per kind; cache: shards = max(memory, ops). */
export function baseFormula(kind: NodeKind, r: SizingRefs, load: string): string {
  switch (kind) {
    case 'workerPool':
      return ceilSafeFormula(`${load}*(1+${r.buffer})*${need(r.secondsPerMessage, 'secondsPerMessage')}/${r.target}`);
    case 'cache':
      return `MAX(${ceilSafeFormula(`${need(r.workingSetGb, 'workingSetGb')}*(1+${need(r.memoryOverhead, 'memoryOverhead')})/${need(r.nodeMemoryGb, 'nodeMemoryGb')}`)},${ceilSafeFormula(`${load}*(1+${r.buffer})/${r.capacity}`)})`;
    default:
      return ceilSafeFormula(`${load}*(1+${r.buffer})/${r.capacity}`);
  }
}

/**
 * engine `withRedundancy`: 0 stays 0; survive a zone loss → ceil(n·z/(z−1)); + k; round
 * up to a multiple of z. Cache: shards × (1 + replicas), rounded up to z (no N+k).
 */
export function redundancyFormula(kind: NodeKind, r: SizingRefs, n: string): string {
  if (kind === 'cache') return `ROUNDUP(${n}*(1+${need(r.replicasPerNode, 'replicasPerNode')})/${r.zones},0)*${r.zones}`;
  return `IF(${n}<=0,0,ROUNDUP((IF(AND(${r.survive}=1,${r.zones}>1),${ceilSafeFormula(`${n}*${r.zones}/(${r.zones}-1)`)},${n})+${r.nPlusK})/${r.zones},0)*${r.zones})`;
}

/** The autoscaling minimum on top (services and worker pools); other kinds have none. */
export function withMinimum(r: SizingRefs, unclamped: string): string {
  return r.min === undefined ? unclamped : `MAX(${unclamped},${r.min})`;
}

/** Required in one cell (the Projection sheet's monthly formula). */
export function requiredFormula(kind: NodeKind, r: SizingRefs, load: string): string {
  return withMinimum(r, redundancyFormula(kind, r, baseFormula(kind, r, load)));
}
