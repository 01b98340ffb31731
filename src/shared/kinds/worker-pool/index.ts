import { keepMonth } from '../../engine/month-row';
import { plural } from '../../engine/handoff-findings';
import type { WorkerPoolDefinition } from './types';
import { workerPoolFindings } from './findings';
import { workerPoolReadiness } from './readiness';
import { workerPoolXlsx } from './xlsx';
import { sizeWorkerPool, workerPoolNumbers } from './sizing';

/** Workers taking messages off a queue, sized by Little's law. */
export const workerPool: WorkerPoolDefinition = {
  kind: 'workerPool',
  label: 'Worker pool',
  defaultName: 'workers',
  unit: 'workers',
  loadUnit: 'msg/s',
  maxLabel: 'its max workers',
  addAheadReason: 'this tier does not autoscale',
  findings: workerPoolFindings,
  findingRules: [],
  typeAttribute: 'instance_type',
  instanceServices: { services: ['ec2'], what: 'an EC2 instance type' },
  quota: 'vcpus',
  chaosDrill: 'unit',
  rightSizes: true,
  // A worker pool tracks CPU whatever `metric` says: it takes no requests.
  asgScaling: (node) => ({ settings: node.params.autoscaling ?? {}, requestsPerUnit: () => null }),
  autoscalingBounds: (node) => {
    const { currentWorkers, minWorkers, maxWorkers } = node.params;
    return { today: currentWorkers, min: minWorkers, max: maxWorkers, unit: 'worker', bound: (b, n) => (b === 'min' ? `a min of ${plural(n, 'worker')}` : `a max of ${n}`) };
  },
  readiness: workerPoolReadiness,
  readinessFixes: { 'above-max': ['raise-max-workers'], 'short-at-event': ['raise-max-workers'] },
  standardChecklist: { gathers: {}, prescaled: false },
  tfvars: {
    typeAttr: 'instance_type',
    typeDescription: 'instance type',
    min: 'min_workers',
    desired: 'worker_count',
    max: 'max_workers',
    unitLabel: 'workers',
    scheduled: true,
    attributes: [],
    values: () => ({}),
    validations: () => [],
  },
  xlsx: workerPoolXlsx,
  stagePace: 'autoscaled',
  paidUnits: (_node, count) => count,
  costFromUsage: false,
  passOn: () => 1,
  numbers: workerPoolNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, workerPoolNumbers(node, ctx, i, s, out));
  },
  size: sizeWorkerPool,
  bounds: (node) => ({ min: node.params.minWorkers, max: node.params.maxWorkers }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: () => null,
  dbPoolSize: (node) => node.params.dbPoolSize,
};
