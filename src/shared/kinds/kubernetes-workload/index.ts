import { keepMonth } from '../../engine/month-row';
import type { KubernetesWorkloadDefinition } from './types';
import { kubernetesReadiness } from './readiness';
import { kubernetesTfvars } from './tfvars';
import { kubernetesXlsx } from './xlsx';
import { kubernetesFindings } from './findings';
import { kubernetesNumbers, nodesForPods, paidNodes, sizeKubernetes } from './sizing';

export type { KubernetesDetail } from './types';

/** A Deployment scaled by an HPA on a node group the cluster autoscaler grows; counted in pods. */
export const kubernetesWorkload: KubernetesWorkloadDefinition = {
  kind: 'kubernetesWorkload',
  label: 'Kubernetes workload',
  defaultName: 'k8s-app',
  unit: 'pods',
  loadUnit: 'rps',
  maxLabel: 'its HPA max',
  addAheadReason: 'this tier does not autoscale',
  findings: kubernetesFindings,
  findingRules: ['node-group-max'],
  typeAttribute: 'node_instance_type',
  instanceServices: { services: ['ec2'], what: "an EC2 instance type (the node's)" },
  // Its nodes are EC2 instances: the quota counts the nodes its pods need (paidUnits).
  quota: 'vcpus',
  chaosDrill: null,
  rightSizes: true,
  asgScaling: () => null,
  autoscalingBounds: (node) => {
    const { currentPods, hpaMinReplicas, hpaMaxReplicas } = node.params;
    return { today: currentPods, min: hpaMinReplicas, max: hpaMaxReplicas, unit: 'pod', bound: (b, n) => `an HPA ${b} of ${n}` };
  },
  readiness: kubernetesReadiness,
  readinessFixes: { 'above-max': ['raise-hpa-max'], 'short-at-event': ['raise-hpa-max'], 'node-group-max': ['raise-node-group-max'] },
  standardChecklist: { gathers: {}, prescaled: false },
  tfvars: kubernetesTfvars,
  xlsx: kubernetesXlsx,
  stagePace: 'autoscaled',
  // The hourly price is a node's: pods are paid for through the nodes they need.
  paidUnits: (node, count, policy) => paidNodes(node.params, nodesForPods(node.params, count, policy.zones)),
  costFromUsage: false,
  passOn: () => 1,
  numbers: kubernetesNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, kubernetesNumbers(node, ctx, i, s, out));
  },
  size: sizeKubernetes,
  bounds: (node) => ({ min: node.params.hpaMinReplicas, max: node.params.hpaMaxReplicas }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: () => null,
  dbPoolSize: (node) => node.params.dbPoolSize,
};
