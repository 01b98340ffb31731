import type ExcelJS from 'exceljs';
import type { HeadroomPolicy, Plan } from '../../model';
import { kindOf } from '../../kinds';
import { POLICY_DEFAULTS } from '../../engine/policy-note';
import { resolvePolicy } from '../../engine/sizing-common';
import type { Projection } from '../../engine/types';
import { cellText } from './text';
import type { XlsxNodeRefs } from '../../kinds/kind';

/**
 * The Assumptions sheet: every input with its unit and where it came from, one row each,
 * so formulas elsewhere point at a single cell. A node's headroom policy, unless the node
 * overrides it, is a formula pointing at the plan's cell: change the plan buffer once and
 * every tier moves.
 */

export type NodeRefs = XlsxNodeRefs;

export interface AssumptionRefs {
  surge: string;
  nodes: Map<string, NodeRefs>;
}

type Value = number | string | boolean | { formula: string; result: number };

const SHEET = 'Assumptions';

export const ASSUMPTIONS_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1 }];

export function writeAssumptions(ws: ExcelJS.Worksheet, plan: Plan, projection: Projection): AssumptionRefs {
  ws.columns = [
    { header: 'Scope', key: 'scope', width: 28 },
    { header: 'Input', key: 'input', width: 34 },
    { header: 'Value', key: 'value', width: 16 },
    { header: 'Unit', key: 'unit', width: 14 },
    { header: 'Source', key: 'source', width: 60 },
  ];
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();

  function add(scope: string, input: string, value: Value, unit: string, source: string): string {
    const row = ws.addRow([cellText(scope), input, value, unit, cellText(source)]);
    const cell = row.getCell(3);
    if (unit === 'ratio') cell.numFmt = '0.0%';
    else if (typeof value === 'number' || typeof value === 'object') cell.numFmt = '#,##0.###';
    row.commit();
    return `${SHEET}!$C$${row.number}`;
  }

  const P = 'Plan';
  add(P, 'Plan name', cellText(plan.name), '', 'plan');
  add(P, 'Event', cellText(plan.event.name), '', 'plan');
  add(P, 'Event start date', plan.event.startDate, 'date', `plan (${cellText(plan.event.timeZone)})`);
  add(P, 'Event duration', plan.event.durationDays, 'days', 'plan');
  add(P, 'Projection start month', plan.startMonth, 'YYYY-MM', 'plan');
  add(P, 'Horizon', plan.horizonMonths, 'months', 'plan');
  add(P, 'Growth per month', plan.growth.monthlyRate, 'ratio', `plan (${plan.growth.method}, ${plan.growth.source})`);
  const surge = add(P, 'Event surge', projection.surgeMultiplier, '×', `plan: ${projection.surgeLabel}`);
  // Which policy figures nobody chose: the schema's defaults are said to be defaults.
  const source = (key: keyof HeadroomPolicy) => (plan.headroom[key] === POLICY_DEFAULTS[key] ? 'plan headroom policy (the default)' : 'plan headroom policy');
  const planTarget = add(P, 'Target utilization (services, workers)', plan.headroom.targetUtilization, 'ratio', source('targetUtilization'));
  const planBuffer = add(P, 'Buffer', plan.headroom.buffer, 'ratio', source('buffer'));
  const planK = add(P, 'N+k spares', plan.headroom.nPlusK, 'units', source('nPlusK'));
  const planZones = add(P, 'Zones', plan.headroom.zones, 'zones', source('zones'));
  const planSurvive = add(P, 'Survive a zone loss', plan.headroom.surviveZoneLoss ? 1 : 0, '1 = yes', source('surviveZoneLoss'));
  add(P, 'Hours per month', 730, 'h', 'billing convention');
  add(P, 'Currency', cellText(plan.currency), '', 'plan');

  const nodes = new Map<string, NodeRefs>();
  for (const node of plan.nodes) {
    const projected = projection.byId[node.id];
    if (!projected) continue;
    const name = node.name;
    // A kind the report does not size: its traffic (a source's baseline, a limit-only kind's load) only.
    const entry = kindOf(node).entryTraffic(node);
    if (entry) {
      add(name, 'Baseline', entry.baselineRps, 'rps', `typed or from history (${entry.baselineStatistic})`);
      continue;
    }
    const xlsx = kindOf(node).xlsx;
    if (!xlsx) {
      add(name, 'Load at event', projected.atEvent.loadRps, 'rps', 'engine: propagated from the traffic sources');
      continue;
    }
    const policy = resolvePolicy(plan, node);
    const o = node.headroom ?? {};
    const policyCell = (input: string, own: number | undefined, planRef: string, resolved: number, unit: string) =>
      own === undefined
        ? add(name, input, { formula: planRef.replace(`${SHEET}!`, ''), result: resolved }, unit, 'plan headroom policy')
        : add(name, input, own, unit, 'node override');
    const refs: NodeRefs = {
      target: policyCell('Target utilization', o.targetUtilization, planTarget, policy.targetUtilization, 'ratio'),
      buffer: policyCell('Buffer', o.buffer, planBuffer, policy.buffer, 'ratio'),
      nPlusK: policyCell('N+k spares', o.nPlusK, planK, policy.nPlusK, 'units'),
      zones: policyCell('Zones', o.zones, planZones, policy.zones, 'zones'),
      survive: policyCell('Survive a zone loss', o.surviveZoneLoss === undefined ? undefined : o.surviveZoneLoss ? 1 : 0, planSurvive, policy.surviveZoneLoss ? 1 : 0, '1 = yes'),
    };
    refs.load = add(name, xlsx.loadLabel, xlsx.loadOf(projected.atEvent), kindOf(node).loadUnit, 'engine: propagated from the traffic sources (growth × surge)');
    Object.assign(refs, xlsx.inputs(node, name, add));
    nodes.set(node.id, refs);
  }
  return { surge, nodes };
}
