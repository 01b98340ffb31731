import { keepMonth } from '../../engine/month-row';
import type { ServiceDefinition } from './types';
import { serviceReadiness } from './readiness';
import { serviceXlsx } from './xlsx';
import { serviceNumbers, sizeService } from './sizing';

/** Stateless compute behind an autoscaling group. */
export const service: ServiceDefinition = {
  kind: 'service',
  label: 'Service',
  defaultName: 'service',
  unit: 'instances',
  loadUnit: 'rps',
  maxLabel: 'its autoscaling max',
  addAheadReason: 'this tier does not autoscale',
  findings: () => [],
  findingRules: [],
  typeAttribute: 'instance_type',
  instanceServices: { services: ['ec2'], what: 'an EC2 instance type' },
  quota: 'vcpus',
  chaosDrill: 'unit',
  rightSizes: true,
  asgScaling: (node) => {
    const settings = node.params.autoscaling ?? {};
    // Requests per instance is ALBRequestCountPerTarget: the capacity one instance carries at the target.
    return { settings, requestsPerUnit: (s) => (settings.metric === 'requestsPerInstance' && s.detail.kind === 'service' ? s.detail.capacityPerInstance : null) };
  },
  autoscalingBounds: (node) => {
    const { currentInstances, minInstances, maxInstances } = node.params;
    return { today: currentInstances, min: minInstances, max: maxInstances, unit: 'instance', bound: (b, n) => `an autoscaling ${b} of ${n}` };
  },
  readiness: serviceReadiness,
  readinessFixes: { 'above-max': ['raise-asg-max'], 'short-at-event': ['raise-asg-max'] },
  standardChecklist: { gathers: { 'order-capacity': 'raise-asg-max' }, prescaled: false },
  tfvars: {
    typeAttr: 'instance_type',
    typeDescription: 'instance type',
    min: 'min_size',
    desired: 'desired_capacity',
    max: 'max_size',
    unitLabel: 'instances',
    scheduled: true,
    attributes: [],
    values: () => ({}),
    validations: () => [],
  },
  xlsx: serviceXlsx,
  stagePace: 'autoscaled',
  paidUnits: (_node, count) => count,
  costFromUsage: false,
  passOn: () => 1,
  numbers: serviceNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, serviceNumbers(node, ctx, i, s, out));
  },
  size: sizeService,
  bounds: (node) => ({ min: node.params.minInstances, max: node.params.maxInstances }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: () => null,
  dbPoolSize: (node) => node.params.dbPoolSize,
};
