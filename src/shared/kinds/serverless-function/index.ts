import { keepMonth } from '../../engine/month-row';
import type { ServerlessFunctionDefinition } from './types';
import { functionReadiness } from './readiness';
import { functionTfvars } from './tfvars';
import { functionXlsx } from './xlsx';
import { functionFindings } from './findings';
import { functionNumbers, sizeFunction } from './sizing';

export type { FunctionDetail } from './types';

/** A serverless function, counted in concurrent executions against its reservation or the account quota. */
export const serverlessFunction: ServerlessFunctionDefinition = {
  kind: 'serverlessFunction',
  label: 'Serverless function',
  defaultName: 'function',
  unit: 'executions',
  loadUnit: 'rps',
  // A quota increase takes days: the event's concurrency is asked for (and reserved) from T-2 weeks.
  maxLabel: 'its max',
  addAheadReason: 'a concurrency quota increase takes days to be granted',
  findings: functionFindings,
  findingRules: ['function-burst'],
  typeAttribute: null,
  instanceServices: null,
  quota: null,
  chaosDrill: null,
  rightSizes: false,
  asgScaling: () => null,
  autoscalingBounds: () => null,
  readiness: functionReadiness,
  readinessFixes: { 'short-at-event': ['request-concurrency-quota'], 'function-burst': ['provision-concurrency'] },
  standardChecklist: { gathers: {}, prescaled: false },
  tfvars: functionTfvars,
  xlsx: functionXlsx,
  stagePace: 'early',
  paidUnits: () => 0,
  costFromUsage: true,
  passOn: () => 1,
  numbers: functionNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, functionNumbers(node, ctx, i, s, out));
  },
  size: sizeFunction,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: () => null,
  dbPoolSize: (node) => node.params.dbPoolSize,
};
