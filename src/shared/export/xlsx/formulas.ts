import type { XlsxRefs } from '../../kinds/kind';

/**
 * The spreadsheet helpers every kind's XLSX formulas (src/shared/kinds/<kind>/xlsx.ts)
 * share: the engine's ceilSafe and N+k / zones redundancy, written over cell references.
 * The LibreOffice integration test recomputes them and compares with the engine.
 */

/** Absolute references to one node's inputs (Assumptions cells) and its capacity cell. */
export type SizingRefs = XlsxRefs;

export function need(ref: string | undefined, what: string): string {
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

/** ceil(load × (1 + buffer) / capacity): the base need of kinds sized by a per-unit capacity. */
export function perUnitBaseFormula(r: SizingRefs, load: string): string {
  return ceilSafeFormula(`${load}*(1+${r.buffer})/${r.capacity}`);
}

/** engine `withRedundancy`: 0 stays 0; survive a zone loss → ceil(n·z/(z−1)); + k; round up to a multiple of z. */
export function standardRedundancyFormula(r: SizingRefs, n: string): string {
  return `IF(${n}<=0,0,ROUNDUP((IF(AND(${r.survive}=1,${r.zones}>1),${ceilSafeFormula(`${n}*${r.zones}/(${r.zones}-1)`)},${n})+${r.nPlusK})/${r.zones},0)*${r.zones})`;
}

/** The autoscaling minimum on top (services and worker pools); other kinds have none. */
export function withMinimum(r: SizingRefs, unclamped: string): string {
  return r.min === undefined ? unclamped : `MAX(${unclamped},${r.min})`;
}

/** `hourly × units × 730`: a month of an hourly-priced count. */
export function hourlyCostFormula(r: SizingRefs, units: string): string {
  return `${need(r.hourlyCost, 'hourlyCost')}*${units}*730`;
}
