import { instanceTypeInfo, type HeadroomPolicy, type Plan, type PlanNode } from '../../model';

/**
 * A naive, obviously correct engine for the tests: one plain object per node per month,
 * the graph walked again for every month, no typed arrays, no growth-group shortcut, no
 * scratch objects, no laziness. It follows docs/formulas.md line by line; the fast engine
 * (projectPlan) must give the same figures on every random valid plan.
 */

export type RefSizing = {
  load: number;
  base: number;
  required: number;
  requiredUnclamped: number;
  current: number;
  status: 'ok' | 'tight' | 'short';
  utilization: number;
  monthlyCost: number;
  /** Database extras (0 elsewhere). */
  reads: number;
  writes: number;
  connections: number;
  clientConnections: number;
  primaryWriteUtilization: number;
  /** Worker pools at the event: seconds to drain the backlog with `required`, null = never. */
  drainSeconds: number | null;
  /** Kubernetes workloads: nodes for the required pods (Infinity when a pod fits no node). */
  nodes: number;
  /** Serverless functions at the event: seconds for concurrency to rise to the need. */
  burstSeconds: number;
};

export type RefNode = {
  nodeId: string;
  unit: string | null;
  current: number;
  months: RefSizing[];
  planned: number[];
  atEvent: RefSizing;
  eventBase: RefSizing;
  firstShortMonth: number | null;
  addBy: { month: number; add: number; from: number; to: number }[];
  eventStep: { month: number; normalNeed: number; from: number; to: number; add: number };
  todayMonthlyCost: number;
  eventExtraCost: number;
  stages: Record<'baseline' | 't-2w' | 't-1w' | 't-1d' | 'after', number>;
};

export type RefFinding = { id: string; severity: string; rule: string; nodeId: string | null; month?: number; atEvent?: boolean };

export type RefProjection = {
  eventMonthIndex: number;
  nodes: RefNode[];
  totals: { monthlyCost: number[]; todayMonthlyCost: number; eventCost: number; entryRps: number[]; entryRpsAtEvent: number; toAddAtEvent: { unit: string; add: number }[] };
  findings: RefFinding[];
  cycle: string[] | null;
};

const HOURS = 730;

function policyOf(plan: Plan, node: PlanNode): HeadroomPolicy {
  return { ...plan.headroom, ...Object.fromEntries(Object.entries(node.headroom ?? {}).filter(([, v]) => v !== undefined)) };
}

/** Nodes paid for: a pod that fits no node leaves the group at its max (never below its min). */
function k8sPaid(node: Extract<PlanNode, { kind: 'kubernetesWorkload' }>, nodes: number): number {
  return Number.isFinite(nodes) ? nodes : Math.max(node.params.nodeGroupMinSize, node.params.nodeGroupMaxSize);
}

function ceilSafe(x: number): number {
  return x > 0 ? Math.max(0, Math.ceil(x - 1e-9 * Math.max(1, x))) : 0;
}

function redundancy(n: number, p: HeadroomPolicy): number {
  if (n <= 0) return 0;
  let out = n;
  if (p.surviveZoneLoss && p.zones > 1) out = ceilSafe((n * p.zones) / (p.zones - 1));
  out = out + p.nPlusK;
  if (p.zones > 1) out = Math.ceil(out / p.zones) * p.zones;
  return out;
}

function status(required: number, unclamped: number, current: number, hardShort: boolean): RefSizing['status'] {
  if (hardShort || required > current) return 'short';
  return unclamped > 0 && unclamped >= 0.9 * current ? 'tight' : 'ok';
}

function growth(plan: Plan, node: PlanNode, month: number): number {
  const g = (node.kind === 'trafficSource' ? node.params.growth : undefined) ?? plan.growth;
  const m = Math.max(0, month);
  return g.method === 'compound' ? (1 + g.monthlyRate) ** m : Math.max(0, 1 + g.monthlyRate * m);
}

