import type ExcelJS from 'exceljs';
import type { HeadroomPolicy, Plan, PlanNode } from '../../model';
import { POLICY_DEFAULTS } from '../../engine/policy-note';
import { resolvePolicy } from '../../engine/sizing-common';
import type { Projection } from '../../engine/types';
import { cellText } from './text';
import type { SizingRefs } from './formulas';

/**
 * The Assumptions sheet: every input with its unit and where it came from, one row each,
 * so formulas elsewhere point at a single cell. A node's headroom policy, unless the node
 * overrides it, is a formula pointing at the plan's cell: change the plan buffer once and
 * every tier moves.
 */

export type NodeRefs = Omit<SizingRefs, 'capacity'> & Record<string, string | undefined>;

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
    if (node.kind === 'trafficSource') {
      add(name, 'Baseline', node.params.baselineRps, 'rps', `typed or from history (${node.params.baselineStatistic})`);
      continue;
    }
    if (node.kind === 'cdn' || node.kind === 'queue' || node.kind === 'external') {
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
    const detail = projected.atEvent.detail;
    const reads = detail.kind === 'database' ? detail.readRps : projected.atEvent.loadRps;
    refs.load = add(name, node.kind === 'database' ? 'Reads at event' : 'Load at event', reads, node.kind === 'workerPool' ? 'msg/s' : 'rps', 'engine: propagated from the traffic sources (growth × surge)');
    Object.assign(refs, kindInputs(node, name, add));
    nodes.set(node.id, refs);
  }
  return { surge, nodes };
}

function kindInputs(node: PlanNode, name: string, add: (scope: string, input: string, value: Value, unit: string, source: string) => string): Record<string, string> {
  const typed = 'typed in the plan';
  switch (node.kind) {
    case 'service': {
      const p = node.params;
      return {
        measuredRps: add(name, 'Measured throughput', p.measuredRps, 'rps', typed),
        measuredUtilization: add(name, '…at utilization', p.measuredUtilization, 'ratio', typed),
        current: add(name, 'Current instances', p.currentInstances, 'instances', typed),
        min: add(name, 'Autoscaling min', p.minInstances, 'instances', typed),
        max: add(name, 'Autoscaling max', p.maxInstances, 'instances', typed),
        hourlyCost: add(name, 'Hourly cost per instance', p.hourlyCost, 'per hour', typed),
      };
    }
    case 'workerPool': {
      const p = node.params;
      return {
        secondsPerMessage: add(name, 'Seconds per message', p.secondsPerMessage, 's', typed),
        current: add(name, 'Current workers', p.currentWorkers, 'workers', typed),
        min: add(name, 'Min workers', p.minWorkers, 'workers', typed),
        max: add(name, 'Max workers', p.maxWorkers, 'workers', typed),
        hourlyCost: add(name, 'Hourly cost per worker', p.hourlyCost, 'per hour', typed),
      };
    }
    case 'loadBalancer': {
      const p = node.params;
      return {
        rpsPerUnit: add(name, 'Throughput per unit at target', p.rpsPerUnit, 'rps', typed),
        current: add(name, 'Current units', p.currentUnits, 'units', typed),
        hourlyCost: add(name, 'Hourly cost per unit', p.hourlyCost, 'per hour', typed),
      };
    }
    case 'database': {
      const p = node.params;
      return {
        readCapacityPerReplica: add(name, 'Reads per replica at target', p.readCapacityPerReplica, 'rps', typed),
        current: add(name, 'Current read replicas', p.currentReplicas, 'replicas', typed),
        max: add(name, 'Max read replicas', p.maxReplicas, 'replicas', typed),
        hourlyCost: add(name, 'Hourly cost per instance', p.hourlyCost, 'per hour', typed),
      };
    }
    case 'cache': {
      const p = node.params;
      return {
        workingSetGb: add(name, 'Working set', p.workingSetGb, 'GB', typed),
        memoryOverhead: add(name, 'Memory overhead', p.memoryOverhead, 'ratio', typed),
        nodeMemoryGb: add(name, 'Memory per node', p.nodeMemoryGb, 'GB', typed),
        opsPerNode: add(name, 'Operations per node', p.opsPerNode, 'ops/s', typed),
        replicasPerNode: add(name, 'Replicas per shard', p.replicasPerNode, 'replicas', typed),
        current: add(name, 'Current nodes', p.currentNodes, 'nodes', typed),
        hourlyCost: add(name, 'Hourly cost per node', p.hourlyCost, 'per hour', typed),
      };
    }
    default:
      return {};
  }
}
