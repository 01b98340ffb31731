import type { NodeOfKind } from '../../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  redundancyExplanation,
  statusOf,
  withRedundancy,
  SizeScratch,
  type SizeContext,
  type SizeNumbers,
} from '../../engine/sizing-common';
import type { Explanation, NodeSizing } from '../../engine/types';
import { passOnRatio } from '../../engine/propagate';
import { kindOf } from '..';


/**
 * Connections the database's clients open: Σ over the services and worker pools with an
 * edge into it, each counted once however many edges it has (a read edge and a write edge
 * share one pool), of (their required count at this slot × their pool size). Databases
 * are sized after every other node, so their clients' counts are known even on a cycle.
 */
export function clientConnections(ctx: SizeContext, i: number, slot: number): number {
  let total = 0;
  const slots = ctx.loads.slots;
  const clients = ctx.graph.clientsOf[i]!;
  // An index loop: this runs for every database at every month of a recompute.
  for (let k = 0; k < clients.length; k++) {
    const s = clients[k]!;
    const src = ctx.plan.nodes[s]!;
    const pool = kindOf(src).dbPoolSize(src);
    if (pool !== null) total += ctx.required[s * slots + slot]! * pool;
  }
  return total;
}

/**
 * The read/write split of a database's load, from its in-edges: calls marked read, calls
 * marked write, and mixed calls split by readRatio. On a cycle an upstream node's load can
 * include what reached it after it passed its share on; there the edges are approximate.
 */
function explainReads(ctx: SizeContext, i: number, slot: number, readRatio: number, reads: number): Explanation {
  const { plan, graph, loads } = ctx;
  let read = 0;
  let write = 0;
  let mixed = 0;
  for (const e of graph.inEdges[i]!) {
    const s = graph.edgeSource[e]!;
    const edge = plan.edges[e]!;
    const calls = loads.load[s * loads.slots + slot]! * passOnRatio(plan.nodes[s]!) * edge.callsPerRequest;
    if (edge.access === 'read') read += calls;
    else if (edge.access === 'write') write += calls;
    else mixed += calls;
  }
  return {
    label: 'Reads (to replicas)',
    formula: 'calls marked read + mixed calls × readRatio (calls marked write go to the primary)',
    inputs: [
      { name: 'calls marked read', value: read, unit: 'qps' },
      { name: 'mixed calls', value: mixed, unit: 'qps' },
      { name: 'readRatio', value: readRatio, unit: 'ratio' },
      { name: 'calls marked write', value: write, unit: 'qps' },
    ],
    value: reads,
    unit: 'qps',
  };
}

/** Each client's pool, once per client: "api instances 136, api pool size 100", …. */
function explainClients(ctx: SizeContext, i: number, slot: number, clients: number): Explanation {
  const inputs: Explanation['inputs'] = [];
  for (const s of ctx.graph.clientsOf[i]!) {
    const src = ctx.plan.nodes[s]!;
    const client = kindOf(src);
    const pool = client.dbPoolSize(src);
    if (pool === null) continue;
    const unit = client.unit ?? 'units';
    inputs.push({ name: `${src.name} ${unit}`, value: ctx.required[s * ctx.loads.slots + slot]!, unit });
    inputs.push({ name: `${src.name} pool size`, value: pool, unit: `connections per ${unit.replace(/s$/, '')}` });
  }
  return { label: 'Client connections', formula: 'Σ over clients (each once) of count × pool size', inputs, value: clients, unit: 'connections' };
}

/**
 * Database: writes go to the primary (checked against its write capacity at target),
 * reads to replicas: replicas = ceil(reads × (1 + buffer) / readCapacityPerReplica), then
 * N+k and zones. The node's `required` counts replicas; the primary is always one.
 */
export type DatabaseNumbers = SizeNumbers & {
  reads: number;
  writes: number;
  base: number;
  primaryWriteUtilization: number;
  clients: number;
  connections: number;
};