function monthIndex(start: string, date: string): number {
  return (Number(date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + (Number(date.slice(5, 7)) - Number(start.slice(5, 7)));
}

/** Topological order (any), then every node left (on or after a cycle) in plan order. */
function walkOrder(plan: Plan): { order: PlanNode[]; leftover: Set<string> } {
  const ids = new Set(plan.nodes.map((n) => n.id));
  const edges = plan.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const placed = new Set<string>();
  const order: PlanNode[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const node of plan.nodes) {
      if (placed.has(node.id)) continue;
      if (edges.filter((e) => e.target === node.id).every((e) => placed.has(e.source))) {
        placed.add(node.id);
        order.push(node);
        progress = true;
      }
    }
  }
  const leftover = new Set(plan.nodes.filter((n) => !placed.has(n.id)).map((n) => n.id));
  for (const node of plan.nodes) if (leftover.has(node.id)) order.push(node);
  return { order, leftover };
}

type Flow = { load: Map<string, number>; reads: Map<string, number>; writes: Map<string, number> };

/**
 * One walk of the graph for one slot: each node, in walking order, passes on what it has
 * received so far (a CDN or cache only its misses, a gateway the part its own cache misses);
 * its load is everything it receives in the whole walk.
 */
function flow(plan: Plan, order: PlanNode[], baselineOf: (source: PlanNode) => number): Flow {
  const load = new Map<string, number>(plan.nodes.map((n) => [n.id, 0]));
  const readIn = new Map<string, number>(plan.nodes.map((n) => [n.id, 0]));
  const writeIn = new Map<string, number>(plan.nodes.map((n) => [n.id, 0]));
  for (const node of order) {
    if (node.kind === 'trafficSource') load.set(node.id, load.get(node.id)! + baselineOf(node));
    const pass = node.kind === 'cdn' || node.kind === 'cache' ? 1 - node.params.hitRatio : node.kind === 'loadBalancer' ? 1 - node.params.cacheHitRatio : 1;
    const out = load.get(node.id)! * pass;
    for (const e of plan.edges) {
      if (e.source !== node.id || !load.has(e.target)) continue;
      const calls = out * e.callsPerRequest;
      load.set(e.target, load.get(e.target)! + calls);
      if (e.access === 'read') readIn.set(e.target, readIn.get(e.target)! + calls);
      if (e.access === 'write') writeIn.set(e.target, writeIn.get(e.target)! + calls);
    }
  }
  const reads = new Map<string, number>();
  const writes = new Map<string, number>();
  for (const node of plan.nodes) {
    if (node.kind !== 'database') continue;
    const base = load.get(node.id)!;
    const mixed = Math.max(0, base - readIn.get(node.id)! - writeIn.get(node.id)!);
    reads.set(node.id, readIn.get(node.id)! + mixed * node.params.readRatio);
    writes.set(node.id, writeIn.get(node.id)! + mixed * (1 - node.params.readRatio));
  }
  return { load, reads, writes };
}

/** Loads of one slot: one walk per traffic source with only its traffic, times its own growth, summed. */
function slotFlow(plan: Plan, order: PlanNode[], factorOf: (source: PlanNode) => number): Flow {
  const total: Flow = { load: new Map(), reads: new Map(), writes: new Map() };
  for (const n of plan.nodes) {
    total.load.set(n.id, 0);
    total.reads.set(n.id, 0);
    total.writes.set(n.id, 0);
  }
  for (const source of plan.nodes) {
    if (source.kind !== 'trafficSource') continue;
    const f = flow(plan, order, (n) => (n.id === source.id && n.kind === 'trafficSource' ? n.params.baselineRps : 0));
    const k = factorOf(source);
    for (const n of plan.nodes) {
      total.load.set(n.id, total.load.get(n.id)! + f.load.get(n.id)! * k);
      total.reads.set(n.id, total.reads.get(n.id)! + (f.reads.get(n.id) ?? 0) * k);
      total.writes.set(n.id, total.writes.get(n.id)! + (f.writes.get(n.id) ?? 0) * k);
    }
  }
  return total;
}

function size(plan: Plan, node: PlanNode, f: Flow, requiredOf: (id: string) => number, atEvent: boolean, normalLoad?: number): RefSizing {
  const p = policyOf(plan, node);
  const load = f.load.get(node.id)!;
  const none: RefSizing = {
    load, base: 0, required: 0, requiredUnclamped: 0, current: 0, status: 'ok', utilization: 0, monthlyCost: 0,
    reads: 0, writes: 0, connections: 0, clientConnections: 0, primaryWriteUtilization: 0, drainSeconds: null, nodes: 0, burstSeconds: 0,
  };
  switch (node.kind) {
    case 'service': {
      const q = node.params;
      const cap = (q.measuredRps * p.targetUtilization) / q.measuredUtilization;
      const base = ceilSafe((load * (1 + p.buffer)) / cap);
      const unclamped = redundancy(base, p);
      const required = Math.max(unclamped, q.minInstances);
      const full = q.measuredRps / q.measuredUtilization;
      const util = q.currentInstances > 0 ? load / (q.currentInstances * full) : load > 0 ? Infinity : 0;
      return { ...none, base, required, requiredUnclamped: unclamped, current: q.currentInstances, status: status(required, unclamped, q.currentInstances, false), utilization: util, monthlyCost: q.hourlyCost * required * HOURS };
    }
    case 'workerPool': {
      const q = node.params;
      const base = ceilSafe((load * (1 + p.buffer) * q.secondsPerMessage) / p.targetUtilization);
      const unclamped = redundancy(base, p);
      const required = Math.max(unclamped, q.minWorkers);
      const busy = load * q.secondsPerMessage;
      const util = q.currentWorkers > 0 ? busy / q.currentWorkers : busy > 0 ? Infinity : 0;
      let backlog = 0;
      if (atEvent) for (const e of plan.edges) if (e.target === node.id) {
        const src = plan.nodes.find((n) => n.id === e.source);
        if (src?.kind === 'queue') backlog += src.params.initialBacklog;
      }
      const net = required / q.secondsPerMessage - load;
      const drainSeconds = backlog <= 0 ? 0 : net > 0 ? backlog / net : null;
      return { ...none, base, required, requiredUnclamped: unclamped, current: q.currentWorkers, status: status(required, unclamped, q.currentWorkers, false), utilization: util, monthlyCost: q.hourlyCost * required * HOURS, drainSeconds };
    }
    case 'loadBalancer': {
      const q = node.params;
      const base = ceilSafe((load * (1 + p.buffer)) / q.rpsPerUnit);
      const required = redundancy(base, p);
      const util = q.currentUnits > 0 ? load / (q.currentUnits * q.rpsPerUnit) : load > 0 ? Infinity : 0;
      return { ...none, base, required, requiredUnclamped: required, current: q.currentUnits, status: status(required, required, q.currentUnits, false), utilization: util, monthlyCost: q.hourlyCost * required * HOURS };
    }
    case 'database': {
      const q = node.params;
      const reads = f.reads.get(node.id)!;
      const writes = f.writes.get(node.id)!;
      const base = ceilSafe((reads * (1 + p.buffer)) / q.readCapacityPerReplica);
      const required = redundancy(base, p);
      const primaryWriteUtilization = (writes * (1 + p.buffer)) / q.primaryWriteCapacity;
      const clientIds = [...new Set(plan.edges.filter((e) => e.target === node.id).map((e) => e.source))];
      let clientConnections = 0;
      for (const id of clientIds) {
        const c = plan.nodes.find((n) => n.id === id);
        if (c?.kind === 'service' || c?.kind === 'workerPool' || c?.kind === 'kubernetesWorkload' || c?.kind === 'serverlessFunction') clientConnections += requiredOf(id) * c.params.dbPoolSize;
      }
      const connections = q.poolerServerConnections > 0 ? Math.min(clientConnections, q.poolerServerConnections) : clientConnections;
      const hard = primaryWriteUtilization > 1 || connections > q.maxConnections;
      const util = q.currentReplicas > 0
        ? Math.max(reads / (q.currentReplicas * q.readCapacityPerReplica), writes / q.primaryWriteCapacity)
        : reads / q.readCapacityPerReplica + writes / q.primaryWriteCapacity;
      return {
        ...none, base, required, requiredUnclamped: required, current: q.currentReplicas, status: status(required, required, q.currentReplicas, hard),
        utilization: util, monthlyCost: q.hourlyCost * (1 + required) * HOURS, reads, writes, connections, clientConnections, primaryWriteUtilization,
      };
    }
    case 'cache': {
      const q = node.params;
      const memory = q.workingSetGb * (1 + q.memoryOverhead);
      const shards = Math.max(ceilSafe(memory / q.nodeMemoryGb), ceilSafe((load * (1 + p.buffer)) / q.opsPerNode));
      const per = 1 + q.replicasPerNode;
      const required = p.zones > 1 ? Math.ceil((shards * per) / p.zones) * p.zones : shards * per;
      const currentShards = q.currentNodes / per;
      const util = currentShards > 0 ? Math.max(load / (currentShards * q.opsPerNode), memory / (currentShards * q.nodeMemoryGb)) : load > 0 || memory > 0 ? Infinity : 0;
      return { ...none, base: shards, required, requiredUnclamped: required, current: q.currentNodes, status: status(required, required, q.currentNodes, false), utilization: util, monthlyCost: q.hourlyCost * required * HOURS };
    }
    case 'cdn':
    case 'queue':
    case 'external': {
      const limit = node.kind === 'cdn' ? node.params.maxRps : node.kind === 'queue' ? node.params.maxMessagesPerSecond : node.params.rateLimitRps;
      // The limit holds the load with the buffer, as capacity does for sized kinds.
      const util = limit > 0 ? (load * (1 + p.buffer)) / limit : 0;
      return { ...none, utilization: util, status: util > 1 ? 'short' : util >= 0.9 ? 'tight' : 'ok' };
    }
    case 'trafficSource':
      return none;
    case 'kubernetesWorkload': {
      const q = node.params;
      const target = q.hpaTargetCpu ?? p.targetUtilization;
      const base = ceilSafe((load * (1 + p.buffer)) / ((q.measuredRpsPerPod * target) / q.measuredCpuUtilization));
      const unclamped = redundancy(base, p);
      const required = Math.max(unclamped, q.hpaMinReplicas);
      const nodes = k8sNodes(node, required, p.zones);
      const full = q.measuredRpsPerPod / q.measuredCpuUtilization;
      const util = q.currentPods > 0 ? load / (q.currentPods * full) : load > 0 ? Infinity : 0;
      return {
        ...none, base, required, requiredUnclamped: unclamped, current: q.currentPods, status: status(required, unclamped, q.currentPods, nodes > q.nodeGroupMaxSize),
        utilization: util, monthlyCost: q.hourlyCost * k8sPaid(node, nodes) * HOURS, nodes,
      };
    }
    case 'serverlessFunction': {
      const q = node.params;
      const seconds = q.averageDurationMs / 1000;
      const concurrency = load * seconds;
      const required = ceilSafe(concurrency * (1 + p.buffer));
      const limit = q.reservedConcurrency > 0 ? q.reservedConcurrency : q.accountConcurrencyLimit;
      const util = limit > 0 ? concurrency / limit : concurrency > 0 ? Infinity : 0;
      const perRequest = q.pricePerMillionRequests / 1e6 + seconds * (q.memoryMb / 1024) * q.pricePerGbSecond;
      let burstSeconds = 0;
      if (atEvent && normalLoad !== undefined) {
        const warm = Math.max(q.provisionedConcurrency, normalLoad * seconds);
        burstSeconds = Math.ceil(Math.max(0, required - warm) / q.scalingPer10Seconds) * 10;
      }
      return { ...none, base: required, required, requiredUnclamped: required, current: limit, status: status(required, required, limit, false), utilization: util, monthlyCost: load * HOURS * 3600 * perRequest, burstSeconds };
    }
  }
}

/** Nodes for a pod count: pods per node by CPU, memory and the pod limit; spread over zones; at least the group's min. */
function k8sNodes(node: Extract<PlanNode, { kind: 'kubernetesWorkload' }>, pods: number, zones: number): number {
  const q = node.params;
  if (pods <= 0) return q.nodeGroupMinSize;
  const per = Math.min(
    Math.floor((q.nodeCpuMillicores - q.systemReservedCpuMillicores) / q.podCpuRequestMillicores),
    Math.floor((q.nodeMemoryMib - q.systemReservedMemoryMib) / q.podMemoryRequestMib),
    q.maxPodsPerNode - q.daemonsetPodsPerNode,
  );
  if (per <= 0) return Infinity;
  let n = ceilSafe(pods / per);
  if (zones > 1) n = Math.ceil(n / zones) * zones;
  return Math.max(n, q.nodeGroupMinSize);
}

function unitOf(node: PlanNode): string | null {
  return ({ service: 'instances', database: 'replicas', cache: 'nodes', workerPool: 'workers', loadBalancer: 'units', kubernetesWorkload: 'pods', serverlessFunction: 'executions' } as Record<string, string>)[node.kind] ?? null;
}

function maxOf(node: PlanNode): number | null {
  if (node.kind === 'kubernetesWorkload') return node.params.hpaMaxReplicas;
  return node.kind === 'service' ? node.params.maxInstances : node.kind === 'workerPool' ? node.params.maxWorkers : node.kind === 'database' ? node.params.maxReplicas : null;
}

function minOf(node: PlanNode): number {
  if (node.kind === 'kubernetesWorkload') return node.params.hpaMinReplicas;
  return node.kind === 'service' ? node.params.minInstances : node.kind === 'workerPool' ? node.params.minWorkers : 0;
}

function clampStage(wanted: number, node: PlanNode): number {
  const max = maxOf(node);
  const upper = max === null ? wanted : Math.min(wanted, max);
  const desired = Math.max(minOf(node), upper);
  return max === null ? desired : Math.min(desired, max);
}

export function referenceProject(plan: Plan): RefProjection {
  const H = plan.horizonMonths;
  const ev = monthIndex(plan.startMonth, plan.event.startDate);
  const surge = plan.event.surge.mode === 'multiplier' ? plan.event.surge.value : 1 + plan.event.surge.value / 100;
  const { order, leftover } = walkOrder(plan);
  const flows: Flow[] = [];
  for (let m = 0; m <= H; m++) flows.push(slotFlow(plan, order, (s) => growth(plan, s, m)));
  const eventFlow = slotFlow(plan, order, (s) => growth(plan, s, ev) * surge);
  const eventBaseFlow = slotFlow(plan, order, (s) => growth(plan, s, ev));

  // Every node but databases first (their counts do not depend on others), then databases.
  const sizedOrder = [...plan.nodes.filter((n) => n.kind !== 'database'), ...plan.nodes.filter((n) => n.kind === 'database')];
  const months = new Map<string, RefSizing[]>();
  const atEvent = new Map<string, RefSizing>();
  const eventBase = new Map<string, RefSizing>();
  for (const node of sizedOrder) {
    months.set(node.id, flows.map((f, m) => size(plan, node, f, (id) => months.get(id)![m]!.required, false)));
    atEvent.set(node.id, size(plan, node, eventFlow, (id) => atEvent.get(id)!.required, true, eventBaseFlow.load.get(node.id)));
    eventBase.set(node.id, size(plan, node, eventBaseFlow, (id) => eventBase.get(id)!.required, false));
  }

  const clampM = (m: number) => Math.min(Math.max(m, 0), H);
  const nodes: RefNode[] = plan.nodes.map((node) => {
    const ms = months.get(node.id)!;
    const at = atEvent.get(node.id)!;
    const current = at.current;
    const planned: number[] = [];
    const addBy: RefNode['addBy'] = [];
    let have = current;
    for (let m = 0; m <= H; m++) {
      if (ms[m]!.required > have) {
        addBy.push({ month: m, add: ms[m]!.required - have, from: have, to: ms[m]!.required });
        have = ms[m]!.required;
      }
      planned.push(have);
    }
    const short = ms.findIndex((s) => s.status === 'short');
    const plannedAtEvent = planned[clampM(ev)]!;
    const unit = unitOf(node);
    const hourly = 'hourlyCost' in node.params ? node.params.hourlyCost : 0;
    const primary = node.kind === 'database' ? 1 : 0;
    // What an hourly price pays for at a count: the count (+ a database's primary), a workload's nodes.
    const paid = (count: number) => node.kind === 'kubernetesWorkload' ? k8sPaid(node, k8sNodes(node, count, policyOf(plan, node).zones)) : count + primary;
    const normalAt = ms[clampM(ev)]!.required;
    const normalAfter = ms[clampM(ev + 1)]!.required;
    const early = node.kind === 'database' || node.kind === 'cache' || node.kind === 'loadBalancer' || node.kind === 'serverlessFunction';
    const stages = {
      baseline: clampStage(current, node),
      't-2w': clampStage(node.kind === 'database' || node.kind === 'cache' || node.kind === 'serverlessFunction' ? at.required : current, node),
      't-1w': clampStage(early ? at.required : Math.max(current, Math.min(at.required, Math.ceil(normalAt * 3))), node),
      't-1d': clampStage(at.required, node),
      after: clampStage(Math.max(current, normalAfter), node),
    };
    const above = (n: number) => Math.max(0, paid(n) - paid(plannedAtEvent));
    const extraUnitHours = above(stages['t-2w']) * 168 + above(stages['t-1w']) * 144 + above(stages['t-1d']) * (24 + 24 * plan.event.durationDays);
    return {
      nodeId: node.id, unit, current, months: ms, planned, atEvent: at, eventBase: eventBase.get(node.id)!,
      firstShortMonth: short < 0 ? null : short, addBy,
      eventStep: { month: ev, normalNeed: eventBase.get(node.id)!.required, from: plannedAtEvent, to: at.required, add: Math.max(0, at.required - plannedAtEvent) },
      todayMonthlyCost: node.kind === 'serverlessFunction' ? ms[0]!.monthlyCost : hourly * paid(current) * HOURS,
      eventExtraCost: node.kind === 'serverlessFunction'
        ? (Math.max(0, at.monthlyCost - eventBase.get(node.id)!.monthlyCost) / HOURS) * plan.event.durationDays * 24
        : unit === null || hourly === 0 ? 0 : extraUnitHours * hourly,
      stages,
    };
  });

  const monthlyCost: number[] = [];
  const entryRps: number[] = [];
  for (let m = 0; m <= H; m++) {
    let cost = 0;
    let entry = 0;
    plan.nodes.forEach((node, i) => {
      const hourly = 'hourlyCost' in node.params ? node.params.hourlyCost : 0;
      if (node.kind === 'serverlessFunction') cost += nodes[i]!.months[m]!.monthlyCost;
      else if (node.kind === 'kubernetesWorkload' && hourly > 0) cost += hourly * k8sPaid(node, k8sNodes(node, nodes[i]!.planned[m]!, policyOf(plan, node).zones)) * HOURS;
      else if (nodes[i]!.unit !== null && hourly > 0) cost += hourly * (nodes[i]!.planned[m]! + (node.kind === 'database' ? 1 : 0)) * HOURS;
      if (node.kind === 'trafficSource') entry += nodes[i]!.months[m]!.load;
    });
    monthlyCost.push(cost);
    entryRps.push(entry);
  }
  const toAdd: { unit: string; add: number }[] = [];
  for (const unit of ['units', 'instances', 'workers', 'replicas', 'nodes', 'pods', 'executions']) {
    const sized = nodes.filter((n) => n.unit === unit);
    if (sized.length > 0) toAdd.push({ unit, add: sized.reduce((s, n) => s + Math.max(0, n.atEvent.required - n.current), 0) });
  }
  const cycleNodes = plan.nodes.filter((n) => leftover.has(n.id));
  return {
    eventMonthIndex: ev,
    nodes,
    totals: {
      monthlyCost,
      todayMonthlyCost: nodes.reduce((s, n) => s + n.todayMonthlyCost, 0),
      eventCost: nodes.reduce((s, n) => s + n.eventExtraCost, 0),
      entryRps,
      entryRpsAtEvent: plan.nodes.reduce((s, n, i) => s + (n.kind === 'trafficSource' ? nodes[i]!.atEvent.load : 0), 0),
      toAddAtEvent: toAdd,
    },
    findings: referenceFindings(plan, nodes, ev, cycleNodes.length > 0),
    cycle: cycleNodes.length > 0 ? cycleNodes.map((n) => n.name) : null,
  };
}

/** The findings' rules, one plain check each (text is not compared: only what and where). */
function referenceFindings(plan: Plan, nodes: RefNode[], ev: number, hasCycle: boolean): RefFinding[] {
  const H = plan.horizonMonths;
  const out: RefFinding[] = [];
  if (hasCycle) out.push({ id: 'cycle', severity: 'critical', rule: 'cycle', nodeId: null });
  if (ev < 0) out.push({ id: 'event-before-start', severity: 'warning', rule: 'event-before-start', nodeId: null });
  else if (ev > H) out.push({ id: 'event-beyond-horizon', severity: 'info', rule: 'event-beyond-horizon', nodeId: null });
  const at = { atEvent: true, month: ev };
  plan.nodes.forEach((node, i) => {
    const n = nodes[i]!;
    const e = n.atEvent;
    const f = (rule: string, severity: string, where: { month?: number; atEvent?: boolean }) => out.push({ id: `${rule}:${node.id}`, severity, rule, nodeId: node.id, ...where });
    if (n.unit !== null && e.load === 0 && node.kind !== 'trafficSource' && n.months.every((s) => s.load === 0)) f('no-traffic', 'info', {});
    const max = maxOf(node);
    if (max !== null) {
      if (e.required > max) f('above-max', 'critical', at);
      else {
        const m = n.months.findIndex((s) => s.required > max);
        if (m >= 0) f('above-max', 'critical', { month: m });
      }
    }
    const autoscaled = node.kind === 'service' || node.kind === 'workerPool' || node.kind === 'kubernetesWorkload';
    if (node.kind === 'kubernetesWorkload' && e.nodes > node.params.nodeGroupMaxSize) f('node-group-max', 'critical', at);
    if (node.kind === 'serverlessFunction' && e.burstSeconds > node.params.surgeRiseSeconds) f('function-burst', 'warning', at);
    if (node.kind === 'service' || node.kind === 'workerPool') {
      // Ramp: launches at the group's pace, then the last one's warm-up; T-1 day has 24 h, T-1 week 6 days.
      const pace = node.params.autoscaling?.launchPerMinute ?? 10;
      const warm = (node.params.autoscaling?.warmupSeconds ?? 300) / 60;
      const ramp = (a: number, b: number) => (b > a ? Math.ceil((b - a) / pace) + warm : 0);
      if (ramp(n.stages['t-1w'], n.stages['t-1d']) > 24 * 60 || ramp(n.stages['t-2w'], n.stages['t-1w']) > 6 * 24 * 60) f('ramp-too-slow', 'warning', at);
    }
    if (n.unit !== null && e.required > n.current) f('short-at-event', autoscaled && (max === null || e.required <= max) ? 'warning' : 'critical', at);
    if (n.firstShortMonth !== null && n.unit !== null && n.months[n.firstShortMonth]!.required > n.current) f('short-in-month', autoscaled ? 'info' : 'warning', { month: n.firstShortMonth });
    if (node.kind === 'database') {
      if (e.connections > node.params.maxConnections) f('db-connections', 'critical', at);
      if (e.primaryWriteUtilization > 1) f('db-primary-writes', 'critical', at);
    }
    if (node.kind === 'cdn' || node.kind === 'queue' || node.kind === 'external') {
      const limit = node.kind === 'cdn' ? node.params.maxRps : node.kind === 'queue' ? node.params.maxMessagesPerSecond : node.params.rateLimitRps;
      const rule = node.kind === 'cdn' ? 'cdn-limit' : node.kind === 'queue' ? 'queue-limit' : 'external-rate-limit';
      if (limit > 0 && e.utilization >= 0.9) f(rule, e.utilization > 1 ? 'critical' : 'warning', at);
    }
    if (n.unit !== null && node.kind !== 'serverlessFunction') {
      // Right-sizing (a function's count is a quota, not a fleet): today's fleet at least twice (and 2 above) the busiest normal need up to the event, or the min.
      const last = Math.min(Math.max(ev, 0), H);
      const keep = Math.max(minOf(node), ...n.months.slice(0, last + 1).map((s) => s.required));
      if (n.current - keep >= 2 && n.current >= 2 * keep) f('right-size', 'info', {});
    }
    if ('instanceType' in node.params && node.kind !== 'trafficSource' && node.params.instanceType.trim() === '') f('instance-type-missing', 'warning', {});
    else if ('instanceType' in node.params) {
      // The catalog is data both engines read; which service fits a kind is restated here.
      const service = instanceTypeInfo(node.params.instanceType)?.awsService;
      const fits = node.kind === 'database' ? service === 'rds' : node.kind === 'cache' ? service === 'elasticache' : node.kind === 'loadBalancer' ? service === 'managed' || service === 'ec2' : service === 'ec2';
      if (!fits) f('instance-type-unknown', 'warning', {});
    }
    const bounds = node.kind === 'service' ? [node.params.currentInstances, node.params.minInstances, node.params.maxInstances]
      : node.kind === 'workerPool' ? [node.params.currentWorkers, node.params.minWorkers, node.params.maxWorkers]
        : node.kind === 'kubernetesWorkload' ? [node.params.currentPods, node.params.hpaMinReplicas, node.params.hpaMaxReplicas] : null;
    if (bounds && bounds[0]! < bounds[1]!) f('below-autoscaling-min', 'warning', {});
    if (bounds && bounds[1]! > bounds[2]!) f('min-above-max', 'warning', {});
    if (node.kind === 'workerPool') {
      let backlog = 0;
      for (const edge of plan.edges) if (edge.target === node.id) {
        const src = plan.nodes.find((m) => m.id === edge.source);
        if (src?.kind === 'queue') backlog += src.params.initialBacklog;
      }
      if (backlog > 0) {
        if (e.drainSeconds === null) f('worker-drain', 'critical', at);
        else if (e.drainSeconds > 3600) f('worker-drain', 'warning', at);
      }
    }
  });
  out.push(...referenceQuotaFindings(plan, nodes));
  const sev: Record<string, number> = { critical: 0, warning: 1, info: 2 };
  const place = (f: RefFinding) => (f.nodeId === null ? -1 : plan.nodes.findIndex((n) => n.id === f.nodeId));
  return out
    .map((f, k) => ({ f, k }))
    .sort((a, b) => sev[a.f.severity]! - sev[b.f.severity]! || place(a.f) - place(b.f) || (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0) || a.k - b.k)
    .map(({ f }) => f);
}

/**
 * Quotas, plainly: each stage's sum of count × vCPUs over the EC2 tiers (a workload counts the
 * nodes its stage's pods need; the type's vCPUs from
 * the plan's override, else the catalog when it is an EC2 type); the largest stage against the
 * quota (critical above it), else the sum of the maxes (warning above it). Replicas and cache
 * nodes: the node's largest stage, else its max.
 */
function referenceQuotaFindings(plan: Plan, nodes: RefNode[]): RefFinding[] {
  const q = plan.quotas;
  if (!q) return [];
  const out: RefFinding[] = [];
  const stageNames = ['baseline', 't-2w', 't-1w', 't-1d', 'after'] as const;
  const families = Object.keys(q.familyVcpus ?? {}).sort();
  const vcpuQuotas = q.accountVcpus !== undefined || families.length > 0;
  const ec2: { node: PlanNode; n: RefNode; vcpus: number; family: string; units: (count: number) => number }[] = [];
  plan.nodes.forEach((node, i) => {
    if (!vcpuQuotas || (node.kind !== 'service' && node.kind !== 'workerPool' && node.kind !== 'kubernetesWorkload')) return;
    const units = (count: number) => (node.kind === 'kubernetesWorkload' ? k8sPaid(node, k8sNodes(node, count, policyOf(plan, node).zones)) : count);
    const type = node.params.instanceType.trim().toLowerCase();
    const info = instanceTypeInfo(type);
    const override = q.instanceVcpus && Object.hasOwn(q.instanceVcpus, type) ? q.instanceVcpus[type] : undefined;
    const vcpus = override ?? (info?.awsService === 'ec2' ? info.vcpus : undefined);
    if (vcpus === undefined) out.push({ id: `quota-vcpus-unknown:${node.id}`, severity: 'warning', rule: 'quota-vcpus-unknown', nodeId: node.id });
    else ec2.push({ node, n: nodes[i]!, vcpus, family: info?.family ?? type.split('.')[0]!, units });
  });
  const one = (count: number) => count;
  const judge = (id: string, nodeId: string | null, limit: number, tiers: { node: PlanNode; n: RefNode; per: number; units: (count: number) => number }[]) => {
    if (tiers.length === 0) return;
    const peak = Math.max(...stageNames.map((s) => tiers.reduce((sum, t) => sum + t.units(t.n.stages[s]) * t.per, 0)));
    const maxes = tiers.map((t) => maxOf(t.node));
    const atMax = maxes.some((m) => m === null) ? null : tiers.reduce((sum, t, k) => sum + t.units(maxes[k]!) * t.per, 0);
    if (peak > limit) out.push({ id: `quota-exceeded:${id}`, severity: 'critical', rule: 'quota-exceeded', nodeId, atEvent: true });
    else if (atMax !== null && atMax > limit) out.push({ id: `quota-at-max:${id}`, severity: 'warning', rule: 'quota-at-max', nodeId });
  };
  if (q.accountVcpus !== undefined) judge('account', null, q.accountVcpus, ec2.map((t) => ({ ...t, per: t.vcpus })));
  for (const family of families) judge(`family:${family}`, null, q.familyVcpus![family]!, ec2.filter((t) => t.family === family).map((t) => ({ ...t, per: t.vcpus })));
  plan.nodes.forEach((node, i) => {
    if (node.kind === 'database' && q.replicasPerPrimary !== undefined) judge(`replicas:${node.id}`, node.id, q.replicasPerPrimary, [{ node, n: nodes[i]!, per: 1, units: one }]);
    if (node.kind === 'cache' && q.cacheNodesPerCluster !== undefined) judge(`cache-nodes:${node.id}`, node.id, q.cacheNodesPerCluster, [{ node, n: nodes[i]!, per: 1, units: one }]);
  });
  return out;
}