export function databaseNumbers(node: NodeOfKind<'database'>, ctx: SizeContext, i: number, slot: number, out: DatabaseNumbers): DatabaseNumbers {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const at = i * ctx.loads.slots + slot;
  const reads = ctx.loads.reads[at]!;
  const writes = ctx.loads.writes[at]!;
  const base = ceilSafe((reads * (1 + policy.buffer)) / p.readCapacityPerReplica);
  const required = withRedundancy(base, policy);
  const primaryWriteUtilization = (writes * (1 + policy.buffer)) / p.primaryWriteCapacity;
  const clients = clientConnections(ctx, i, slot);
  const connections = p.poolerServerConnections > 0 ? Math.min(clients, p.poolerServerConnections) : clients;
  const current = p.currentReplicas;
  const hardShort = primaryWriteUtilization > 1 || connections > p.maxConnections;
  out.loadRps = ctx.loads.load[at]!;
  out.required = required;
  out.requiredUnclamped = required;
  out.current = current;
  out.status = statusOf(required, required, current, hardShort);
  // Against the rated capacities (typed "at target": the target utilization does not apply).
  // With no replicas the primary serves the reads too.
  out.utilization = current > 0
    ? Math.max(reads / (current * p.readCapacityPerReplica), writes / p.primaryWriteCapacity)
    : (reads / p.readCapacityPerReplica) + (writes / p.primaryWriteCapacity);
  out.monthlyCost = p.hourlyCost * (1 + required) * HOURS_PER_MONTH;
  out.reads = reads;
  out.writes = writes;
  out.base = base;
  out.primaryWriteUtilization = primaryWriteUtilization;
  out.clients = clients;
  out.connections = connections;
  return out;
}

export function sizeDatabase(node: NodeOfKind<'database'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const n = databaseNumbers(node, ctx, i, slot, new SizeScratch());
  const { required, reads, writes, base, primaryWriteUtilization, clients, connections } = n;
  return new Sizing(
    n,
    {
      kind: 'database', readRps: reads, writeRps: writes, replicasRequired: required, maxReplicas: p.maxReplicas,
      aboveMax: required > p.maxReplicas, primaryWriteUtilization, clientConnections: clients, connections,
      maxConnections: p.maxConnections,
    },
    withSteps ? [
      explainLoad(ctx, i, slot),
      explainReads(ctx, i, slot, p.readRatio, reads),
      {
        label: 'Read replicas for the reads',
        formula: 'ceil(reads × (1 + buffer) / readCapacityPerReplica)',
        inputs: [
          { name: 'reads', value: reads, unit: 'qps' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: 'readCapacityPerReplica', value: p.readCapacityPerReplica, unit: 'qps' },
        ],
        value: base,
        unit: 'replicas',
      },
      redundancyExplanation(base, required, policy, 'replicas', ctx, i),
      {
        label: 'Primary write load',
        formula: 'writes × (1 + buffer) / primaryWriteCapacity (above 1 the primary is short)',
        inputs: [
          { name: 'writes', value: writes, unit: 'qps' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: 'primaryWriteCapacity', value: p.primaryWriteCapacity, unit: 'qps' },
        ],
        value: primaryWriteUtilization,
        unit: 'ratio',
      },
      explainClients(ctx, i, slot, clients),
      {
        label: 'Connections at the database',
        formula: p.poolerServerConnections > 0
          ? 'min(client connections, poolerServerConnections), checked against maxConnections'
          : 'client connections, checked against maxConnections',
        inputs: [
          { name: 'client connections', value: clients, unit: 'connections' },
          { name: 'poolerServerConnections', value: p.poolerServerConnections, unit: 'connections' },
          { name: 'maxConnections', value: p.maxConnections, unit: 'connections' },
        ],
        value: connections,
        unit: 'connections',
      },
    ] : null,
    ctx, i, slot,
  );
}
